/// A state visit or summit whose outcome documents the catalog records.
public struct Visit: Hashable, Sendable, Identifiable {
  public typealias ID = Identifier<Visit>

  /// A place the visit went to.
  public struct Place: Hashable, Sendable {
    public let name: String
    /// The region the place lies in, as an ISO 3166-2 code.
    public let region: Region.Code?

    /// Creates a place.
    public init(name: String, region: Region.Code? = nil) {
      self.name = name
      self.region = region
    }
  }

  public let id: ID
  public let title: String
  public let start: PartialDate
  public let end: PartialDate
  public let places: [Place]
  public let leaders: [Person]
  public let summary: String
  public let notes: [Note]
  public let sources: [Citation]

  /// Creates a visit.
  public init(
    id: ID, title: String, start: PartialDate, end: PartialDate, places: [Place] = [],
    leaders: [Person] = [], summary: String, notes: [Note] = [], sources: [Citation]
  ) {
    self.id = id
    self.title = title
    self.start = start
    self.end = end
    self.places = places
    self.leaders = leaders
    self.summary = summary
    self.notes = notes
    self.sources = sources
  }
}

/// A state visit or summit whose outcome documents the catalog records.
public struct Visit: Hashable, Sendable, Identifiable {
  public typealias ID = Identifier<Visit>

  /// A place the visit went to.
  public struct Place: Hashable, Sendable, Codable {
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

extension Visit: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, title, start, end, places, leaders, summary, notes, sources
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(ID.self, forKey: .id)
    title = try container.decode(String.self, forKey: .title)
    start = try container.decode(PartialDate.self, forKey: .start)
    end = try container.decode(PartialDate.self, forKey: .end)
    places = try container.decodeList(forKey: .places)
    leaders = try container.decodeList(forKey: .leaders)
    summary = try container.decode(String.self, forKey: .summary)
    notes = try container.decodeList(forKey: .notes)
    sources = try container.decode([Citation].self, forKey: .sources)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(start, forKey: .start)
    try container.encode(end, forKey: .end)
    try container.encodeList(places, forKey: .places)
    try container.encodeList(leaders, forKey: .leaders)
    try container.encode(summary, forKey: .summary)
    try container.encodeList(notes, forKey: .notes)
    try container.encode(sources, forKey: .sources)
  }
}

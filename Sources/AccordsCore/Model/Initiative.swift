/// Something announced at a visit without a signed document of its own, such as the Economic
/// Security Initiative.
public struct Initiative: Hashable, Sendable, Identifiable {
  public typealias ID = Identifier<Initiative>

  public let id: ID
  public let name: String
  /// Other names the sources use, such as `JAI`.
  public let aliases: [String]
  public let visit: Visit.ID?
  /// The Joint Vision areas the initiative serves.
  public let areas: [VisionArea.ID]
  public let summary: String
  public let notes: [Note]
  public let sources: [Citation]

  /// Creates an initiative.
  public init(
    id: ID, name: String, aliases: [String] = [], visit: Visit.ID? = nil,
    areas: [VisionArea.ID] = [], summary: String, notes: [Note] = [], sources: [Citation]
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.visit = visit
    self.areas = areas
    self.summary = summary
    self.notes = notes
    self.sources = sources
  }
}

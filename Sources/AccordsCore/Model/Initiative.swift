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

extension Initiative: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, name, aliases, visit, areas, summary, notes, sources
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(ID.self, forKey: .id)
    name = try container.decode(String.self, forKey: .name)
    aliases = try container.decodeList(forKey: .aliases)
    visit = try container.decodeIfPresent(Visit.ID.self, forKey: .visit)
    areas = try container.decode([VisionArea.ID].self, forKey: .areas)
    summary = try container.decode(String.self, forKey: .summary)
    notes = try container.decodeList(forKey: .notes)
    sources = try container.decode([Citation].self, forKey: .sources)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .name)
    try container.encodeList(aliases, forKey: .aliases)
    try container.encodeIfPresent(visit, forKey: .visit)
    try container.encode(areas, forKey: .areas)
    try container.encode(summary, forKey: .summary)
    try container.encodeList(notes, forKey: .notes)
    try container.encode(sources, forKey: .sources)
  }
}

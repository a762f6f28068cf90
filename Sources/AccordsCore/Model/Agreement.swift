/// An outcome document of a visit: a joint vision, a declaration, a memorandum and the like.
public struct Agreement: Hashable, Sendable, Identifiable {
  /// A readable slug such as `lupex-implementing-arrangement`, stable across releases.
  public typealias ID = Identifier<Agreement>

  public let id: ID
  /// The title as found in the sources.
  public let title: String
  /// The title in Japanese, where a Japanese source gives it.
  public let titleJa: String?
  /// Short titles people use, such as `LUPEX` or `JCM`.
  public let aliases: [String]
  public let type: DocumentType
  /// The visit at which the document was signed, exchanged or adopted.
  public let visit: Visit.ID?
  /// When it was signed, exchanged or adopted, at the precision known.
  public let date: PartialDate?
  /// The bodies on each side; empty where no source names them (see `notes`).
  public let parties: [Party]
  /// The people who exchanged the document, where a source names them.
  public let exchangedBy: [Person]
  /// The Joint Vision areas the document serves.
  public let areas: [VisionArea.ID]
  /// One paragraph in Accords' own words.
  public let summary: String
  public let notes: [Note]
  public let sources: [Citation]

  /// Creates an agreement.
  public init(
    id: ID, title: String, titleJa: String? = nil, aliases: [String] = [], type: DocumentType, visit: Visit.ID? = nil,
    date: PartialDate? = nil, parties: [Party] = [], exchangedBy: [Person] = [],
    areas: [VisionArea.ID] = [], summary: String, notes: [Note] = [], sources: [Citation]
  ) {
    self.id = id
    self.title = title
    self.titleJa = titleJa
    self.aliases = aliases
    self.type = type
    self.visit = visit
    self.date = date
    self.parties = parties
    self.exchangedBy = exchangedBy
    self.areas = areas
    self.summary = summary
    self.notes = notes
    self.sources = sources
  }
}

extension Agreement: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, title, titleJa, aliases, type, visit, date, parties, exchangedBy, areas, summary, notes, sources
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(ID.self, forKey: .id)
    title = try container.decode(String.self, forKey: .title)
    titleJa = try container.decodeIfPresent(String.self, forKey: .titleJa)
    aliases = try container.decodeList(forKey: .aliases)
    type = try container.decode(DocumentType.self, forKey: .type)
    visit = try container.decodeIfPresent(Visit.ID.self, forKey: .visit)
    date = try container.decodeIfPresent(PartialDate.self, forKey: .date)
    parties = try container.decode([Party].self, forKey: .parties)
    exchangedBy = try container.decodeList(forKey: .exchangedBy)
    areas = try container.decode([VisionArea.ID].self, forKey: .areas)
    summary = try container.decode(String.self, forKey: .summary)
    notes = try container.decodeList(forKey: .notes)
    sources = try container.decode([Citation].self, forKey: .sources)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encodeIfPresent(titleJa, forKey: .titleJa)
    try container.encodeList(aliases, forKey: .aliases)
    try container.encode(type, forKey: .type)
    try container.encodeIfPresent(visit, forKey: .visit)
    try container.encodeIfPresent(date, forKey: .date)
    try container.encode(parties, forKey: .parties)
    try container.encodeList(exchangedBy, forKey: .exchangedBy)
    try container.encode(areas, forKey: .areas)
    try container.encode(summary, forKey: .summary)
    try container.encodeList(notes, forKey: .notes)
    try container.encode(sources, forKey: .sources)
  }
}

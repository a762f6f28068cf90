/// What a catalog is, which release of it this is, and how current it is.
public struct Dataset: Hashable, Sendable {
  public let name: String
  /// The data release, independent of the tool's version.
  public let version: String
  /// The date up to which the sources were checked.
  public let asOf: PartialDate
  public let description: String
  /// Remarks that apply to the whole catalog.
  public let notes: [Note]

  /// Creates a dataset description.
  public init(
    name: String, version: String, asOf: PartialDate, description: String, notes: [Note] = []
  ) {
    self.name = name
    self.version = version
    self.asOf = asOf
    self.description = description
    self.notes = notes
  }
}

extension Dataset: Codable {
  private enum CodingKeys: String, CodingKey { case name, version, asOf, description, notes }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    name = try container.decode(String.self, forKey: .name)
    version = try container.decode(String.self, forKey: .version)
    asOf = try container.decode(PartialDate.self, forKey: .asOf)
    description = try container.decode(String.self, forKey: .description)
    notes = try container.decodeList(forKey: .notes)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(version, forKey: .version)
    try container.encode(asOf, forKey: .asOf)
    try container.encode(description, forKey: .description)
    try container.encodeList(notes, forKey: .notes)
  }
}

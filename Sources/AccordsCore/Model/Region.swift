/// A first-level subdivision of a country: an Indian state or union territory, or a Japanese
/// prefecture.
///
/// The gazetteer lists every region, partnered or not, so that "Kerala has no partner on record"
/// can be told apart from "there is no such state".
public struct Region: Hashable, Sendable, Identifiable {
  /// The region's ISO 3166-2 code, such as `IN-TN` or `JP-38`.
  public typealias Code = Identifier<Region>

  /// The kind of subdivision.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    case state
    case unionTerritory = "union-territory"
    case prefecture

    /// The kind as a reader would write it.
    public var displayName: String {
      switch self {
      case .state: "state"
      case .unionTerritory: "union territory"
      case .prefecture: "prefecture"
      }
    }

    /// The plural, as a reader would write it.
    public var pluralName: String {
      switch self {
      case .state: "states"
      case .unionTerritory: "union territories"
      case .prefecture: "prefectures"
      }
    }
  }

  /// The current ISO 3166-2 code.
  public let code: Code
  /// The English name.
  public let name: String
  /// The name in Japanese script with its suffix (都, 道, 府 or 県), for prefectures.
  public let nameJa: String?
  public let country: Country
  public let kind: Kind
  /// Other names it is known by: former names, retired codes, variants.
  public let aliases: [Alias]
  public let notes: [Note]
  public let sources: [Citation]

  public var id: Code { code }

  /// The Japanese suffix that names a prefecture's kind: 都 (Tokyo), 道 (Hokkaido), 府 (Kyoto,
  /// Osaka) or 県 (the rest); `nil` for Indian regions.
  public var prefectureSuffix: Character? {
    guard kind == .prefecture, let last = nameJa?.last, "都道府県".contains(last) else { return nil }
    return last
  }

  /// Creates a region.
  public init(
    code: Code, name: String, nameJa: String? = nil, country: Country, kind: Kind,
    aliases: [Alias] = [], notes: [Note] = [], sources: [Citation]
  ) {
    self.code = code
    self.name = name
    self.nameJa = nameJa
    self.country = country
    self.kind = kind
    self.aliases = aliases
    self.notes = notes
    self.sources = sources
  }
}

extension Region: Codable {
  private enum CodingKeys: String, CodingKey {
    case code, name, nameJa, country, kind, aliases, notes, sources
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    code = try container.decode(Code.self, forKey: .code)
    name = try container.decode(String.self, forKey: .name)
    nameJa = try container.decodeIfPresent(String.self, forKey: .nameJa)
    country = try container.decode(Country.self, forKey: .country)
    kind = try container.decode(Kind.self, forKey: .kind)
    aliases = try container.decodeList(forKey: .aliases)
    notes = try container.decodeList(forKey: .notes)
    sources = try container.decode([Citation].self, forKey: .sources)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(code, forKey: .code)
    try container.encode(name, forKey: .name)
    try container.encodeIfPresent(nameJa, forKey: .nameJa)
    try container.encode(country, forKey: .country)
    try container.encode(kind, forKey: .kind)
    try container.encodeList(aliases, forKey: .aliases)
    try container.encodeList(notes, forKey: .notes)
    try container.encode(sources, forKey: .sources)
  }
}

/// A first-level subdivision of a country: an Indian state or union territory, or a Japanese
/// prefecture.
///
/// The gazetteer lists every region, partnered or not, so that "Kerala has no partner on record"
/// can be told apart from "there is no such state".
public struct Region: Hashable, Sendable, Identifiable {
  /// The region's ISO 3166-2 code, such as `IN-TN` or `JP-38`.
  public typealias Code = Identifier<Region>

  /// The kind of subdivision.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
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

  /// A city in the region, which is not the region: typing its name where a region is wanted
  /// points to the region ("Mumbai is in Maharashtra") rather than standing for it.
  public struct City: Hashable, Sendable {
    public let name: String
    /// Former names and other spellings a source gives: Bombay, Cochin.
    public let otherNames: [String]
    public let sources: [Citation]

    /// Creates a city.
    public init(name: String, otherNames: [String] = [], sources: [Citation]) {
      self.name = name
      self.otherNames = otherNames
      self.sources = sources
    }
  }

  /// The current ISO 3166-2 code.
  public let code: Code
  /// The English name.
  public let name: String
  /// The name in Japanese script with its suffix (都, 道, 府 or 県), for prefectures.
  public let nameJa: String?
  /// The name in Hindi, in Devanagari, for Indian regions.
  public let nameHi: String?
  /// The reading of a prefecture's name in kana, as Japan's local government codes give it
  /// (ヒロシマケン); hiragana and katakana both find it.
  public let reading: String?
  public let country: Country
  public let kind: Kind
  /// Other names it is known by: former names, retired codes, variants.
  public let aliases: [Alias]
  /// Cities in the region that people may type for it.
  public let cities: [City]
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
    code: Code, name: String, nameJa: String? = nil, nameHi: String? = nil, reading: String? = nil, country: Country,
    kind: Kind, aliases: [Alias] = [], cities: [City] = [], notes: [Note] = [], sources: [Citation]
  ) {
    self.code = code
    self.name = name
    self.nameJa = nameJa
    self.nameHi = nameHi
    self.reading = reading
    self.country = country
    self.kind = kind
    self.aliases = aliases
    self.cities = cities
    self.notes = notes
    self.sources = sources
  }
}

/// A body that is party to documents: a government, a ministry or agency, a state or prefectural
/// government, a city, a central bank, an institute or a company.
///
/// Documents refer to a party by id, so that "Government of the Republic of India" and
/// "Government of India" count as one body; the wording a source used stays on the mention.
public struct Party: Hashable, Sendable, Identifiable {
  /// A readable slug such as `meti` or `government-of-india`.
  public typealias ID = Identifier<Party>

  /// What sort of body it is.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case government
    case ministry
    case department
    case agency
    case armedForce = "armed-force"
    case centralBank = "central-bank"
    case stateGovernment = "state-government"
    case prefecturalGovernment = "prefectural-government"
    case city
    case institute
    case company

    /// The kind as a reader would write it.
    public var displayName: String {
      switch self {
      case .armedForce: "armed force"
      case .centralBank: "central bank"
      case .stateGovernment: "state government"
      case .prefecturalGovernment: "prefectural government"
      default: rawValue
      }
    }
  }

  public let id: ID
  /// The body's name in English, without its abbreviation.
  public let name: String
  /// The name in Japanese, where a source gives it.
  public let nameJa: String?
  /// Short forms and other names: acronyms (`METI`), older names, the wording of other sources.
  public let aliases: [String]
  public let country: Country
  public let kind: Kind
  /// The body it belongs to, where it has one: METI belongs to the Government of Japan.
  public let partOf: ID?
  /// The state, union territory or prefecture a regional government or city is in.
  public let region: Region.Code?
  public let notes: [Note]
  public let sources: [Citation]

  /// Creates a party.
  public init(
    id: ID, name: String, nameJa: String? = nil, aliases: [String] = [], country: Country, kind: Kind,
    partOf: ID? = nil, region: Region.Code? = nil, notes: [Note] = [], sources: [Citation]
  ) {
    self.id = id
    self.name = name
    self.nameJa = nameJa
    self.aliases = aliases
    self.country = country
    self.kind = kind
    self.partOf = partOf
    self.region = region
    self.notes = notes
    self.sources = sources
  }

  /// The short forms among the aliases: acronyms such as `METI` and `MeitY`.
  public var acronyms: [String] { aliases.filter(AcronymIndex.isAcronym) }

  /// The name with its first short form: `Ministry of Economy, Trade and Industry (METI)`.
  public var fullName: String {
    acronyms.first.map { "\(name) (\($0))" } ?? name
  }
}

/// A party named on a document or a partnership, with the source's wording where it differs from
/// the party's own name ("Bank of Japan, acting as agent for the Minister of Finance of Japan").
public struct PartyMention: Hashable, Sendable {
  public let party: Party.ID
  /// The words the source used, where they say more than the party's name.
  public let asWritten: String?

  /// Creates a mention.
  public init(party: Party.ID, asWritten: String? = nil) {
    self.party = party
    self.asWritten = asWritten
  }
}

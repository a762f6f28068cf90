/// A standing partnership between an Indian state and a Japanese prefecture.
///
/// One record stores the pair once; lookups find it from either side.
public struct Partnership: Hashable, Sendable, Identifiable {
  public typealias ID = Identifier<Partnership>

  /// The form of the instrument that founded the partnership.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    case memorandumOfUnderstanding = "mou"
    case friendshipAgreement = "friendship-agreement"
    case sisterStateAgreement = "sister-state-agreement"

    /// The kind as a reader would write it.
    public var displayName: String {
      switch self {
      case .memorandumOfUnderstanding: "memorandum of understanding"
      case .friendshipAgreement: "friendship agreement"
      case .sisterStateAgreement: "sister-state agreement"
      }
    }
  }

  /// A later renewal of the founding instrument.
  public struct Renewal: Hashable, Sendable, Codable {
    public let date: PartialDate
    public let summary: String
    public let sources: [Citation]

    /// Creates a renewal.
    public init(date: PartialDate, summary: String, sources: [Citation]) {
      self.date = date
      self.summary = summary
      self.sources = sources
    }
  }

  public let id: ID
  /// The Indian state or union territory.
  public let state: Region.Code
  /// The Japanese prefecture.
  public let prefecture: Region.Code
  public let kind: Kind
  /// The founding instrument's name as the sources give it.
  public let title: String
  /// When the founding instrument was signed, at the precision known.
  public let signed: PartialDate?
  public let renewals: [Renewal]
  /// When the current term ends, where a source says so.
  public let validUntil: PartialDate?
  public let summary: String
  public let notes: [Note]
  public let sources: [Citation]

  /// Creates a partnership.
  public init(
    id: ID, state: Region.Code, prefecture: Region.Code, kind: Kind, title: String,
    signed: PartialDate?, renewals: [Renewal] = [], validUntil: PartialDate? = nil,
    summary: String, notes: [Note] = [], sources: [Citation]
  ) {
    self.id = id
    self.state = state
    self.prefecture = prefecture
    self.kind = kind
    self.title = title
    self.signed = signed
    self.renewals = renewals
    self.validUntil = validUntil
    self.summary = summary
    self.notes = notes
    self.sources = sources
  }

  /// Whether the partnership has `region` on either side.
  public func involves(_ region: Region.Code) -> Bool {
    state == region || prefecture == region
  }

  /// The region on the other side from `region`, or `nil` when `region` is not a side.
  public func partner(of region: Region.Code) -> Region.Code? {
    if region == state { return prefecture }
    if region == prefecture { return state }
    return nil
  }
}

extension Partnership: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, state, prefecture, kind, title, signed, renewals, validUntil, summary, notes, sources
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(ID.self, forKey: .id)
    state = try container.decode(Region.Code.self, forKey: .state)
    prefecture = try container.decode(Region.Code.self, forKey: .prefecture)
    kind = try container.decode(Kind.self, forKey: .kind)
    title = try container.decode(String.self, forKey: .title)
    signed = try container.decodeIfPresent(PartialDate.self, forKey: .signed)
    renewals = try container.decodeList(forKey: .renewals)
    validUntil = try container.decodeIfPresent(PartialDate.self, forKey: .validUntil)
    summary = try container.decode(String.self, forKey: .summary)
    notes = try container.decodeList(forKey: .notes)
    sources = try container.decode([Citation].self, forKey: .sources)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(state, forKey: .state)
    try container.encode(prefecture, forKey: .prefecture)
    try container.encode(kind, forKey: .kind)
    try container.encode(title, forKey: .title)
    try container.encodeIfPresent(signed, forKey: .signed)
    try container.encodeList(renewals, forKey: .renewals)
    try container.encodeIfPresent(validUntil, forKey: .validUntil)
    try container.encode(summary, forKey: .summary)
    try container.encodeList(notes, forKey: .notes)
    try container.encode(sources, forKey: .sources)
  }
}

extension Partnership {
  /// Orders partnerships oldest first; undated ones come last, ties break by id.
  public static func isOlder(_ lhs: Partnership, than rhs: Partnership) -> Bool {
    switch (lhs.signed, rhs.signed) {
    case (let left?, let right?) where left != right: left < right
    case (.some, nil): true
    case (nil, .some): false
    default: lhs.id < rhs.id
    }
  }
}

/// A standing partnership between an Indian state and a Japanese prefecture.
///
/// One record stores the pair once; lookups find it from either side.
public struct Partnership: Hashable, Sendable, Identifiable {
  public typealias ID = Identifier<Partnership>

  /// The form of the instrument that founded the partnership.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
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
  public struct Renewal: Hashable, Sendable {
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
  /// The bodies that signed, on each side, as the sources name them (an agency such as
  /// Guidance Tamil Nadu, a prefecture's bureau); empty where no source names them.
  public let signedBy: [PartyMention]
  /// The leaders' visit at which the founding instrument was signed or exchanged, where a
  /// source says so (Gujarat and Hyogo in Kobe, before both Prime Ministers, in 2016).
  public let visit: Visit.ID?
  public let renewals: [Renewal]
  /// When the last known term ends, where a source says so ("extended till 31 March 2026").
  public let validUntil: PartialDate?
  public let summary: String
  public let notes: [Note]
  public let sources: [Citation]

  /// Creates a partnership.
  public init(
    id: ID, state: Region.Code, prefecture: Region.Code, kind: Kind, title: String,
    signed: PartialDate?, signedBy: [PartyMention] = [], visit: Visit.ID? = nil, renewals: [Renewal] = [],
    validUntil: PartialDate? = nil,
    summary: String, notes: [Note] = [], sources: [Citation]
  ) {
    self.id = id
    self.state = state
    self.prefecture = prefecture
    self.kind = kind
    self.title = title
    self.signed = signed
    self.signedBy = signedBy
    self.visit = visit
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

/// A step in an instrument's life besides signature and entry into force, each with its source:
/// a parliament's approval, the exchange of instruments of ratification, the end.
public struct LifeEvent: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// Approved by a parliament, such as Japan's Diet.
    case approved
    /// Instruments of ratification exchanged.
    case ratified
    /// Notes exchanged to bring it into force.
    case notesExchanged = "notes-exchanged"
    /// Ended by one side or both.
    case terminated
    /// Ended at the close of its term.
    case expired
    /// No longer applied, without a formal end.
    case lapsed

    /// Whether the instrument no longer applies after this step.
    public var ends: Bool { self == .terminated || self == .expired || self == .lapsed }

    /// `approved by parliament`, as a life line reads.
    public var displayName: String {
      switch self {
      case .approved: "approved by parliament"
      case .ratified: "ratifications exchanged"
      case .notesExchanged: "notes exchanged"
      case .terminated: "terminated"
      case .expired: "expired"
      case .lapsed: "lapsed"
      }
    }
  }

  public let kind: Kind
  /// When, at the precision known; `nil` where a source says it happened but not when.
  public let date: PartialDate?
  public let sources: [Citation]

  /// Creates an event.
  public init(kind: Kind, date: PartialDate?, sources: [Citation]) {
    self.kind = kind
    self.date = date
    self.sources = sources
  }
}

/// Where an instrument's official text is registered: the identifier a reader quotes to find it.
public struct RegisterEntry: Hashable, Sendable {
  public enum Register: String, Hashable, Sendable, CaseIterable {
    /// A page of Japan's Ministry of Foreign Affairs treaty collection (`A-S38(1)-097`).
    case mofaTreaty = "mofa-treaty"
    /// Japan's promulgation number (`昭和31年条約第七号`).
    case japanTreatyNumber = "japan-treaty-number"
    /// The Indian Treaty Series (`[1956] INTSer 20`).
    case indianTreatySeries = "indian-treaty-series"
    /// The United Nations Treaty Series.
    case unts
    /// A bilateral-documents page of India's Ministry of External Affairs.
    case mea
    /// The GRIPS and University of Tokyo "World and Japan" database (`19600105.T1J`).
    case grips
    /// A page of either country's embassy.
    case embassy

    /// `MOFA treaty collection`, as `show` labels it.
    public var displayName: String {
      switch self {
      case .mofaTreaty: "MOFA treaty collection"
      case .japanTreatyNumber: "Japanese treaty number"
      case .indianTreatySeries: "Indian Treaty Series"
      case .unts: "UN Treaty Series"
      case .mea: "MEA bilateral documents"
      case .grips: "World and Japan database"
      case .embassy: "embassy page"
      }
    }
  }

  public let register: Register
  /// The identifier as the register writes it.
  public let id: String
  public let url: String?
  public let sources: [Citation]

  /// Creates an entry.
  public init(register: Register, id: String, url: String? = nil, sources: [Citation]) {
    self.register = register
    self.id = id
    self.url = url
    self.sources = sources
  }
}

/// Where an instrument stands on a day, worked out from its recorded life, never guessed.
public enum InstrumentStatus: Hashable, Sendable {
  /// Not yet signed or adopted on that day.
  case notYetSigned
  /// Signed, with an entry into force recorded after that day.
  case notYetInForce
  /// In force since the day given, and amended by these later instruments by then.
  case inForce(since: PartialDate, amendedBy: [Agreement.ID])
  /// Replaced by another instrument in force by then.
  case replaced(by: Agreement.ID)
  /// Terminated, expired or lapsed by then.
  case ended(LifeEvent.Kind, on: PartialDate?)
  /// A statement, declaration or plan: it takes effect when adopted and has no entry into force.
  case political
  /// The sources do not say enough: no entry into force recorded, or dates too partial to tell.
  case unknown

  /// The status's kind, for filtering and counting.
  public var kind: Kind {
    switch self {
    case .notYetSigned: .notYetSigned
    case .notYetInForce: .notYetInForce
    case .inForce: .inForce
    case .replaced: .replaced
    case .ended: .ended
    case .political: .political
    case .unknown: .unknown
    }
  }

  /// The kinds of status, in the order `stats` lists them.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case inForce = "in-force"
    case notYetInForce = "not-yet-in-force"
    case replaced
    case ended
    case political
    case unknown
    case notYetSigned = "not-yet-signed"

    /// `in force`, as a reader writes it.
    public var displayName: String {
      switch self {
      case .inForce: "in force"
      case .notYetInForce: "not yet in force"
      case .replaced: "replaced"
      case .ended: "ended"
      case .political: "no entry into force (a statement or plan)"
      case .unknown: "unknown"
      case .notYetSigned: "not yet signed"
      }
    }
  }
}

extension PartialDate {
  /// Whether the whole period this date names is over by the end of `day`: `2016` is certainly
  /// before `2017-01-01`, but not before `2016-06-30`.
  func isCertainlyBy(_ day: PartialDate) -> Bool { lastDay <= day.lastDay }

  /// Whether any day this date names falls by the end of `day`.
  func isPossiblyBy(_ day: PartialDate) -> Bool { firstDay <= day.lastDay }
}

extension Catalog {
  /// Where `agreement` stands on `day`: ended, replaced, in force (and amended), not yet in
  /// force, a political document, or unknown. A date too partial to place before or after the
  /// day gives `unknown`, not a guess. An instrument that amends another lives with it: once
  /// what it directly amends is replaced or has ended, so has the amendment. Each call reads
  /// the instrument's own life, the instruments that relate to it and those it amends, never a
  /// chain: a status costs no more for a long chain of amendments.
  public func status(of agreement: Agreement, on day: PartialDate) -> InstrumentStatus {
    let own = ownStatus(of: agreement, on: day)
    guard case .inForce = own else { return own }
    for relation in agreement.relations where relation.kind == .amends {
      guard let amended = self.agreement(relation.target), let gone = end(of: amended, on: day) else { continue }
      if case .unknown = gone { return .unknown }
      return gone
    }
    return own
  }

  private func ownStatus(of agreement: Agreement, on day: PartialDate) -> InstrumentStatus {
    if let dated = agreement.signed ?? agreement.date, !dated.isPossiblyBy(day) { return .notYetSigned }
    if let gone = end(of: agreement, on: day) { return gone }
    if let inForce = agreement.inForce {
      if inForce.isCertainlyBy(day) {
        let amenders = agreements(relatingTo: agreement.id).filter { later in
          later.kind == .amends && (later.agreement.inForce ?? later.agreement.date)?.isCertainlyBy(day) == true
        }
        return .inForce(since: inForce, amendedBy: amenders.map(\.agreement.id))
      }
      return inForce.isPossiblyBy(day) ? .unknown : .notYetInForce
    }
    return agreement.type.isPolitical ? .political : .unknown
  }

  /// How `agreement` had ended by `day`, if it had: a recorded end, or a replacement in force;
  /// `unknown` when a partial date cannot be placed; `nil` when it had not ended.
  private func end(of agreement: Agreement, on day: PartialDate) -> InstrumentStatus? {
    for event in agreement.events where event.kind.ends {
      guard let date = event.date else { return .ended(event.kind, on: nil) }
      if date.isCertainlyBy(day) { return .ended(event.kind, on: date) }
      if date.isPossiblyBy(day) { return .unknown }
    }
    for replacer in replacements(of: agreement.id) {
      guard let start = replacer.inForce ?? replacer.date else { return .unknown }
      if start.isCertainlyBy(day) { return .replaced(by: replacer.id) }
      if start.isPossiblyBy(day) { return .unknown }
    }
    return nil
  }
}

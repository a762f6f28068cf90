extension Partnership {
  /// Where a partnership stands on a given day, worked out from its dates, never typed by hand.
  public enum Status: Hashable, Sendable {
    /// The last known term runs until this date.
    case inForce(until: PartialDate)
    /// On a day before a later renewal: in force, under a term whose end no source gives.
    case inForceBeforeRenewal(renewed: PartialDate)
    /// The last known term ended on this date and no renewal was found.
    case termEnded(on: PartialDate)
    /// No source gives a term: the partnership is on record, with no end date.
    case noTermStated
    /// The day asked about comes before the founding instrument was signed.
    case notYetSigned(signed: PartialDate)

    /// The three statuses, for filtering and counting.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
      case inForce = "in-force"
      case termEnded = "term-ended"
      case noTermStated = "no-term-stated"
      case notYetSigned = "not-yet-signed"

      /// The status as a reader would write it.
      public var displayName: String {
        switch self {
        case .inForce: "in force"
        case .termEnded: "term ended"
        case .noTermStated: "no term stated"
        case .notYetSigned: "not yet signed"
        }
      }
    }

    /// Which of the three statuses this is.
    public var kind: Kind {
      switch self {
      case .inForce, .inForceBeforeRenewal: .inForce
      case .termEnded: .termEnded
      case .noTermStated: .noTermStated
      case .notYetSigned: .notYetSigned
      }
    }

    /// `in force until Oct 2028`, `term ended 31 Mar 2026`, `no term stated`.
    public var readable: String {
      switch self {
      case .inForce(let until): "in force until \(until.readable)"
      case .inForceBeforeRenewal(let renewed): "in force until renewed on \(renewed.readable)"
      case .termEnded(let end): "term ended \(end.readable)"
      case .noTermStated: "no term stated"
      case .notYetSigned(let signed): "not yet signed (signed \(signed.readable))"
      }
    }
  }

  /// The status on `day`, usually the dataset's as-of date. A term that ends in a month or a
  /// year runs to its last day; a day wholly before the signing finds it not yet signed.
  public func status(on day: PartialDate) -> Status {
    if let signed, day.lastDay < signed.firstDay { return .notYetSigned(signed: signed) }
    guard let validUntil else { return .noTermStated }
    if let next = renewals.map(\.date).filter({ day.lastDay < $0.firstDay }).min(by: { $0.firstDay < $1.firstDay }) {
      return .inForceBeforeRenewal(renewed: next)
    }
    return day.firstDay > validUntil.lastDay ? .termEnded(on: validUntil) : .inForce(until: validUntil)
  }

  /// Whether a renewal is due on `day`: the term in force ends within `months` months of it,
  /// or the last known term has already ended and no renewal is on record — the partnerships a
  /// prefectural office should be preparing, or checking, a renewal for.
  public func isDueForRenewal(withinMonths months: Int, of day: PartialDate) -> Bool {
    switch status(on: day) {
    case .inForce(let until): until.firstDay <= day.adding(months: months).lastDay
    case .termEnded: true
    case .inForceBeforeRenewal, .noTermStated, .notYetSigned: false
    }
  }
}

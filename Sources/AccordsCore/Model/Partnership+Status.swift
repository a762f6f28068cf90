extension Partnership {
  /// Where a partnership stands on a given day, worked out from its dates, never typed by hand.
  public enum Status: Hashable, Sendable {
    /// The last known term runs until this date.
    case inForce(until: PartialDate)
    /// The last known term ended on this date and no renewal was found.
    case termEnded(on: PartialDate)
    /// No source gives a term: the partnership is on record, with no end date.
    case noTermStated

    /// The three statuses, for filtering and counting.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
      case inForce = "in-force"
      case termEnded = "term-ended"
      case noTermStated = "no-term-stated"

      /// The status as a reader would write it.
      public var displayName: String {
        switch self {
        case .inForce: "in force"
        case .termEnded: "term ended"
        case .noTermStated: "no term stated"
        }
      }
    }

    /// Which of the three statuses this is.
    public var kind: Kind {
      switch self {
      case .inForce: .inForce
      case .termEnded: .termEnded
      case .noTermStated: .noTermStated
      }
    }

    /// `in force until Oct 2028`, `term ended 31 Mar 2026`, `no term stated`.
    public var readable: String {
      switch self {
      case .inForce(let until): "in force until \(until.readable)"
      case .termEnded(let end): "term ended \(end.readable)"
      case .noTermStated: "no term stated"
      }
    }
  }

  /// The status on `day`, usually the dataset's as-of date. A term that ends in a month or a
  /// year runs to its last day.
  public func status(on day: PartialDate) -> Status {
    guard let validUntil else { return .noTermStated }
    return day.firstDay > validUntil.lastDay ? .termEnded(on: validUntil) : .inForce(until: validUntil)
  }

  /// Whether the term in force on `day` ends within `months` months of it: the partnerships
  /// whose renewal a prefectural office should be preparing.
  public func isDueForRenewal(withinMonths months: Int, of day: PartialDate) -> Bool {
    guard case .inForce(let until) = status(on: day) else { return false }
    return until.firstDay <= day.adding(months: months).lastDay
  }
}

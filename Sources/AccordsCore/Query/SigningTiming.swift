/// When a document was signed or exchanged, against the visit it belongs to: what `stats`
/// counts and listings show, in categories that say only what the dates say.
public enum SigningTiming: String, Hashable, Sendable, CaseIterable {
  /// Signed, exchanged or adopted on a day of the visit.
  case duringVisit = "during-visit"
  /// Signed before the visit began, then exchanged or announced at it.
  case signedEarlier = "signed-earlier"
  /// Signed after the visit ended, such as a loan signed days later or the 2018 swap signed
  /// in 2019.
  case signedAfter = "signed-after"
  /// Not tied to a visit: an agreement signed by ministers, or on its own.
  case noVisit = "no-visit"
  /// The day is not known well enough to tell (a month, a year, no date).
  case dayUnknown = "day-unknown"

  /// The category as a reader would write it.
  public var displayName: String {
    switch self {
    case .duringVisit: "signed or exchanged during the visit"
    case .signedEarlier: "signed earlier, exchanged at the visit"
    case .signedAfter: "signed after the visit"
    case .noVisit: "not tied to a visit"
    case .dayUnknown: "day not known"
    }
  }
}

extension Catalog {
  /// When `agreement` was signed or exchanged against its visit's days. The signing date is
  /// used where a source gives one apart, else the date it was exchanged or announced.
  public func timing(of agreement: Agreement) -> SigningTiming {
    guard let id = agreement.visit, let visit = visit(id) else { return .noVisit }
    guard let day = agreement.signed ?? agreement.date else { return .dayUnknown }
    if day.lastDay < visit.start.firstDay { return .signedEarlier }
    if day.firstDay > visit.end.lastDay { return .signedAfter }
    if day.day != nil, day.firstDay >= visit.start.firstDay, day.lastDay <= visit.end.lastDay { return .duringVisit }
    return .dayUnknown
  }
}

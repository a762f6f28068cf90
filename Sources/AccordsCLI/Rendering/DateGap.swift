import AccordsCore

/// One line on how a document's signing relates to the day its visit dates it.
enum DateGap {
  /// `Signed 7 Aug 2025, 22 days before it was exchanged on 29 Aug 2025.`,
  /// `Dated 29 Oct 2018 at its visit; signed 122 days later, on 28 Feb 2019.`; `nil` when there
  /// is no separate signing date.
  static func sentence(signed: PartialDate?, exchanged: PartialDate?) -> String? {
    guard let signed else { return nil }
    guard let exchanged else { return "Signed \(signed.readable); when it was exchanged is not known." }
    guard signed != exchanged else { return nil }
    if let days = signed.days(until: exchanged), days > 0 {
      return "Signed \(signed.readable), \(count(days)) before it was exchanged on \(exchanged.readable)."
    }
    // Agreed at the visit and signed afterwards, such as the 2018 currency swap.
    if let days = exchanged.days(until: signed), days > 0 {
      return "Dated \(exchanged.readable) at its visit; signed \(count(days)) later, on \(signed.readable)."
    }
    return "Signed \(signed.readable); dated \(exchanged.readable) at its visit."
  }

  private static func count(_ days: Int) -> String { days == 1 ? "1 day" : "\(days) days" }
}

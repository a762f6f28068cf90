import AccordsCore

/// The one line `show` gives a document signed on one day and exchanged on another.
enum DateGap {
  /// `Signed 7 Aug 2025, 22 days before it was exchanged on 29 Aug 2025.`; `nil` when there is
  /// no separate signing date.
  static func sentence(signed: PartialDate?, exchanged: PartialDate?) -> String? {
    guard let signed else { return nil }
    guard let exchanged else { return "Signed \(signed.readable); when it was exchanged is not known." }
    guard signed != exchanged else { return nil }
    if let days = signed.days(until: exchanged), days > 0 {
      let count = days == 1 ? "1 day" : "\(days) days"
      return "Signed \(signed.readable), \(count) before it was exchanged on \(exchanged.readable)."
    }
    return "Signed \(signed.readable); exchanged \(exchanged.readable)."
  }
}

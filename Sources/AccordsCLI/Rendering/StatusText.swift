import AccordsCore

/// An instrument's status as a listing's cell: `in force since 1960-06-13`, `replaced by
/// dta-1989`, `unknown`.
enum StatusText {
  static func cell(_ status: InstrumentStatus) -> String {
    switch status {
    case .inForce(let since, let amenders):
      "in force since \(since)" + (amenders.isEmpty ? "" : " (amended)")
    case .replaced(let by): "replaced by \(by)"
    case .ended(let kind, let on): kind.displayName + (on.map { " \($0)" } ?? "")
    default: status.kind.displayName
    }
  }
}

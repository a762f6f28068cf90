/// Spells a quantity the way a reader of a press release expects: `JPY 10 trillion`,
/// `USD 13 billion`, `500,000 people`, `80%`, `320 km/h`.
enum QuantityFormat {
  /// Currencies are written before the number, every other unit after it.
  private static let currencyCodes: Set<String> = ["JPY", "USD", "INR", "EUR"]

  static func string(value: Double, unit: String) -> String {
    if unit == "percent" { return number(value) + "%" }
    let amount = scaled(value)
    return currencyCodes.contains(unit) ? "\(unit) \(amount)" : "\(amount) \(unit)"
  }

  /// Large round numbers read better in words ("10 trillion") than in digits.
  private static func scaled(_ value: Double) -> String {
    let scales: [(Double, String)] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]
    for (size, word) in scales where abs(value) >= size {
      return number(value / size) + " " + word
    }
    return number(value)
  }

  /// Digits with thousands separators and at most three decimals, trailing zeros dropped.
  ///
  /// Values the catalog format refuses (beyond `CatalogFormat.largestFigureValue`) never reach
  /// here from a loaded catalog; were one built in code, it prints in Swift's own notation
  /// rather than trapping on the conversion to `Int`.
  static func number(_ value: Double) -> String {
    let thousandths = (abs(value) * 1000).rounded()
    guard let whole = Int(exactly: (thousandths / 1000).rounded(.towardZero)),
      var fraction = Int(exactly: thousandths.truncatingRemainder(dividingBy: 1000))
    else { return String(value) }
    var digits = String(whole)
    var grouped = ""
    while digits.count > 3 {
      grouped = "," + digits.suffix(3) + grouped
      digits.removeLast(3)
    }
    grouped = digits + grouped
    if fraction > 0 {
      var decimals = 3
      while fraction % 10 == 0 {
        fraction /= 10
        decimals -= 1
      }
      let padded = String(repeating: "0", count: decimals - String(fraction).count) + String(fraction)
      grouped += "." + padded
    }
    return (value < 0 ? "-" : "") + grouped
  }
}

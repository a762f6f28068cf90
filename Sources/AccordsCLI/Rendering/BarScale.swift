/// How many blocks a count gets on a bar chart.
enum BarScale {
  /// `count`'s share of `largest`, scaled to `space` blocks and rounded down, with at least one
  /// block for any count above zero so that no bar reads as none. Computed in double width, so
  /// that any count a catalog may hold (up to `Int.max`) draws without overflow.
  static func blocks(_ count: Int, largest: Int, space: Int) -> Int {
    guard count > 0, largest > 0, space > 0 else { return 0 }
    // With count ≤ largest the quotient is at most `space`, so the division cannot overflow.
    let product = min(count, largest).multipliedFullWidth(by: space)
    return max(1, largest.dividingFullWidth(product).quotient)
  }
}

/// The one distance and the one rule behind the domain's "Did you mean" suggestions: names of
/// regions and records, field names and enumerated values in catalog files.
///
/// CommandLineKit keeps its own distance for options and commands: it knows nothing of the
/// domain, and the domain knows nothing of the command line, so neither can share the other's.
public enum EditDistance: Sendable {
  /// Edit distance counted in characters, where swapping two neighbours (`titel` → `title`)
  /// is one edit, as it is one slip of the fingers (optimal string alignment); `nil` when it is
  /// more than `limit`.
  ///
  /// Only the cells within `limit` of the diagonal are computed, so the time is linear in the
  /// words' length for a small limit: a value of megabytes costs no more than reading it.
  public static func between(_ lhs: String, _ rhs: String, atMost limit: Int) -> Int? {
    // Neither word is made into an array longer than the other can be plus the limit (a
    // character takes at least one byte), so a value of megabytes against a short name costs
    // only the reading of its first characters.
    let left = Array(lhs.prefix(rhs.utf8.count + limit + 1))
    guard left.count <= rhs.utf8.count + limit else { return nil }
    let right = Array(rhs.prefix(left.count + limit + 1))
    guard abs(left.count - right.count) <= limit else { return nil }
    guard !left.isEmpty, !right.isEmpty else { return max(left.count, right.count) }
    let beyond = limit + 1
    var beforePrevious = [Int](repeating: beyond, count: right.count + 1)
    var previous = (0...right.count).map { min($0, beyond) }
    var current = [Int](repeating: beyond, count: right.count + 1)
    for i in 1...left.count {
      let low = max(1, i - limit)
      let high = min(right.count, i + limit)
      current[low - 1] = low == 1 ? min(i, beyond) : beyond
      if high < right.count { current[high + 1] = beyond }
      guard low <= high else { return nil }
      for j in low...high {
        let cost = left[i - 1] == right[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
          value = min(value, beforePrevious[j - 2] + 1)
        }
        current[j] = min(value, beyond)
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    let distance = previous[right.count]
    return distance <= limit ? distance : nil
  }

  /// How far a typed word of `length` characters may be from a name that is suggested: one
  /// edit for short words, a third of the length for longer ones, never more than four.
  public static func allowance(forLength length: Int) -> Int {
    length <= 3 ? 1 : max(2, min(4, length / 3))
  }
}

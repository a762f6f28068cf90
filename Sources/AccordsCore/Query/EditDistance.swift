/// The one distance and the one rule behind the domain's "Did you mean" suggestions: names of
/// regions and records, field names and enumerated values in catalog files.
///
/// CommandLineKit keeps its own distance for options and commands: it knows nothing of the
/// domain, and the domain knows nothing of the command line, so neither can share the other's.
public enum EditDistance: Sendable {
  /// Edit distance counted in characters, where swapping two neighbours (`titel` → `title`)
  /// is one edit, as it is one slip of the fingers (optimal string alignment).
  public static func between(_ lhs: String, _ rhs: String) -> Int {
    let left = Array(lhs)
    let right = Array(rhs)
    guard !left.isEmpty else { return right.count }
    guard !right.isEmpty else { return left.count }
    var beforePrevious = [Int](repeating: 0, count: right.count + 1)
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for i in 1...left.count {
      current[0] = i
      for j in 1...right.count {
        let cost = left[i - 1] == right[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[right.count]
  }

  /// How far a typed word of `length` characters may be from a name that is suggested: one
  /// edit for short words, a third of the length for longer ones, never more than four.
  public static func allowance(forLength length: Int) -> Int {
    length <= 3 ? 1 : max(2, min(4, length / 3))
  }
}

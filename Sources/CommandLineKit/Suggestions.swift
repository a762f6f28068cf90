/// "Did you mean …?" candidates, ranked by edit distance as git and swift-argument-parser do.
public enum Suggestions: Sendable {
  /// The candidates closest to `word`, nearest first, at most `limit` of them.
  ///
  /// A candidate qualifies when its distance is under a third of the longer word's length
  /// (at least 1 and at most 3 edits), so that short words do not suggest unrelated ones;
  /// a candidate that starts with `word` also qualifies.
  public static func nearest(to word: String, among candidates: [String], limit: Int = 3) -> [String] {
    let target = word.lowercased()
    guard !target.isEmpty else { return [] }
    let ranked = candidates.compactMap { candidate -> (String, Int)? in
      let lowered = candidate.lowercased()
      let distance = editDistance(target, lowered)
      let allowance = min(3, max(1, max(target.count, lowered.count) / 3))
      if distance <= allowance { return (candidate, distance) }
      if target.count >= 3, lowered.hasPrefix(target) { return (candidate, allowance + 1) }
      return nil
    }
    var seen: Set<String> = []
    return
      ranked
      .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
      .map(\.0)
      .filter { seen.insert($0).inserted }
      .prefix(limit)
      .map { $0 }
  }

  /// The Levenshtein distance between two strings, counted in characters. AccordsCore has its
  /// own (`EditDistance`) because neither module may depend on the other.
  public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let left = Array(lhs)
    let right = Array(rhs)
    guard !left.isEmpty else { return right.count }
    guard !right.isEmpty else { return left.count }
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for i in 1...left.count {
      current[0] = i
      for j in 1...right.count {
        let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[right.count]
  }
}

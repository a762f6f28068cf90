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
      let allowance = min(3, max(1, max(target.count, lowered.count) / 3))
      if let distance = editDistance(target, lowered, atMost: allowance) { return (candidate, distance) }
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

  /// The Levenshtein distance between two strings, counted in characters, or `nil` when it is
  /// more than `limit`. Only the cells within `limit` of the diagonal are computed, so a word
  /// of any length costs time linear in its length. AccordsCore has its own (`EditDistance`)
  /// because neither module may depend on the other.
  public static func editDistance(_ lhs: String, _ rhs: String, atMost limit: Int = .max) -> Int? {
    let left = Array(lhs)
    let right = Array(rhs)
    guard abs(left.count - right.count) <= limit else { return nil }
    guard !left.isEmpty, !right.isEmpty else { return max(left.count, right.count) }
    let band = min(limit, max(left.count, right.count))
    let beyond = band + 1
    var previous = (0...right.count).map { min($0, beyond) }
    var current = [Int](repeating: beyond, count: right.count + 1)
    for i in 1...left.count {
      let low = max(1, i - band)
      let high = min(right.count, i + band)
      current[low - 1] = low == 1 ? min(i, beyond) : beyond
      if high < right.count { current[high + 1] = beyond }
      guard low <= high else { return nil }
      for j in low...high {
        let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution, beyond)
      }
      swap(&previous, &current)
    }
    let distance = previous[right.count]
    return distance <= limit ? distance : nil
  }
}

import AccordsCore
import Testing

/// The banded edit distance gives what the full table gives, whenever that is within the limit.
@Suite struct EditDistanceTests {
  /// The whole table, optimal string alignment: the definition the banded one must meet.
  private func fullDistance(_ lhs: String, _ rhs: String) -> Int {
    let left = Array(lhs)
    let right = Array(rhs)
    var table = [[Int]](repeating: [Int](repeating: 0, count: right.count + 1), count: left.count + 1)
    for i in 0...left.count { table[i][0] = i }
    for j in 0...right.count { table[0][j] = j }
    for i in stride(from: 1, through: left.count, by: 1) {
      for j in stride(from: 1, through: right.count, by: 1) {
        let cost = left[i - 1] == right[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[left.count][right.count]
  }

  @Test func matchesTheFullTableOnWordsOfEveryLength() {
    // A small alphabet, with a combining accent and a kanji, so that near words are common.
    let alphabet: [String] = ["a", "b", "c", "e\u{301}", "語"]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    func word() -> String { (0..<next(10)).map { _ in alphabet[next(alphabet.count)] }.joined() }
    for _ in 0..<3_000 {
      let (lhs, rhs, limit) = (word(), word(), next(5))
      let full = fullDistance(lhs, rhs)
      #expect(EditDistance.between(lhs, rhs, atMost: limit) == (full <= limit ? full : nil), "\(lhs) ~ \(rhs)")
    }
  }

  @Test func aTranspositionIsOneEdit() {
    #expect(EditDistance.between("titel", "title", atMost: 4) == 1)
    #expect(EditDistance.between("Maharastra", "Maharashtra", atMost: 3) == 1)
    #expect(EditDistance.between(String(repeating: "x", count: 1_000_000), "mou", atMost: 4) == nil)
  }
}

import CommandLineKit
import Testing

@Suite struct SuggestionsTests {
  @Test(arguments: [("kitten", "sitting", 3), ("", "abc", 3), ("same", "same", 0), ("Maharastra", "Maharashtra", 1)])
  func measuresEditDistance(lhs: String, rhs: String, distance: Int) {
    #expect(Suggestions.editDistance(lhs, rhs) == distance)
  }

  /// With a limit, only the band near the diagonal is computed; the answer is the full table's
  /// whenever that is within the limit.
  @Test func aLimitedDistanceAgreesWithTheFullOne() {
    var state: UInt64 = 42
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    func word() -> String {
      String((0..<next(9)).map { _ in "abcé"[("abcé".index("abcé".startIndex, offsetBy: next(4)))] })
    }
    for _ in 0..<2_000 {
      let (lhs, rhs, limit) = (word(), word(), next(4))
      let full = Suggestions.editDistance(lhs, rhs) ?? -1
      #expect(Suggestions.editDistance(lhs, rhs, atMost: limit) == (full <= limit ? full : nil), "\(lhs) ~ \(rhs)")
    }
  }

  @Test func ranksTheNearestFirst() {
    #expect(Suggestions.nearest(to: "agremeents", among: ["areas", "agreements", "stats"]) == ["agreements"])
  }

  @Test func suggestsNothingForUnrelatedWords() {
    #expect(Suggestions.nearest(to: "xyz", among: ["agreements", "partners"]).isEmpty)
  }

  @Test func ignoresCase() {
    #expect(Suggestions.nearest(to: "MOC", among: ["moc", "mou"]) == ["moc", "mou"])
  }

  @Test func keepsAtMostTheLimit() {
    #expect(Suggestions.nearest(to: "ab", among: ["aa", "ab", "ac", "ad"], limit: 2).count == 2)
  }
}

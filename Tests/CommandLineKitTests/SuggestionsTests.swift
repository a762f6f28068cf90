import CommandLineKit
import Testing

@Suite struct SuggestionsTests {
  @Test(arguments: [("kitten", "sitting", 3), ("", "abc", 3), ("same", "same", 0), ("Maharastra", "Maharashtra", 1)])
  func measuresEditDistance(lhs: String, rhs: String, distance: Int) {
    #expect(Suggestions.editDistance(lhs, rhs) == distance)
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

import AccordsCLI
import AccordsCore
import AccordsData
import Testing

/// One search for `accords search` and `agreements --search`: whole words and word starts,
/// spellings folded, the same errors in both places.
@Suite struct WordSearchTests {
  private func agreementIDs(searching words: String) -> Set<String> {
    Set(parseCSV(accords("agreements", "--search", words, "--format", "csv").stdout).dropFirst().map { $0[0] })
  }

  private func hits(_ words: String) throws -> [[String: Any]] {
    try #require(try json(accords("search", words, "--json").stdout) as? [[String: Any]])
  }

  /// `AI` is a word, not the start of "Affairs" or the inside of "Railways".
  @Test func aShortWordMatchesOnlyWholeWords() throws {
    let found = try hits("AI")
    #expect(["aist-iith-ai-moc-2018", "ai-cooperation-initiative"].contains(found.first?["id"] as? String))
    for hit in found {
      let snippet = try #require(hit["snippet"] as? String)
      #expect(SearchQuery.ranges(of: ["ai"], in: snippet).count > 0, "\(hit["id"] ?? "?") matched no word AI")
    }
  }

  @Test(arguments: [
    ("defence", "defense"), ("programme", "program"), ("organisation", "organization"), ("labour", "labor"),
    ("modernise", "modernize"), ("centre", "center"),
  ])
  func britishAndAmericanSpellingsFindTheSameDocuments(british: String, american: String) throws {
    #expect(agreementIDs(searching: british) == agreementIDs(searching: american))
    #expect(try hits(british).count == (try hits(american).count))
  }

  @Test func defenceFindsTheLogisticsAgreement() {
    #expect(agreementIDs(searching: "defence").contains("acsa-2020"))
    #expect(agreementIDs(searching: "defense").contains("acsa-2020"))
  }

  /// "2+2" is a phrase: its numbers together, not every document with a 2 in it.
  @Test func numbersJoinedByPunctuationStandTogether() {
    #expect(agreementIDs(searching: "2+2").count < 5)
    #expect(agreementIDs(searching: "2+2").count < agreementIDs(searching: "2").count)
  }

  @Test func aWordStartFindsLongerWords() {
    #expect(agreementIDs(searching: "hydro").contains("clean-hydrogen-ammonia-declaration"))
  }

  @Test func kanaAndDevanagariFindTheirRegions() throws {
    #expect(try hits("ひろしま").contains { $0["id"] as? String == "JP-34" })
    #expect(try hits("ヒロシマ").contains { $0["id"] as? String == "JP-34" })
    #expect(try hits("झारखंड").contains { $0["id"] as? String == "IN-JH" })
  }

  /// Empty and symbol-only queries are the same usage error in both places.
  @Test(arguments: ["", "  ", "+", "…", "—"])
  func aQueryWithNoWordIsTheSameErrorEverywhere(query: String) {
    let search = accords("search", query)
    let filter = accords("agreements", "--search", query)
    #expect(search.exitCode == .usage)
    #expect(filter.exitCode == .usage)
    #expect(search.stderr.contains("needs at least one word or number to search for"))
    #expect(filter.stderr.contains("needs at least one word or number to search for"))
  }

  @Test func aSearchThatFindsNothingSaysWhatItCompared() {
    let output = accords("search", "defence", "zebra").stdout
    #expect(output.contains("No record holds every word of: defence (compared as “defense”), zebra."))
  }

  /// An acronym finds what a record spells it out as.
  @Test func anAcronymFindsItsWords() throws {
    #expect(try hits("METI").contains { $0["id"] as? String == "digital-partnership-moc-2018" })
  }
}

extension WordSearchTests {
  @Test func aFilterThatFindsNothingSaysWhatItCompared() {
    #expect(accords("agreements", "--search", "zebra").stdout.hasSuffix("No document holds every word of: zebra.\n"))
    #expect(
      accords("agreements", "--search", "defence", "--visit", "2025").stdout.hasSuffix(
        "No document holds every word of: defence (compared as “defense”) and meets the other filters.\n"))
  }
}

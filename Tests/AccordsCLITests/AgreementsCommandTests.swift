import AccordsCLI
import Testing

@Suite struct AgreementsCommandTests {
  @Test func listsTheFourMoCsOf2025() {
    let result = accords("agreements", "--type", "moc", "--visit", "2025", "--format", "plain")
    #expect(result.exitCode == .success)
    #expect(result.stderr.isEmpty)
    #expect(
      result.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] } == [
        "joint-crediting-mechanism-moc", "mineral-resources-moc", "cultural-exchange-moc",
        "environment-cooperation-moc",
      ])
  }

  @Test(arguments: ["moc", "MoC", "MOC", "memorandum-of-cooperation", "Memorandum of Cooperation", "mocs"])
  func acceptsTheCommonSpellingsOfAType(spelling: String) {
    let result = accords("agreements", "--type", spelling, "--visit", "2025", "--format", "plain")
    #expect(result.stdout.split(separator: "\n").count == 4)
  }

  @Test func writesJSONWithIdsTypesAndExpandedSources() throws {
    let result = accords("agreements", "--type", "mou", "--visit", "2025", "--json")
    let items = try #require(try json(result.stdout) as? [[String: Any]])
    #expect(items.count == 3)
    for item in items {
      #expect(item["id"] is String)
      #expect(item["type"] as? String == "mou")
      let sources = try #require(item["sources"] as? [[String: Any]])
      #expect(!sources.isEmpty)
      #expect(sources.allSatisfy { $0["publisher"] is String && $0["kind"] is String })
    }
  }

  @Test func putsIdFirstInEveryJSONObject() {
    let output = accords("agreements", "--json").stdout
    #expect(output.hasPrefix("[\n  {\n    \"id\": \"joint-vision-next-decade\","))
  }

  @Test func filtersByAreaNumberOrName() {
    let byNumeral = accords("agreements", "--area", "IV", "--format", "plain").stdout
    // Areas are the 2025 Joint Vision's, so only 2025 documents serve them.
    let byNumber = accords("agreements", "--area", "4", "--format", "plain").stdout
    let byName = accords("agreements", "--area", "Next Generation Ecological Legacies", "--format", "plain").stdout
    #expect(byNumeral == byNumber && byNumber == byName)
    #expect(byNumeral.split(separator: "\n").count == 5)
  }

  @Test func anEmptyResultIsASuccess() {
    let result = accords("agreements", "--search", "Atlantis", "--json")
    #expect(result.exitCode == .success)
    #expect(result.stdout == "[]\n")
  }

  /// A party is a record: one that is not in the catalog is named as missing, as `show` does.
  @Test func anUnknownPartyIsNotFound() {
    let result = accords("agreements", "--party", "Atlantis")
    #expect(result.exitCode == .notFound)
    #expect(result.stderr.hasPrefix("Error: No party is named 'Atlantis'."))
    #expect(result.stderr.contains("accords parties"))
  }

  @Test func tableShowsHowManyOfHowMany() {
    let result = accords(
      "agreements", "--type", "mou", "--visit", "2025", environment: terminal(width: 200, variables: ["NO_COLOR": "1"]))
    #expect(result.stdout.hasSuffix("3 of 163 agreements\n"))
    #expect(result.stdout.hasPrefix("ID"))
  }

  @Test func tableOmitsTheCountLineInAPipe() {
    #expect(!accords("agreements").stdout.contains("agreements\n"))
  }
}

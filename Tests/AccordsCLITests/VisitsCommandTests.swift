import AccordsCLI
import Testing

/// The summits as users meet them: `visits`, `show` of a visit by any of its names, `--visit`
/// on the listings, `stats --by visit`, and the relations between documents in `show`.
@Suite struct VisitsCommandTests {
  @Test func listsTheSevenSummitsFrom2014WithTheirCoverage() throws {
    let visits = try #require(try json(accords("visits", "--json").stdout) as? [[String: Any]])
    let ids = visits.compactMap { $0["id"] as? String }
    for year in [2014, 2015, 2016, 2017, 2018, 2022, 2025] {
      #expect(ids.contains("india-japan-summit-\(year)"))
    }
    #expect(ids.first == "india-japan-summit-2025", "newest first")
    let summit2018 = try #require(visits.first { $0["id"] as? String == "india-japan-summit-2018" })
    #expect(
      summit2018["coverage"] as? String == "recorded 13 of 32 documents announced (other sources say 6 agreements)")
    let counts = try #require(summit2018["announced"] as? [[String: Any]])
    #expect(counts.map { $0["count"] as? Int } == [32, 6])
    #expect(counts.map { $0["counts"] as? String } == ["documents", "agreements"])
  }

  @Test func theTableShowsRecordedOfAnnouncedAndATimelineOnATerminal() {
    let table = accords("visits", environment: terminal(width: 200, variables: ["NO_COLOR": "1"])).stdout
    #expect(table.contains("  10    8           16 agreements or 4 agreements"))
    #expect(table.contains("* derived: no source states the number."))
    #expect(table.contains("13th, Oct 2018  "))
    #expect(table.contains("░"))
    #expect(!accords("visits").stdout.contains("█"), "no bars into a pipe")
  }

  @Test func drawsAMermaidTimelineOldestFirst() throws {
    let lines = accords("visits", "--format", "mermaid").stdout.split(separator: "\n")
    #expect(lines.first == "timeline")
    let periods = lines.dropFirst(2).map { String($0.split(separator: " : ")[0].drop { $0 == " " }) }
    #expect(periods == periods.sorted())
    #expect(
      lines.contains { $0.contains("2016-11-10 : 11th annual summit (Tokyo, Kobe) : recorded 9 of 10 agreements") })
  }

  /// A summit answers to its id, its year, its number in any common spelling, and a place
  /// only it went to; a place several went to is ambiguous.
  @Test(arguments: [
    ["india-japan-summit-2018"], ["2018"], ["13"], ["13th"], ["13th", "summit"], ["13th annual summit"],
  ])
  func showFindsASummitByAnyOfItsNames(arguments: [String]) {
    let result = Accords.run(arguments: ["show"] + arguments)
    #expect(result.exitCode == .success)
    #expect(result.stdout.hasPrefix("13th India–Japan Annual Summit\n  id:           india-japan-summit-2018\n"))
  }

  @Test func showOfASummitStatesItsCoverageAndPartnerships() {
    let text = accords("show", "Kobe").stdout
    #expect(text.contains("documents:    recorded 9 of 10 agreements announced; also 2 leaders'"))
    #expect(text.contains("partnerships: gujarat-hyogo"))
    #expect(text.contains("nuclear-cooperation-agreement-2016"))
  }

  @Test func agreementsOfTheVisit2016IncludeTheCivilNuclearAgreement() {
    let rows = accords("agreements", "--visit", "2016", "--format", "plain").stdout.split(separator: "\n")
      .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    #expect(rows.contains { $0[0] == "nuclear-cooperation-agreement-2016" && $0[2] == "2016-11-11" })
    #expect(rows.allSatisfy { $0[4] == "11th, Nov 2016" })
  }

  @Test func agreementsAreNewestFirstAcrossTheWholeCatalog() {
    let dates = accords("agreements", "--format", "plain").stdout.split(separator: "\n")
      .map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[2]) }.filter { !$0.isEmpty }
    #expect(dates.first?.hasPrefix("2025") == true)
    #expect(dates.map { $0.prefix(4) } == dates.map { $0.prefix(4) }.sorted(by: >))
  }

  @Test func sinceAndUntilKeepTheDatesBetween() {
    let rows = accords("agreements", "--since", "2015-12", "--until", "2016-11-11", "--format", "plain").stdout
      .split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    #expect(!rows.isEmpty)
    #expect(rows.allSatisfy { $0[2] >= "2015-12" && $0[2] <= "2016-11-11" })
    #expect(rows.contains { $0[0] == "nuclear-cooperation-agreement-2016" })
    #expect(!rows.contains { $0[0] == "gujarat-hyogo-mou-2016" }, "12 Nov 2016 is after --until")
  }

  @Test func showNamesTheRelationBothWays() {
    let update = accords("show", "security-cooperation-declaration").stdout
    #expect(update.contains("updates:      Joint Declaration on Security Cooperation between Japan and"))
    let original = accords("show", "jdsc-2008").stdout
    #expect(
      original.contains(
        "updated by:     Joint Declaration on Security Cooperation\n                  (security-cooperation-declaration)"
      ))
  }

  @Test func jsonCarriesTheRelationBothWays() throws {
    let update = try #require(
      try json(accords("show", "security-cooperation-declaration", "--json").stdout) as? [String: Any])
    let relations = try #require(update["relations"] as? [[String: Any]])
    #expect(relations.first?["kind"] as? String == "updates")
    #expect(relations.first?["target"] as? String == "jdsc-2008")
    let original = try #require(try json(accords("show", "jdsc-2008", "--json").stdout) as? [String: Any])
    let inverse = try #require(original["relatedFrom"] as? [[String: Any]])
    #expect(
      inverse.contains {
        $0["kind"] as? String == "updates" && $0["from"] as? String == "security-cooperation-declaration"
      })
  }

  @Test func anAmbiguousTitleListsBothDocuments() {
    let result = accords("show", "Joint Declaration on Security Cooperation")
    #expect(result.exitCode == .notFound)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("security-cooperation-declaration") && result.stderr.contains("jdsc-2008"))
  }

  @Test func statsByVisitComparesTheSummits() throws {
    let text = accords("stats", "--by", "visit", environment: terminal(width: 100, variables: ["NO_COLOR": "1"])).stdout
    #expect(text.contains("Recorded by visit, of the largest count announced"))
    #expect(text.contains("13th, Oct 2018 (of 32 documents)"))
    #expect(text.contains("11th India–Japan Annual Summit — recorded 9 of 10 agreements announced"))
    let entries = try #require(try json(accords("stats", "--by", "visit", "--json").stdout) as? [[String: Any]])
    let summit2016 = try #require(entries.first { $0["id"] as? String == "india-japan-summit-2016" })
    #expect(summit2016["documents"] as? Int == 11)
    #expect(summit2016["recorded"] as? Int == 9)
    #expect((summit2016["byType"] as? [String: Int])?["agreement"] == 1)
  }

  @Test func statsOfOneVisitCountsItsDocumentsOnly() throws {
    let stats = try #require(try json(accords("stats", "--visit", "13th summit", "--json").stdout) as? [String: Any])
    #expect((stats["agreements"] as? [String: Any])?["total"] as? Int == 13)
  }

  @Test func anUnknownVisitSaysWhereToLook() {
    let result = accords("agreements", "--visit", "2030")
    #expect(result.exitCode == .notFound)
    #expect(result.stderr == "Error: No visit is named '2030'. List the visits with 'accords visits'.\n")
  }
}

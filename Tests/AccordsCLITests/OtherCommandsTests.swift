import AccordsCLI
import AccordsCore
import AccordsData
import Foundation
import Testing

@Suite struct OtherCommandsTests {
  @Test func statsJSONHasTheDocumentedKeys() throws {
    let stats = try #require(try json(accords("stats", "--visit", "2025", "--json").stdout) as? [String: Any])
    let agreements = try #require(stats["agreements"] as? [String: Any])
    #expect(agreements["total"] as? Int == 13)
    let byType = try #require(agreements["byType"] as? [String: Int])
    #expect(byType["mou"] == 3 && byType["moc"] == 4)
    let partnerships = try #require(stats["partnerships"] as? [String: Any])
    #expect(partnerships["total"] as? Int == 13)
    #expect(
      partnerships["byStatus"] as? [String: Int] == [
        "in-force": 1, "term-ended": 1, "no-term-stated": 11, "not-yet-signed": 0,
      ])
    #expect((partnerships["byState"] as? [String: Int])?["Tamil Nadu"] == 5)
    #expect((agreements["byTiming"] as? [String: Int])?["signed-earlier"] == 3)
  }

  @Test func statsTablePrintsTheHeadlines() throws {
    let text = accords("stats").stdout
    #expect(text.contains("Agreements: \(try Catalog.bundled().agreements.count)\n"))
    #expect(text.contains("15th, Aug 2025: recorded 13 of 13 documents announced"))
    #expect(text.contains("Memorandum of Cooperation (MoC)"))
    #expect(text.contains("JPY 10 trillion"))
    #expect(text.contains("Partnerships: 13"))
  }

  @Test func statsDrawsBarsOnlyOnATerminal() {
    #expect(accords("stats", environment: terminal()).stdout.contains("█"))
    #expect(!accords("stats").stdout.contains("█"))
  }

  @Test func showPrintsAnAgreementWithItsSourcesAndQuotes() {
    let text = accords("show", "lupex-implementing-arrangement").stdout
    #expect(text.contains("Sibi George"))
    #expect(
      text.contains(
        "[1] ABP Live (ANI copy) (wire)\n    https://news.abplive.com/science/pm-modi-welcomes-isro-jaxa-collaboration-for-chandrayaan-5-lunar-mission-1797343\n"
      ))
    #expect(text.contains("Conflict:"))
  }

  @Test func showFindsOtherKindsOfRecord() {
    #expect(accords("show", "gujarat-shizuoka").stdout.hasPrefix("Gujarat – Shizuoka"))
    #expect(accords("show", "private-investment-target").stdout.contains("JPY 10 trillion"))
    #expect(accords("show", "health").stdout.hasPrefix("VI. Investing in Next Gen Health"))
  }

  @Test func showSuggestsNearIds() {
    let result = accords("show", "lupex-implementing-arrangment")
    #expect(result.exitCode == .notFound)
    #expect(
      result.stderr.hasPrefix(
        "Error: No record has the id or name 'lupex-implementing-arrangment'. Did you mean 'lupex-implementing-arrangement'"
      ))
  }

  @Test func areasListsTheEightAreas() {
    let rows = accords("areas", "--format", "plain").stdout.split(separator: "\n")
    #expect(rows.count == 8)
    #expect(rows.first?.hasPrefix("I\teconomic-partnership\tNext Generation Economic Partnership") == true)
  }

  @Test func partnershipsListsTheThirteenPairsOldestFirst() {
    let rows = accords("partnerships", "--format", "plain").stdout.split(separator: "\n")
    #expect(rows.count == 13)
    #expect(rows.first?.hasPrefix("delhi-fukuoka\tDelhi\tFukuoka") == true)
    #expect(
      rows.first?.split(separator: "\t", omittingEmptySubsequences: false).dropLast().last == "term ended 31 Mar 2026")
  }

  @Test func partnershipsFilterByStatusAndRenewalDue() {
    let ended = accords("partnerships", "--status", "term-ended", "--format", "plain").stdout
    #expect(ended.split(separator: "\n").map { $0.split(separator: "\t")[0] } == ["delhi-fukuoka"])
    // A term that ended with no renewal on record is due too: the one thing an officer must hear.
    let due = accords("partnerships", "--renewal-due", "24", "--format", "plain").stdout
    #expect(
      due.split(separator: "\n").map { $0.split(separator: "\t")[0] } == ["delhi-fukuoka", "maharashtra-wakayama"])
    let year = accords("partnerships", "--renewal-due", "12").stdout
    #expect(year.hasPrefix("ID "))
    #expect(year.contains("delhi-fukuoka") && year.contains("term ended 31 Mar 2026"))
    #expect(year.contains("Term ended with no renewal on record: delhi-fukuoka."))
    #expect(!year.contains("maharashtra-wakayama"))
    #expect(
      accords("partnerships", "--status", "in force", "--format", "plain").stdout.hasPrefix("maharashtra-wakayama"))
  }

  @Test func partnershipFiltersRefuseWhatTheyCannotRead() {
    let months = accords("partnerships", "--renewal-due", "soon")
    #expect(months.exitCode == .usage)
    #expect(
      months.stderr.hasPrefix(
        "Error: The value 'soon' is invalid for '--renewal-due <months>'. Please provide a whole number from 0 to 1200."
      ))
    // A negative number is a value out of range, not a missing value.
    let negative = accords("partnerships", "--renewal-due", "-1")
    #expect(negative.exitCode == .usage)
    #expect(
      negative.stderr.hasPrefix(
        "Error: The value '-1' is invalid for '--renewal-due <months>'. Please provide a whole number from 0 to 1200."))
    let status = accords("partnerships", "--status", "expired")
    #expect(status.exitCode == .usage)
    #expect(status.stderr.contains("'in-force', 'term-ended', 'no-term-stated' or 'not-yet-signed'"))
  }

  @Test func regionsListsAllEightyThree() throws {
    let items = try #require(try json(accords("regions", "--json").stdout) as? [[String: Any]])
    #expect(items.count == 83)
    #expect(accords("regions", "--country", "japan", "--format", "plain").stdout.split(separator: "\n").count == 47)
    #expect(accords("regions", "--with-partners", "--format", "plain").stdout.split(separator: "\n").count == 20)
  }

  @Test func initiativesAndFiguresAndSourcesListEveryRecord() throws {
    let catalog = try Catalog.bundled()
    #expect(
      accords("initiatives", "--format", "plain").stdout.split(separator: "\n").count == catalog.initiatives.count)
    #expect(accords("figures", "--format", "plain").stdout.split(separator: "\n").count == catalog.figures.count)
    #expect(accords("sources", "--format", "plain").stdout.split(separator: "\n").count == catalog.sources.count)
  }

  /// The 2025 summit's numbers, as the research notes pin them.
  @Test func initiativesAndFiguresOf2025() {
    #expect(accords("initiatives", "--visit", "2025", "--format", "plain").stdout.split(separator: "\n").count == 9)
    #expect(accords("figures", "--visit", "2025", "--format", "plain").stdout.split(separator: "\n").count == 12)
  }

  @Test func helpAndVersionGoToStandardOutput() {
    for arguments in [["--help"], ["help"], ["help", "partners"], ["partners", "--help"], ["agreements", "-h"], []] {
      let result = Accords.run(arguments: arguments)
      #expect(result.exitCode == .success)
      #expect(result.stderr.isEmpty)
      #expect(result.stdout.hasPrefix("OVERVIEW: "))
      #expect(result.stdout.contains("USAGE: accords"))
    }
    let version = accords("--version")
    #expect(
      version.stdout.hasPrefix("accords \(Accords.version)\ndata \((try? Catalog.bundled())?.dataset.version ?? "?")"))
  }

  @Test func versionWithUnreadableDataSaysSoAndFails() {
    let missing = accords("--data", "/nonexistent/mine.json", "--version")
    #expect(missing.exitCode == .noInput)
    #expect(missing.stdout == "accords \(Accords.version)\n")
    #expect(missing.stderr == "Error: Cannot read the catalog file '/nonexistent/mine.json': no such file.\n")
    let broken = HostileInputTests.folder.appendingPathComponent("truncated-object.json").path
    #expect(accords("--version", "--data", broken).exitCode == .dataError)
  }

  @Test func rootHelpNamesEveryCommand() {
    let help = accords("--help").stdout
    for command in CommandTable.names {
      #expect(help.contains("\n  \(command)"), "help lacks \(command)")
    }
  }
}

import AccordsCLI
import Testing

/// "Which India–Japan treaties are in force today, and since when?" — answered through the
/// commands, with the status worked out from each instrument's life.
@Suite struct RegisterCommandTests {
  private func rows(_ arguments: String...) -> [[String]] {
    parseCSV(Accords.run(arguments: arguments + ["--format", "csv"]).stdout)
  }

  @Test func inForceListsTheTreatiesInForceWithSince() throws {
    // The listing people read: id … title, status, contested.
    let plain = Accords.run(arguments: ["agreements", "--in-force", "--format", "plain"]).stdout
    let statuses = Dictionary(
      plain.split(separator: "\n").map { line in
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return (cells[0], cells[cells.count - 2])
      }, uniquingKeysWith: { first, _ in first })
    #expect(statuses["peace-treaty-1952"] == "in force since 1952-08-27")
    #expect(statuses["dta-1989"] == "in force since 1989-12-29 (amended)")
    #expect(statuses["social-security-agreement-2012"] == "in force since 2016-10-01")
    #expect(statuses["dta-1960"] == nil, "replaced by the 1989 convention")
    // The table for spreadsheets: the status word and the dates apart.
    let table = rows("agreements", "--in-force", "--fields", "id,status,inForce,statusOn")
    #expect(table.contains(["peace-treaty-1952", "in-force", "1952-08-27", "2026-11-29"]))
  }

  @Test func asOfAnEarlierDayGivesThatDaysRegister() {
    let ids = Set(rows("agreements", "--in-force", "--as-of", "1975").dropFirst().map { $0[0] })
    #expect(ids.contains("dta-1960") && ids.contains("peace-treaty-1952"))
    #expect(!ids.contains("dta-1989"))
    let replaced = Set(rows("agreements", "--status", "replaced").dropFirst().map { $0[0] })
    #expect(replaced.contains("dta-1960"))
  }

  @Test func aBadDayIsAUsageError() {
    let result = accords("agreements", "--in-force", "--as-of", "soon")
    #expect(result.exitCode == .usage)
    #expect(result.stderr.contains("--as-of"))
  }

  @Test func showGivesTheLifeAndTheRegisters() {
    let text = accords("show", "dta-1960").stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(text.contains("signed at: New Delhi"))
    #expect(text.contains("approved by parliament: 20 Apr 1960"))
    #expect(text.contains("status: replaced by dta-1989"))
    #expect(text.contains("Japanese treaty number: 昭和35年条約第五号"))
    #expect(text.contains("MOFA treaty collection: A-S38(1)-102"))
  }

  /// Held-out instruments are found by title and by date.
  @Test func landmarkInstrumentsAreFoundByTitleAndDate() throws {
    let hits = try #require(try json(accords("search", "Treaty of Peace", "--json").stdout) as? [[String: Any]])
    #expect(hits.first?["id"] as? String == "peace-treaty-1952")
    let in1960 = Set(rows("agreements", "--since", "1960", "--until", "1960").dropFirst().map { $0[0] })
    #expect(in1960.contains("dta-1960"))
    let social = try #require(try json(accords("search", "social security", "--json").stdout) as? [[String: Any]])
    #expect(social.first?["id"] as? String == "social-security-agreement-2012")
  }

  @Test func statsCountByStatusDecadeAndKind() {
    let stats = rows("stats")
    #expect(stats.contains { $0[0] == "agreements by status" && $0[1] == "in-force" && Int($0[2]) ?? 0 >= 15 })
    #expect(stats.contains { $0[0] == "agreements by decade" && $0[1] == "1950s" && Int($0[2]) ?? 0 >= 5 })
    #expect(stats.contains { $0[0] == "exchanges-of-notes by decade" && $0[1] == "2010s" })
  }
}

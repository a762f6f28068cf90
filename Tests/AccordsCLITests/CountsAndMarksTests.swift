import AccordsCLI
import AccordsCore
import AccordsData
import Testing

/// The same visit has the same count in every format; contested records are marked where they
/// are listed; parties are counted one row per body.
@Suite struct CountsAndMarksTests {
  static let catalog: Catalog? = try? Catalog.bundled()

  @Test(arguments: (catalog?.visits ?? []).map(\.id))
  func everyFormatCountsAVisitsDocumentsAlike(id: Visit.ID) throws {
    let catalog = try #require(Self.catalog)
    let listed = parseCSV(accords("agreements", "--visit", id.rawValue, "--format", "csv").stdout).count - 1
    let visits = try #require(try json(accords("visits", "--json").stdout) as? [[String: Any]])
    let visit = try #require(visits.first { $0["id"] as? String == id.rawValue })
    #expect(visit["recorded"] as? Int == listed)
    let table = parseCSV(accords("visits", "--format", "csv").stdout)
    let docs = try #require(table[0].firstIndex(of: "documents"))
    #expect(table.first { $0.contains(id.rawValue) }?[docs] == String(listed))
    let stats = parseCSV(accords("stats", "--format", "csv").stdout)
    #expect(stats.contains(["visits", id.rawValue, String(listed)]))
    let sqlRows = CatalogSQL.tables(catalog).first { $0.name == "agreements" }?.rows
      .filter { $0.contains(.text(id.rawValue)) }.count
    #expect(sqlRows == listed)
  }

  @Test func visitsShowDocumentsAgreementsAndAnnouncedApart() throws {
    let table = accords("visits").stdout
    #expect(table.contains("DOCS  AGREEMENTS  ANNOUNCED"))
    // For spreadsheets: numbers alone, what each announced count counts in a column of its own.
    let fields = ["id", "ordinal", "documents", "agreements", "announced", "announcedCounts"]
    let rows = parseCSV(accords("visits", "--format", "csv", "--fields", fields.joined(separator: ",")).stdout)
    #expect(rows[0] == fields)
    #expect(rows.contains(["india-japan-summit-2014", "9", "8", "6", "5", "agreements"]))
    #expect(rows.contains(["india-japan-summit-2022", "14", "7", "6", "6 | 3", "agreements | agreements"]))
  }

  @Test func contestedRecordsAreMarkedInListsAndJSON() throws {
    let rows = parseCSV(accords("agreements", "--visit", "2025", "--format", "csv").stdout)
    let contested = try #require(rows[0].firstIndex(of: "contested"))
    #expect(rows.first { $0[0] == "joint-crediting-mechanism-moc" }?[contested].contains("conflict") == true)
    let figures = parseCSV(accords("figures", "--format", "csv").stdout)
    let mark = try #require(figures[0].firstIndex(of: "contested"))
    #expect(figures.first { $0[0] == "mous-two-years-seed" }?[mark] == "unconfirmed")
    #expect(accords("figures").stdout.contains("'accords show <id>' gives the notes."))
    let jcm = try #require(
      try json(accords("show", "joint-crediting-mechanism-moc", "--json").stdout) as? [String: Any])
    #expect((jcm["contested"] as? [String])?.contains("conflict") == true)
  }

  @Test func statsCountEachPartyOnceAndNoLeaderAsAParty() throws {
    let rows = parseCSV(accords("stats", "--format", "csv").stdout).filter { $0[0] == "agreements by party" }
    let labels = rows.map { $0[1] }
    #expect(labels.count == Set(labels).count)
    #expect(labels.filter { $0.hasPrefix("Government of") && $0.contains("India") } == ["Government of India"])
    #expect(!labels.contains { $0.contains("Prime Minister") })
    let rolledUp = parseCSV(accords("stats", "--format", "csv").stdout).filter { $0[0] == "agreements by top body" }
    #expect(!rolledUp.contains { $0[1].contains("METI") })
  }

  @Test func aCatalogWithOneUnvisitedAgreementIsNotOnTheDay() throws {
    let stats = try #require(try json(accords("stats", "--json").stdout) as? [String: Any])
    let byTiming = try #require((stats["agreements"] as? [String: Any])?["byTiming"] as? [String: Int])
    #expect(Set(byTiming.keys) == Set(SigningTiming.allCases.map(\.rawValue)))
    #expect(byTiming["no-visit"] ?? 0 >= 2)
    #expect(byTiming["signed-after"] ?? 0 >= 2)
  }

  @Test func aDocumentsChainIsDrawnBothWays() {
    let mermaid = accords("show", "jdsc-2008", "--format", "mermaid").stdout
    for id in [
      "security_cooperation_declaration", "action_plan_security_2009", "defence_equipment_technology_agreement_2015",
    ] {
      #expect(mermaid.contains("n_\(id)"))
    }
    let dot = accords("show", "lupex-implementing-arrangement", "--format", "dot").stdout
    #expect(dot.contains("jaxa-isro-lunar-polar-ia-2017"))
    #expect(dot.contains("isro-jaxa-arrangement-2005"), "the walk goes on through the 2016 memorandum")
    #expect(accords("show", "Gujarat", "--format", "dot").exitCode == .usage)
  }
}

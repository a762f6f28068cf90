import AccordsCLI
import AccordsCore
import AccordsData
import CatalogGenerator
import Foundation
import Testing

/// `export --format sql` loads into real engines and answers as the commands do.
@Suite struct SQLExportTests {
  static let catalog: Catalog? = try? Catalog.bundled()

  // One test per engine, so that each is skipped with its reason where it is missing (and
  // required in CI): Swift Testing skips whole tests, not single arguments.
  @Test(.requires(.python3)) func sqliteThroughPython() throws { try checkEngine(.sqlitePython) }
  @Test(.requires(.sqlite3)) func sqliteShell() throws { try checkEngine(.sqliteShell) }
  @Test(.requires(.duckdb)) func duckdb() throws { try checkEngine(.duckdb) }
  @Test(.requires(.postgres)) func postgres() throws { try checkEngine(.postgres) }
  @Test(.requires(.postgres)) func postgresWithoutStandardStrings() throws {
    try checkEngine(.postgresWithoutStandardStrings)
  }

  private func checkEngine(_ engine: SQLEngine) throws {
    try engine.tool.require()
    try loadsAndAnswersAsTheCommandsDo(engine: engine)
    try hostileTextRoundTripsUnchanged(engine: engine)
    try reloadsOverAnEarlierExport(engine: engine)
  }

  /// The export loaded twice in a row, and over another catalog's export (as after a data
  /// update), leaves exactly the new catalog: no errors, no rows left from before.
  private func reloadsOverAnEarlierExport(engine: SQLEngine) throws {
    let catalog = try #require(Self.catalog)
    let script = accords("export", "--format", "sql").stdout
    let earlier = try CatalogSQL.script(try SyntheticCatalog.make(count: 40, seed: 9, hostileText: true))
    let tables = CatalogSQL.tables(catalog)
    let counts = tables.map { "SELECT COUNT(*) FROM \"\($0.name)\"" }
    for scripts in [[script, script], [earlier, script]] {
      let answers = try engine.answers(loading: scripts, queries: counts)
      for (table, answer) in zip(tables, answers) {
        #expect(answer == [[String(table.rows.count)]], "\(engine): rows of \(table.name) after reloading")
      }
    }
  }

  /// The table row counts, agreements by type, a state's partners and the status counts, as
  /// the commands give them.
  private func loadsAndAnswersAsTheCommandsDo(engine: SQLEngine) throws {
    let catalog = try #require(Self.catalog)
    let script = accords("export", "--format", "sql").stdout
    let tables = CatalogSQL.tables(catalog)
    let queries =
      tables.map { "SELECT COUNT(*) FROM \"\($0.name)\"" } + [
        "SELECT \"type\", COUNT(*) FROM \"agreements\" GROUP BY \"type\" ORDER BY \"type\"",
        "SELECT \"partner_code\" FROM \"partners\" WHERE \"region_code\" = 'IN-TN' ORDER BY \"signed_from\", \"partnership_id\"",
        "SELECT \"status\", COUNT(*) FROM \"partnerships\" GROUP BY \"status\" ORDER BY \"status\"",
      ]
    let answers = try engine.answers(loading: script, queries: queries)

    for (table, answer) in zip(tables, answers) {
      #expect(answer == [[String(table.rows.count)]], "\(engine): rows of \(table.name)")
    }
    let byType = answers[tables.count]
    let summary = Summary(of: catalog)
    let expectedByType: [[String]] = summary.agreementsByType.filter { $0.count > 0 }
      .map { [$0.label.rawValue, String($0.count)] }
    #expect(byType == expectedByType.sorted { $0[0] < $1[0] })

    let partners = try #require(try json(accords("partners", "IN-TN", "--json").stdout) as? [[String: Any]])
    let codes = partners.compactMap { ($0["partner"] as? [String: Any])?["code"] as? String }
    #expect(answers[tables.count + 1] == codes.map { [$0] })

    let stats = try #require(try json(accords("stats", "--json").stdout) as? [String: Any])
    let byStatus = try #require((stats["partnerships"] as? [String: Any])?["byStatus"] as? [String: Int])
    #expect(
      answers[tables.count + 2]
        == byStatus.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { [$0.key, String($0.value)] })
  }

  /// Text that tries to break out of a literal — quotes, backslashes, line breaks, escapes —
  /// comes back from every engine exactly as it went in.
  private func hostileTextRoundTripsUnchanged(engine: SQLEngine) throws {
    let catalog = try SyntheticCatalog.make(count: 30, seed: 5, hostileText: true)
    let hostile = try HostileCatalog.load()
    for catalog in [catalog, hostile] {
      let script = try CatalogSQL.script(catalog)
      let answers = try engine.answers(
        loading: script,
        queries: [
          "SELECT \"id\", \"title\", \"summary\" FROM \"agreements\" ORDER BY \"id\"",
          "SELECT \"record_id\", \"seq\", \"text\" FROM \"notes\" WHERE \"record_kind\" = 'agreement' ORDER BY \"record_id\", \"seq\"",
        ])
      let expected = catalog.agreements.sorted { $0.id.rawValue < $1.id.rawValue }.map {
        [$0.id.rawValue, $0.title, $0.summary]
      }
      #expect(answers[0] == expected, "\(engine)")
      let notes = catalog.agreements.sorted { $0.id.rawValue < $1.id.rawValue }.flatMap { agreement in
        agreement.notes.enumerated().map { [agreement.id.rawValue, String($0), $1.text] }
      }
      #expect(answers[1] == notes, "\(engine)")
    }
  }

  /// A NUL (which PostgreSQL cannot store) is refused where the catalog is read, with its line
  /// and column, so `validate` and every export give one verdict.
  @Test(arguments: [["validate"], ["export", "--format", "sql"], ["export", "--format", "csv"], ["agreements"]])
  func aNulCharacterIsRefusedWhereItIsRead(arguments: [String]) throws {
    let json = HostileCatalog.json.replacingOccurrences(of: "Commas, \\\"quotes\\\"", with: "Nul \\u0000 here")
    let result = Accords.run(arguments: arguments) { () throws(CatalogError) in
      try CatalogLoader.load(files: [(name: "nul.json", bytes: Array(json.utf8))])
    }
    #expect(result.exitCode == .dataError)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("nul.json:13:"))
    #expect(result.stderr.contains("a NUL character (\\u0000) is not allowed in catalog text"))
  }

  @Test func theScriptIsOneTransactionWithEveryTable() throws {
    let catalog = try #require(Self.catalog)
    let script = try CatalogSQL.script(catalog)
    #expect(script.contains("\nBEGIN TRANSACTION;\n") && script.hasSuffix("COMMIT;\n"))
    for table in CatalogSQL.tables(catalog) { #expect(script.contains("CREATE TABLE \"\(table.name)\" (")) }
    #expect(script == (try CatalogSQL.script(catalog)))
  }

  @Test func writesToAFileLikeTheOtherFormats() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("accords-\(UUID().uuidString).sql").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(accords("export", "--format", "sql", "--output", path).exitCode == .success)
    #expect(accords("export", "--format", "sql", "--output", path).exitCode == .cannotCreate)
    #expect(accords("export", "--format", "sql", "--output", path, "--force").exitCode == .success)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == accords("export", "--format", "sql").stdout)
  }
}

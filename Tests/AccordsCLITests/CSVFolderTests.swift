import AccordsCLI
import AccordsCore
import AccordsData
import Foundation
import Testing

/// `export --format csv --output <folder>`: the SQL export's tables as CSV files, described by a
/// Frictionless `datapackage.json`.
@Suite(.serialized) struct CSVFolderTests {
  static let catalog: Catalog? = try? Catalog.bundled()

  private func withFolder(_ body: (String) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accords-csv-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try body(folder.path)
  }

  @Test func writesOneFilePerTableAndTheDescriptor() throws {
    let catalog = try #require(Self.catalog)
    try withFolder { folder in
      #expect(accords("export", "--format", "csv", "--output", folder).exitCode == .success)
      let tables = CatalogSQL.tables(catalog)
      let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
      #expect(names == Set(tables.map { $0.name + ".csv" } + ["datapackage.json"]))
      for table in tables {
        let rows = parseCSV(try String(contentsOfFile: folder + "/" + table.name + ".csv", encoding: .utf8))
        #expect(rows.first == table.columns.map(\.name), "\(table.name)")
        #expect(rows.count == table.rows.count + 1, "\(table.name)")
      }
      let visits = parseCSV(try String(contentsOfFile: folder + "/visits.csv", encoding: .utf8))
      #expect(visits[0].prefix(5) == ["id", "title", "ordinal", "ordinal_is_derived", "start"])
      #expect(visits.contains { $0[0] == "india-japan-summit-2025" && $0[4] == "2025-08-29" })
    }
  }

  @Test func refusesWhatItCannotWrite() throws {
    let missing = accords("export", "--format", "csv")
    #expect(missing.exitCode == .usage)
    #expect(
      missing.stderr.hasPrefix(
        "Error: '--format csv' writes a folder, one CSV file per table and a datapackage.json: give '--output <folder>'."
      ))
    try withFolder { folder in
      #expect(accords("export", "--format", "csv", "--output", folder).exitCode == .success)
      let again = accords("export", "--format", "csv", "--output", folder)
      #expect(again.exitCode == .cannotCreate)
      #expect(again.stderr.contains("already exists; give --force to replace the files of an earlier export."))
      #expect(accords("export", "--format", "csv", "--output", folder, "--force").exitCode == .success)
      let file = folder + "/dataset.csv"
      let onAFile = accords("export", "--format", "csv", "--output", file)
      #expect(onAFile.exitCode == .cannotCreate)
      #expect(onAFile.stderr.contains("is a file; CSV export writes a folder of tables."))
    }
  }

  /// The Frictionless tools read the folder as the standard says: every field of its type,
  /// every key unique, every foreign key found.
  @Test(.requires(.frictionless)) func frictionlessFindsTheFolderValid() throws {
    try Tool.frictionless.require()
    try withFolder { folder in
      #expect(accords("export", "--format", "csv", "--output", folder).exitCode == .success)
      let result = try ProcessRunner.run(
        URL(fileURLWithPath: "/usr/bin/env"), ["frictionless", "validate", "--json", "datapackage.json"],
        in: URL(fileURLWithPath: folder))
      let report = try #require(try json(result.stdout) as? [String: Any])
      #expect(report["valid"] as? Bool == true, "\(result.stdout.prefix(2000))")
      let tasks = try #require(report["tasks"] as? [[String: Any]])
      #expect(tasks.count == CatalogSQL.tables(try #require(Self.catalog)).count)
    }
  }
}

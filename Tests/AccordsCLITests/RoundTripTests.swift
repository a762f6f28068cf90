import AccordsCLI
import AccordsCore
import AccordsData
import CatalogGenerator
import Foundation
import Testing

/// Export, load back and export again gives the same bytes, for the bundled catalog and for
/// generated ones full of awkward text; and what Accords exports passes a standard JSON Schema
/// validator.
@Suite(.serialized) struct RoundTripTests {
  private func roundTrip(_ catalog: Catalog) throws -> (String, String) {
    let first = CatalogWriter.json(catalog)
    let reloaded = try CatalogLoader.load(files: [(name: "export.json", bytes: Array(first.utf8))])
    return (first, CatalogWriter.json(reloaded))
  }

  @Test func theBundledCatalogRoundTripsByteForByte() throws {
    let (first, second) = try roundTrip(try Catalog.bundled())
    #expect(first == second)
  }

  @Test(arguments: [(0, UInt64(1)), (1, 2), (7, 3), (60, 4), (400, 5), (400, 6)])
  func generatedCatalogsRoundTripByteForByte(count: Int, seed: UInt64) throws {
    let catalog = try SyntheticCatalog.make(count: count, seed: seed, hostileText: true)
    let (first, second) = try roundTrip(catalog)
    #expect(first == second)
    #expect(catalog.agreements.count == count)
  }

  @Test func theCommandLineRoundTripsThroughAFile() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("accords-\(UUID().uuidString).json").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(accords("export", "--output", path).exitCode == .success)
    let reexported = accords("--data", path, "export")
    #expect(reexported.stdout == (try String(contentsOfFile: path, encoding: .utf8)))
  }

  @Test(.requires(.jsonschema)) func exportsAreValidAgainstThePublishedSchema() throws {
    try Tool.jsonschema.require()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accords-schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try CatalogWriter.json(try Catalog.bundled()).write(
      to: folder.appendingPathComponent("bundled.json"), atomically: true, encoding: .utf8)
    try CatalogWriter.json(try SyntheticCatalog.make(count: 300, seed: 9, hostileText: true))
      .write(to: folder.appendingPathComponent("generated.json"), atomically: true, encoding: .utf8)
    let script = """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1]))
      jsonschema.Draft202012Validator.check_schema(schema)
      for path in sys.argv[2:]:
          jsonschema.Draft202012Validator(schema).validate(json.load(open(path)))
      print("valid")
      """
    try script.write(to: folder.appendingPathComponent("check.py"), atomically: true, encoding: .utf8)
    let result = try ProcessRunner.sh(
      "python3 \(folder.path)/check.py \(CatalogFormatPaths.schema) \(folder.path)/bundled.json \(folder.path)/generated.json"
    )
    #expect(result.stdout == "valid\n", "\(result.stderr)")
  }

  @Test func theBundledFilesHoldTheSameRecordsAsTheSingleFileFormat() throws {
    let exported = try #require(
      try JSONSerialization.jsonObject(with: Data(CatalogWriter.json(try Catalog.bundled()).utf8)) as? [String: Any])
    let dataFolder = URL(fileURLWithPath: CatalogFormatPaths.data)
    var seen: Set<String> = []
    for file in try FileManager.default.contentsOfDirectory(atPath: dataFolder.path) where file.hasSuffix(".json") {
      let part = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: dataFolder.appendingPathComponent(file)))
          as? [String: Any])
      for (section, value) in part {
        #expect(
          NSDictionary(dictionary: [section: value]).isEqual(to: [section: exported[section] as Any]),
          "\(file): \(section)")
        seen.insert(section)
      }
    }
    #expect(seen == Set(exported.keys))
  }
}

/// Paths of the package's own files, found from this source file.
enum CatalogFormatPaths {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let schema = root.appendingPathComponent("Data/schema/catalog.schema.json").path
  static let data = root.appendingPathComponent("Data").path
}

/// The start-up path for data checked at build time answers exactly as the fully checked path.
@Suite struct CheckedPathTests {
  @Test(arguments: [0, 25, 500])
  func loadingWithoutCrossChecksGivesTheSameCatalog(count: Int) throws {
    let bytes = Array(CatalogWriter.json(try SyntheticCatalog.make(count: count, seed: 77, hostileText: true)).utf8)
    let checked = try CatalogLoader.load(files: [(name: "a.json", bytes: bytes)])
    let fast = try CatalogLoader.loadChecked(files: [(name: "a.json", bytes: bytes)])
    #expect(CatalogWriter.json(checked) == CatalogWriter.json(fast))
    let query = AgreementFilter(types: [.memorandumOfUnderstanding])
    #expect(checked.agreements(matching: query).map(\.id) == fast.agreements(matching: query).map(\.id))
  }
}

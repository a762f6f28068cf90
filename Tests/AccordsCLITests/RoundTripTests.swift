import AccordsCLI
import AccordsCore
import AccordsData
import CatalogGenerator
import Foundation
import Testing

@testable import EmbedCatalog

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

/// The bundled catalog is compiled from Swift source that `EmbedCatalog` writes; its string
/// literals must hold any text exactly. (`BundledDataCheckTests` compares the whole bundled
/// catalog with `Data/` loaded and checked.)
@Suite struct BundledSourceTests {
  @Test func stringLiteralsHoldHostileTextExactly() throws {
    let catalog = try SyntheticCatalog.make(count: 200, seed: 77, hostileText: true)
    let texts =
      catalog.agreements.flatMap { [$0.title, $0.summary] + $0.notes.map(\.text) } + [
        "", "\u{0}\u{85}\"\\\r\n\t\u{7F}é日本",
      ]
    for text in texts {
      let literal = SwiftSource.string(text)
      #expect(!literal.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "raw control character")
      #expect(Self.decode(literal) == text)
    }
  }

  @Test func enumerationCasesAreWrittenByTheirSwiftNames() {
    #expect(SwiftSource.enumCase(DocumentType.memorandumOfUnderstanding) == ".memorandumOfUnderstanding")
    #expect(SwiftSource.enumCase(DocumentType.protocol) == ".`protocol`")
  }

  /// Reads a Swift string literal back, as the compiler would.
  static func decode(_ literal: String) -> String? {
    var scalars = Array(literal.unicodeScalars)
    guard scalars.first == "\"", scalars.last == "\"" else { return nil }
    scalars = Array(scalars.dropFirst().dropLast())
    var text = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      guard scalar == "\\" else {
        if scalar == "\"" { return nil }
        text.append(scalar)
        continue
      }
      guard index < scalars.count else { return nil }
      let escape = scalars[index]
      index += 1
      switch escape {
      case "n": text.append("\n")
      case "r": text.append("\r")
      case "t": text.append("\t")
      case "\"", "\\": text.append(escape)
      case "u":
        guard index < scalars.count, scalars[index] == "{", let close = scalars[index...].firstIndex(of: "}") else {
          return nil
        }
        let hex = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
        guard let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) else { return nil }
        text.append(decoded)
        index = close + 1
      default: return nil
      }
    }
    return String(text)
  }
}

import AccordsCLI
import AccordsCore
import CatalogGenerator
import Foundation
import Testing

/// Outputs that must not change when code is moved around: the SQL export of a generated
/// catalog with hostile text, and every message `validate` gives for every fixture, in order.
/// A deliberate change regenerates them: `ACCORDS_UPDATE_GOLDEN=1 swift test --filter
/// GoldenOutputTests`, and the diff shows what changed.
@Suite struct GoldenOutputTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Fixtures/golden")

  private func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let file = Self.folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["ACCORDS_UPDATE_GOLDEN"] == "1" {
      try text.write(to: file, atomically: true, encoding: .utf8)
    }
    let golden = try String(contentsOf: file, encoding: .utf8)
    #expect(
      text == golden, "\(name) changed; see the diff after ACCORDS_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
  }

  @Test func sqlExportOfAGeneratedCatalog() throws {
    let catalog = try SyntheticCatalog.make(count: 12, seed: 19, hostileText: true)
    try expectGolden(try CatalogSQL.script(catalog), "synthetic-12.sql")
  }

  /// Every hostile fixture and loader fuzz seed through `validate`, with both streams and the
  /// exit code, files in name order.
  @Test func validationMessagesOfEveryFixture() throws {
    let root = Self.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let folders = ["Tests/AccordsCLITests/Fixtures/hostile", "Scripts/fuzz-corpus/loader"]
    var report = ""
    for folder in folders {
      let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
        .filter { $0.hasSuffix(".json") }.sorted()
      for name in names {
        let bytes = try Array(Data(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(name)))
        let result = Accords.run(arguments: ["validate"]) { () throws(CatalogError) in
          try CatalogLoader.load(files: [(name: name, bytes: bytes)])
        }
        report += "== \(folder)/\(name): exit \(result.exitCode.rawValue)\n\(result.stdout)\(result.stderr)"
      }
    }
    try expectGolden(report, "validate.txt")
  }
}

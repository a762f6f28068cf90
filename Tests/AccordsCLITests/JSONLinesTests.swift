import AccordsCLI
import AccordsCore
import AccordsData
import Foundation
import Testing

/// `--format jsonl`: one record per line, each with its kind, for every listing and for export.
@Suite struct JSONLinesTests {
  @Test(arguments: CommandTable.offering("jsonl"))
  func everyListingWritesOneRecordPerLine(command: String) throws {
    let lines = accords(command, "--format", "jsonl").stdout.split(separator: "\n")
    #expect(!lines.isEmpty)
    for line in lines {
      let object = try #require(try json(String(line)) as? [String: Any])
      #expect(object["kind"] is String && object["record"] is [String: Any], "\(command): \(line.prefix(80))")
    }
    // A listing whose JSON is a list has one line per element of it.
    if let list = try? json(accords(command, "--format", "json").stdout) as? [Any] {
      #expect(lines.count == list.count, "\(command)")
    }
  }

  @Test func agreementsAreTaggedAsAgreements() throws {
    let first = try #require(
      accords("agreements", "--type", "moc", "--format", "jsonl").stdout.split(separator: "\n").first)
    let object = try #require(try json(String(first)) as? [String: Any])
    #expect(object["kind"] as? String == "agreement")
    #expect((object["record"] as? [String: Any])?["id"] as? String == "joint-crediting-mechanism-moc")
  }

  @Test func exportWritesEveryRecordOfEverySection() throws {
    let catalog = try Catalog.bundled()
    let lines = accords("export", "--format", "jsonl").stdout.split(separator: "\n")
    let kinds = try lines.map { line in try #require((try json(String(line)) as? [String: Any])?["kind"] as? String) }
    #expect(kinds.first == "dataset")
    #expect(kinds.count { $0 == "agreement" } == catalog.agreements.count)
    #expect(kinds.count { $0 == "partnership" } == catalog.partnerships.count)
    #expect(kinds.count { $0 == "region" } == catalog.regions.count)
    #expect(kinds.count { $0 == "source" } == catalog.sources.count)
    #expect(lines.count == 1 + catalog.records.count)
  }
}

import AccordsCLI
import AccordsCore
import CommandLineKit
import Foundation
import Testing

/// Every path a catalog's text reaches is linear in its size: wrapping a long word, locating
/// many problems, suggesting for a long value, searching long text, fitting a long cell into a
/// table. Each is timed at a size and at eight times that size; eight times the input must take
/// under twenty times as long — linear takes eight, n log n about ten, quadratic sixty-four —
/// which leaves room for a machine busy with the other tests. Sizes are chosen so that the
/// larger run takes a fraction of a second here; `Benchmarks/linear` records the curves.
@Suite(.serialized) struct LinearTimeTests {
  /// The fastest of three runs, in seconds: the least disturbed by whatever else runs.
  private func seconds(_ body: () -> Void) -> Double {
    (0..<3).map { _ in
      let start = ContinuousClock.now
      body()
      let elapsed = ContinuousClock.now - start
      return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }.min() ?? 0
  }

  /// Times `body` at `size` and at eight times `size`, and expects linear growth. A 10 ms
  /// allowance keeps timer noise on tiny runs from failing the test.
  private func expectLinear(
    _ name: String, size: Int, sourceLocation: SourceLocation = #_sourceLocation, _ body: (Int) -> Void
  ) {
    body(size)  // warm up: first use of types and tables
    let small = seconds { body(size) }
    let large = seconds { body(size * 8) }
    #expect(
      large < 20 * small + 0.01, "\(name): \(small) s at \(size), \(large) s at \(size * 8)",
      sourceLocation: sourceLocation)
  }

  private func catalog(_ agreementsJSON: String) throws -> Catalog {
    try CatalogLoader.load(files: [(name: "long.json", bytes: Array(Self.catalogJSON(agreementsJSON).utf8))])
  }

  static func catalogJSON(_ agreements: String) -> String {
    """
    {"dataset": {"name": "T", "version": "1", "asOf": "2026", "description": "D"},
     "sources": [{"id": "s1", "publisher": "P", "kind": "media"}],
     "agreements": [\(agreements)]}
    """
  }

  static func agreement(id: String, title: String, summary: String = "S", source: String = "s1") -> String {
    #"{"id": "\#(id)", "title": "\#(title)", "type": "mou", "parties": [], "areas": [], "summary": "\#(summary)", "sources": [{"source": "\#(source)"}]}"#
  }

  /// A chain of amendments, each amending the one before, and one instrument amended by all:
  /// statuses for every instrument stay linear in the number of instruments.
  @Test func statusesOfLongChainsOfAmendments() throws {
    func json(_ size: Int) -> String {
      let life = #""type": "protocol", "date": "2000", "inForce": "2001", "parties": [], "areas": []"#
      func amends(_ target: String) -> String {
        #""relations": [{"kind": "amends", "target": "\#(target)", "sources": [{"source": "s1"}]}], "#
      }
      let tail = #""summary": "S", "sources": [{"source": "s1"}]}"#
      let chain = (0..<size).map { index in
        #"{"id": "a\#(index)", "title": "T", \#(life), \#(index == 0 ? "" : amends("a\(index - 1)"))\#(tail)"#
      }
      let star = (0..<size).map { index in
        #"{"id": "b\#(index)", "title": "T", \#(life), \#(amends("a0"))\#(tail)"#
      }
      return (chain + star).joined(separator: ",")
    }
    let small = try catalog(json(400))
    let large = try catalog(json(3_200))
    expectLinear("statuses", size: 1) { size in
      let catalog = size == 1 ? small : large
      for agreement in catalog.agreements { _ = catalog.status(of: agreement, on: catalog.dataset.asOf) }
    }
  }

  @Test func wrappingALongWord() {
    expectLinear("wrap", size: 12_000) { size in
      _ = TextWrapping.wrap(String(repeating: "a", count: size), width: 40)
    }
    expectLinear("wrap at one column", size: 2_500) { size in
      _ = TextWrapping.wrap(String(repeating: "語", count: size), width: 1)
    }
  }

  @Test func showingARecordWithALongWordOnATerminal() throws {
    let catalogs = try [10_000, 80_000].map { size in
      try catalog(Self.agreement(id: "a", title: "T", summary: String(repeating: "x", count: size)))
    }
    expectLinear("show", size: 1) { size in
      let catalog = catalogs[size == 1 ? 0 : 1]
      _ = Accords.run(arguments: ["show", "a"], environment: terminal(width: 60)) { () throws(CatalogError) in catalog }
    }
  }

  @Test func locatingManyProblems() {
    func broken(_ count: Int) -> [UInt8] {
      let agreements = (0..<count).map { Self.agreement(id: "a\($0)", title: "T", source: "missing") }
      return Array(Self.catalogJSON(agreements.joined(separator: ",\n")).utf8)
    }
    let inputs = [1_000: broken(1_000), 8_000: broken(8_000)]
    expectLinear("locating problems", size: 1_000) { size in
      guard let bytes = inputs[size] else { return }
      #expect(throws: CatalogError.self) { try CatalogLoader.load(files: [(name: "broken.json", bytes: bytes)]) }
    }
  }

  @Test func locatingManyProblemsInOneRecord() {
    func broken(_ count: Int) -> [UInt8] {
      let sources = (0..<count).map { #"{"source": "missing\#($0)"}"# }.joined(separator: ", ")
      let agreement =
        #"{"id": "a", "title": "T", "type": "mou", "parties": [], "areas": [], "summary": "S", "sources": [\#(sources)]}"#
      return Array(Self.catalogJSON(agreement).utf8)
    }
    let inputs = [1_000: broken(1_000), 8_000: broken(8_000)]
    expectLinear("locating problems in one record", size: 1_000) { size in
      guard let bytes = inputs[size] else { return }
      #expect(throws: CatalogError.self) { try CatalogLoader.load(files: [(name: "broken.json", bytes: bytes)]) }
    }
  }

  @Test func suggestingForALongValue() {
    expectLinear("suggestion in a catalog", size: 25_000) { size in
      let json = Self.catalogJSON(Self.agreement(id: "a", title: "T")).replacingOccurrences(
        of: #""type": "mou""#, with: #""type": "\#(String(repeating: "m", count: size))""#)
      #expect(throws: CatalogError.self) {
        try CatalogLoader.load(files: [(name: "long.json", bytes: Array(json.utf8))])
      }
    }
    expectLinear("suggestion on the command line", size: 25_000) { size in
      let result = accords("agreements", "--type", String(repeating: "m", count: size))
      #expect(result.exitCode == .usage)
      #expect(result.stderr.count < 1_000)
    }
    expectLinear("edit distance of long, similar words", size: 25_000) { size in
      let word = String(repeating: "ab", count: size / 2)
      _ = EditDistance.between(word, word + "c", atMost: 4)
      _ = Suggestions.editDistance(word, "c" + word, atMost: 3)
    }
  }

  @Test func searchingLongText() throws {
    let catalogs = try [25_000, 200_000].map { size in
      try catalog(Self.agreement(id: "a", title: "T", summary: String(repeating: "ab ", count: size / 3)))
    }
    expectLinear("search", size: 1) { size in
      _ = catalogs[size == 1 ? 0 : 1].search(String(repeating: "ab ", count: 60) + "c")
    }
  }

  @Test func fittingALongCellIntoATable() throws {
    let catalogs = try [5_000, 40_000].map { size in
      try catalog(Self.agreement(id: "a", title: String(repeating: "t", count: size)))
    }
    expectLinear("table", size: 1) { size in
      let catalog = catalogs[size == 1 ? 0 : 1]
      _ = Accords.run(arguments: ["agreements"], environment: terminal(width: 80)) { () throws(CatalogError) in
        catalog
      }
    }
  }

  /// Queries longer than any person types are refused, in both places a query is taken.
  @Test func aQueryLongerThanAnyPhraseIsAUsageError() {
    let query = String(repeating: "word ", count: 100)
    for arguments in [["search", query], ["agreements", "--search", query], ["agreements", "--party", query]] {
      let result = Accords.run(arguments: arguments)
      #expect(result.exitCode == .usage, "\(arguments[0])")
      #expect(result.stderr.contains("500 characters long; at most 200 are read"))
    }
  }
}

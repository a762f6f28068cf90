import AccordsData
import CatalogGenerator
import CommandLineKit
import Foundation
import Testing

@testable import AccordsCLI
@testable import AccordsCore

/// `agreements` with `--data` reads the file keeping whole only the agreements its filters may
/// show, the others in outline. These tests hold that fast path to the plain one — every
/// agreement kept whole — over every format the command offers, its filters, and catalogs
/// valid and broken: the same output, the same messages, the same exit code.
@Suite struct LeanReadingTests {
  /// Command lines of `agreements`, from the command's own options and formats.
  static func commandLines(for catalog: Catalog?) -> [[String]] {
    var filters: [[String]] = [[], ["--party", "Ministry"], ["--search", "partnership"], ["--since", "2015"]]
    filters += [["--until", "2016-05"], ["--since", "2016", "--type", "moc"], ["--search", "agreement-1"]]
    filters += DocumentType.allCases.map { ["--type", $0.rawValue] }
    if let area = catalog?.areas.first { filters.append(["--area", area.id.rawValue, "--type", "mou"]) }
    if let visit = catalog?.visits.first { filters.append(["--visit", visit.id.rawValue]) }
    filters += [["--type", "no-such-type"], ["--since", "2017", "--until", "2015"]]
    // Statuses read other agreements' lives (a replacement, an amendment), which outlines keep.
    filters += [
      ["--in-force"], ["--status", "unknown", "--as-of", "2010"], ["--status", "replaced", "--type", "mou"],
    ]
    filters += [["--in-force", "--as-of", "2000-06"], ["--as-of", "not-a-date"]]
    filters += [["--fields", "id,parties,signedBy,sourceUrls,status"], ["--type", "mou", "--fields", "summary,id"]]
    // Columns an outline holds alone: no agreement is read whole, unless an option reads more.
    let outline = FieldSet.agreements.names.filter(FieldSet<Agreement>.outlineFields.contains).joined(separator: ",")
    filters += [["--fields", outline], ["--type", "mou", "--fields", "id,title,type,date,signed"]]
    filters += [["--fields", outline, "--search", "partnership"], ["--fields", outline, "--in-force"]]
    let formats = AgreementsCommand.spec.option(named: "format")?.allowedValues ?? []
    #expect(formats.count >= 5)
    return formats.flatMap { format in filters.map { ["agreements"] + $0 + ["--format", format] } }
  }

  /// Every option of `agreements` is tried: one added later must be added to the lines above,
  /// or its filter could look at a field an outline drops without a test seeing it.
  @Test func everyOptionOfTheCommandIsTried() {
    let tried = Set(Self.commandLines(for: try? Catalog.bundled()).joined().filter { $0.hasPrefix("--") })
    for option in AgreementsCommand.spec.options where option.name != "json" {
      #expect(tried.contains("--" + option.name), "--\(option.name) is never tried")
    }
  }

  /// The fields an outline holds are fields of the command, so that each is tried above.
  @Test func everyOutlineFieldIsAFieldOfTheCommand() {
    #expect(FieldSet<Agreement>.outlineFields.isSubset(of: FieldSet.agreements.names))
  }

  /// Runs a command line on a file twice, keeping every agreement whole or only those shown.
  static func expectAlike(_ path: String, _ line: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let arguments = ["--data", path] + line
    let lean = Accords.run(arguments: arguments)
    let whole = Accords.run(
      arguments: arguments,
      loadFile: { (path, _) throws(CatalogError) in
        CatalogIndex.Loaded(catalog: try CatalogLoader.load(path: path, needing: .whole), notice: nil)
      })
    #expect(lean == whole, "\(line)", sourceLocation: sourceLocation)
  }

  /// Writes a catalog to a temporary file; tests that run side by side give different names.
  static func write(_ text: String, name: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accords-lean-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent(name)
    try text.write(to: file, atomically: true, encoding: .utf8)
    return file.path
  }

  @Test(arguments: [(1 as UInt64, false), (5, true), (9, false)])
  func generatedCatalogsListAlike(seed: UInt64, hostileText: Bool) throws {
    let catalog = try SyntheticCatalog.make(count: 120, seed: seed, hostileText: hostileText)
    let path = try Self.write(CatalogWriter.json(catalog), name: "generated-\(seed).json")
    for line in Self.commandLines(for: catalog) { Self.expectAlike(path, line) }
  }

  /// `stats` keeps every agreement in outline with its parties: the same counts in every format
  /// and option it offers.
  @Test(arguments: [(3 as UInt64, false), (6, true)])
  func statsCountAlike(seed: UInt64, hostileText: Bool) throws {
    let catalog = try SyntheticCatalog.make(count: 120, seed: seed, hostileText: hostileText)
    let path = try Self.write(CatalogWriter.json(catalog), name: "stats-\(seed).json")
    let formats = StatsCommand.spec.option(named: "format")?.allowedValues ?? []
    var options: [[String]] = [[]]
    if let visit = catalog.visits.first { options.append(["--visit", visit.id.rawValue]) }
    for option in StatsCommand.spec.options where !["format", "json", "visit"].contains(option.name) {
      options += option.allowedValues.map { ["--\(option.name)", $0] }
    }
    #expect(options.count > 2)
    for format in formats {
      for option in options { Self.expectAlike(path, ["stats"] + option + ["--format", format]) }
    }
  }

  /// Broken agreements are reported alike whether they are kept whole or in outline: each of
  /// these breaks one rule in the first agreement of a generated catalog.
  @Test(arguments: [
    (#""summary": "[^"]*""#, #""summary": " ""#), (#""source": ""#, #""source": "no-such-"#),
    (#""visit": ""#, #""visit": "no-such-"#), (#""areas": \[\s*""#, #""areas": ["no-such-"#),
    (#""target": ""#, #""target": "no-such-"#), (#""id": "agreement-1""#, #""id": "agreement-0""#),
    (#""title": "[^"]*""#, #""title": """#), (#""type": "[^"]*""#, #""type": "memo""#),
    (#""date": "[^"]*""#, #""date": "2025-02-30""#),
  ])
  func brokenAgreementsAreReportedAlike(pattern: String, replacement: String) throws {
    let catalog = try SyntheticCatalog.make(count: 60, seed: 4)
    var text = CatalogWriter.json(catalog)
    let agreements = try #require(text.range(of: "\"agreements\": ["))
    let broken = try #require(
      text.range(of: pattern, options: .regularExpression, range: agreements.upperBound..<text.endIndex))
    text.replaceSubrange(broken, with: replacement)
    let path = try Self.write(text, name: "broken-\(UUID().uuidString).json")
    let result = Accords.run(arguments: ["--data", path, "agreements", "--type", "joint-statement"])
    #expect(result.exitCode == .dataError, "\(result.stderr)")
    for line in [
      ["agreements"], ["agreements", "--type", "joint-statement"], ["agreements", "--since", "9999"], ["stats"],
    ] {
      Self.expectAlike(path, line)
    }
  }

  @Test func everyFixtureAndCorpusFileListsAlike() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let folders = [
      "Tests/AccordsCLITests/Fixtures/hostile", "Scripts/fuzz-corpus/loader", "Scripts/fuzz-corpus/render",
    ]
    var count = 0
    for folder in folders.map(root.appendingPathComponent) {
      for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
        let path = folder.appendingPathComponent(file).path
        for line in [
          ["agreements", "--type", "mou", "--json"], ["agreements", "--since", "2020"], ["stats", "--json"],
        ] {
          Self.expectAlike(path, line)
        }
        count += 1
      }
    }
    #expect(count > 50)
  }

  /// The fast path is taken: agreements a filter rejects are outlines, and a file whose
  /// sources come after its agreements is read whole.
  @Test func rejectedAgreementsAreKeptInOutlineOnlyWhenTheirChecksCouldBeMade() throws {
    let catalog = try SyntheticCatalog.make(count: 60, seed: 2)
    let text = CatalogWriter.json(catalog)
    let filter = AgreementFilter(types: [.memorandumOfUnderstanding])
    let path = try Self.write(text, name: "ordered.json")
    let lean = try CatalogLoader.load(path: path, needing: .listing(filter))
    #expect(lean.agreements.count == catalog.agreements.count)
    #expect(
      lean.agreements.contains { $0.type != .memorandumOfUnderstanding && $0.summary.isEmpty && $0.sources.isEmpty })
    #expect(
      lean.agreements.filter { $0.type == .memorandumOfUnderstanding }
        == catalog.agreements.filter { $0.type == .memorandumOfUnderstanding })

    // The same catalog with the agreements first: their sources are not known when they are read.
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    var object = try #require(parsed)
    let removed = object.removeValue(forKey: "agreements")
    let agreements = try #require(removed)
    let reordered = try JSONSerialization.data(withJSONObject: ["agreements": agreements])
    var merged = try #require(String(data: reordered, encoding: .utf8))
    let rest = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    merged.removeLast()
    merged += "," + String(decoding: rest.dropFirst(), as: UTF8.self)
    let later = try Self.write(merged, name: "agreements-first.json")
    let whole = try CatalogLoader.load(path: later, needing: .listing(filter))
    #expect(Array(whole.agreements) == Array(catalog.agreements))
    Self.expectAlike(later, ["agreements", "--type", "mou", "--json"])
  }
}

/// A catalog file is mapped, and the pages read are handed back every few megabytes; problems
/// found after that still get the line and column the same bytes in memory give.
@Suite struct MappedFileTests {
  /// Where a file cannot be mapped it is read instead; both give the same bytes, for a file
  /// and for an empty one.
  @Test func aFileReadInsteadOfMappedGivesTheSameBytes() throws {
    let text = CatalogWriter.json(try SyntheticCatalog.make(count: 30, seed: 8))
    for content in [text, ""] {
      let path = try LeanReadingTests.write(content, name: "read-or-mapped.json")
      let descriptor = open(path, O_RDONLY)
      defer { close(descriptor) }
      let size = content.utf8.count
      let mapped = try #require(DocumentBytes(descriptor: descriptor, size: size))
      let read = try #require(DocumentBytes(descriptor: descriptor, size: size, mapping: false))
      #expect(Array(mapped.buffer) == Array(content.utf8))
      #expect(Array(read.buffer) == Array(content.utf8))
    }
  }

  @Test func aLargeFileReportsProblemsAsTheSameBytesInMemory() throws {
    let catalog = try SyntheticCatalog.make(count: 14_000, seed: 3)
    var text = CatalogWriter.json(catalog)
    let initiatives = try #require(text.range(of: "\"initiatives\": ["))
    let firstCitation = try #require(text.range(of: "\"source\": \""))
    let lastCitation = try #require(
      text.range(of: "\"source\": \"", options: .backwards, range: text.startIndex..<initiatives.lowerBound))
    text.replaceSubrange(lastCitation, with: "\"source\": \"no-such-")
    text.replaceSubrange(firstCitation, with: "\"source\": \"no-such-")
    #expect(text.utf8.count > 20 * 1_048_576)
    let path = try LeanReadingTests.write(text, name: "large-broken.json")
    let bytes = Array(text.utf8)
    #expect(throws: CatalogError.self) { try CatalogLoader.load(path: path) }
    for needs in [AgreementNeeds.whole, .listing(AgreementFilter(types: [.memorandumOfCooperation])), .outlines] {
      var mapped: CatalogError?
      var inMemory: CatalogError?
      do { _ = try CatalogLoader.load(path: path, needing: needs) } catch { mapped = error }
      do { _ = try CatalogLoader.load(files: [(path, bytes)], needing: needs) } catch { inMemory = error }
      #expect(mapped?.description == inMemory?.description)
      #expect(mapped?.description.contains("no-such-") == true)
    }
  }
}

import AccordsData
import CatalogGenerator
import CommandLineKit
import Foundation
import Testing

@testable import AccordsCLI
@testable import AccordsCore

/// A catalog file's index (`accords index`) answers every question exactly as the JSON does,
/// is used only while it is the image of the file as it is, and when damaged is refused with a
/// message and exit 65, never a crash.
@Suite struct CatalogIndexTests {
  /// A temporary folder of this process's own.
  static let folder: URL = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accords-index-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }()

  /// Writes `catalog` as JSON and its index beside it; returns the JSON's path.
  static func indexed(_ catalog: Catalog, name: String) throws -> String {
    let path = Self.folder.appendingPathComponent(name).path
    try CatalogWriter.json(catalog).write(toFile: path, atomically: false, encoding: .utf8)
    let built = try CatalogIndex.build(catalogAt: path, producer: Accords.version)
    try Data(built.image).write(to: URL(fileURLWithPath: CatalogIndex.path(of: path)))
    return path
  }

  /// Runs `line` over the file from its index, and over the JSON alone: the same output, the
  /// same messages, the same exit code; and the index was read.
  static func expectAlike(_ path: String, _ line: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let arguments = ["--data", path] + line
    var readIndex: Bool?
    let fromIndex = Accords.run(
      arguments: arguments,
      loadFile: { (path, needs) throws(CatalogError) in
        let loaded = try CatalogIndex.load(catalogAt: path, needing: needs, producer: Accords.version)
        readIndex = loaded.readIndex
        return loaded
      })
    let fromJSON = Accords.run(
      arguments: arguments,
      loadFile: { (path, needs) throws(CatalogError) in
        CatalogIndex.Loaded(catalog: try CatalogLoader.load(path: path, needing: needs), notice: nil)
      })
    #expect(fromIndex == fromJSON, "\(line)", sourceLocation: sourceLocation)
    // Commands that need no catalog (help, completions, the manual) read nothing at all.
    #expect(readIndex != false, "\(line) did not read the index", sourceLocation: sourceLocation)
  }

  /// Every command in every format it offers (the render probe's command lines, from the
  /// command table), the filters of `agreements`, over every catalog the render probe walks:
  /// bundled, hostile, attacking its readers, generated, and the fuzz corpus.
  @Test(arguments: RenderProbeTests.samples)
  func everyCommandAnswersAlikeFromTheIndex(sample: RenderProbeTests.Sample) throws {
    let catalog = try sample.load()
    let name = sample.description.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: " ", with: "-")
    let path = try Self.indexed(catalog, name: "\(name).json")
    var lines = RenderProbe.commandLines(for: catalog, valuesPerArgument: 1).filter { $0.first != "index" }
    // The filters of `agreements`, where outlines and whole records mix, in one format each.
    lines += LeanReadingTests.commandLines(for: catalog).filter { $0.suffix(2) == ["--format", "jsonl"] }
    lines += [["stats", "--by", "visit"], ["stats", "--json"], ["search", "agreement"], ["--version"]]
    // `stats` reads the counts kept in the index only for the whole catalog on its as-of day.
    lines += [["stats", "--as-of", "2001-01-01"], ["stats", "--as-of", catalog.dataset.asOf.description]]
    lines += catalog.visits.prefix(2).map { ["stats", "--visit", $0.id.rawValue, "--json"] }
    // A party named by words of its name, found by searching the parties.
    lines += [["agreements", "--party", "ministry", "--format", "jsonl"], ["agreements", "--party", "METI"]]
    for line in lines { Self.expectAlike(path, line) }
  }

  /// The image of `catalog`, read back as a query reads it.
  static func imageCatalog(_ catalog: Catalog) throws -> Catalog {
    let stamp = FileStamp(size: 0, modified: (0, 0), changed: (0, 0), inode: 0, device: 0)
    // Pages of a few hundred bytes, so that lookups cross from page to page.
    let bytes = DocumentBytes(
      copying: CatalogImage.bytes(of: catalog, file: stamp, contentHash: 0, producer: "test", pageSize: 300))
    return try CatalogImage.catalog(
      bytes, try CatalogImage.header(bytes.buffer), failures: ReadFailures { _ in .invalid([]) })
  }

  /// Every name of every record, and the forms people type (suffixes, upper case, `&`, a slip),
  /// resolves from the index's name index exactly as from the names folded in memory, in every
  /// scope: the same record, the same ambiguity in the same order, the same suggestions.
  @Test(arguments: RenderProbeTests.samples)
  func everyNameResolvesAlikeFromTheIndex(sample: RenderProbeTests.Sample) throws {
    let catalog = try sample.load()
    let image = try Self.imageCatalog(catalog)
    let names = catalog.records.flatMap { $0.names.map(\.text) }
    var texts =
      names + names.prefix(40).flatMap { ["\($0) Prefecture", "\($0)-ken", "State of \($0)", $0.uppercased()] }
    // Slips find nothing, and each asks for suggestions, which are made from every name.
    texts += names.prefix(12).map { String($0.dropLast()) + "qx" }
    texts += ["Jammu & Kashmir", "J&K", "", "  ", "愛知県", "no such name"]
    for scope in NameResolver.Scope.allCases {
      let inMemory = NameResolver(catalog: catalog, scope: scope)
      let fromImage = NameResolver(catalog: image, scope: scope)
      for text in texts { #expect(fromImage.resolve(text) == inMemory.resolve(text), "\(scope) \(text)") }
    }
    #expect(image.readFailure == nil)
  }

  /// Searches of words from the catalog's own records, whole, cut to their start, joined,
  /// as acronyms, numbers and Japanese script, answer from the index's word index exactly as
  /// from every record in memory, among every kind or some; and search's shortcuts (fields
  /// left uncut once a better one matched, words not starting as a query word left
  /// unspelled) answer as cutting every word of every field.
  @Test(arguments: RenderProbeTests.samples)
  func everySearchAnswersAlikeFromTheIndex(sample: RenderProbeTests.Sample) throws {
    let catalog = try sample.load()
    let image = try Self.imageCatalog(catalog)
    let words = catalog.records.prefix(60).flatMap { record in
      record.searchFields(in: catalog).prefix(6).flatMap { Words($0.text).words.prefix(3).map(\.key) }
    }
    var queries = words + words.prefix(40).map { String($0.prefix(3)) } + words.prefix(40).map { String($0.prefix(2)) }
    queries += zip(words, words.dropFirst()).prefix(30).map { "\($0) \($1)" }
    queries += ["LUPEX", "METI", "2+2", "6.2", "2025", "月", "ひろしま", "defence", "agreement of", "a", "zzzz"]
    queries += ["oestrogen", "estrogen", "colour", "color", "organise", "organize"]
    for query in Set(queries).sorted() {
      guard let parsed = SearchQuery(query) else { continue }
      #expect(image.search(parsed) == catalog.search(parsed), "\(query)")
      #expect(catalog.search(parsed) == catalog.search(parsed, among: nil, takingShortcuts: false), "\(query)")
      #expect(image.search(parsed, among: [.party, .region]) == catalog.search(parsed, among: [.party, .region]))
    }
    #expect(image.readFailure == nil)
  }

  /// A changed byte in the name or word index, which lie after the records, is refused when a
  /// query first uses that index, though the body's hash and every record match.
  @Test func aChangedNameOrWordIndexIsRefusedWhenUsed() throws {
    let catalog = try SyntheticCatalog.make(count: 25, seed: 5, hostileText: false)
    let stamp = FileStamp(size: 0, modified: (0, 0), changed: (0, 0), inode: 0, device: 0)
    let image = CatalogImage.bytes(of: catalog, file: stamp, contentHash: 0, producer: "test")
    func read(_ bytes: [UInt8]) throws -> Catalog {
      let bytes = DocumentBytes(copying: bytes)
      let catalog = try CatalogImage.catalog(
        bytes, try CatalogImage.header(bytes.buffer), failures: ReadFailures { _ in .invalid([]) })
      _ = Array(catalog.agreements)
      #expect(catalog.readFailure == nil, "the records are intact")
      return catalog
    }
    let title = catalog.agreements[0].title
    // The word index comes last, after the name index.
    var words = image
    words[words.count - 1] ^= 0x01
    let withWords = try read(words)
    _ = NameResolver(catalog: withWords, scope: .everything).resolve(title)
    #expect(withWords.readFailure == nil, "the name index is intact")
    _ = withWords.search("agreement")
    #expect(withWords.readFailure != nil)
    // The name index holds each title in its compact form, which nothing else holds.
    let key = Array(TextFolding.compact(title).utf8)
    let at = try #require(image.indices.last { image[$0...].starts(with: key) })
    var names = image
    names[at] ^= 0x01
    let withNames = try read(names)
    _ = withNames.search("agreement")
    #expect(withNames.readFailure == nil, "the word index is intact")
    _ = NameResolver(catalog: withNames, scope: .everything).resolve(title)
    #expect(withNames.readFailure != nil)
  }

  /// The counts the index keeps for `stats` are those counted over the agreements themselves,
  /// and the acronyms it keeps for search those found in their titles and summaries.
  @Test(arguments: RenderProbeTests.samples)
  func theKeptCountsAndAcronymsAreTheAgreements(sample: RenderProbeTests.Sample) throws {
    let catalog = try sample.load()
    let image = try Self.imageCatalog(catalog)
    let counted = Summary.AgreementTally(catalog.agreements, in: catalog, on: catalog.dataset.asOf) { _ in true }
    #expect(image.storedTally == counted)
    #expect(image.stored?.acronyms.value?.expansions == AcronymIndex(catalog).expansions)
    #expect(catalog.stored == nil, "a catalog in memory counts for itself")
    #expect(image.readFailure == nil)
  }

  /// A larger generated catalog, where outlines and whole records mix, in every format.
  @Test func aGeneratedCatalogAnswersAlikeInEveryFormat() throws {
    let catalog = try SyntheticCatalog.make(count: 150, seed: 11, hostileText: false)
    let path = try Self.indexed(catalog, name: "generated-150.json")
    for line in LeanReadingTests.commandLines(for: catalog) { Self.expectAlike(path, line) }
  }

  @Test func anEditedFileIsReadAsJSONWithANote() throws {
    let path = try Self.indexed(try SyntheticCatalog.make(count: 30, seed: 2, hostileText: false), name: "edited.json")
    // Rewritten with the same bytes: its change time moves, so the index is no longer trusted.
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    try bytes.write(to: URL(fileURLWithPath: path))
    let result = Accords.run(arguments: ["--data", path, "agreements", "--format", "csv"])
    #expect(result.exitCode == .success)
    #expect(
      result.stderr.contains(
        "Note: the index \(path).accords-index was not used: \(path) changed after it was written."))
    #expect(result.stderr.contains("Run 'accords index \(path)' to bring it up to date."))
    let fresh = Accords.run(
      arguments: ["--data", path, "agreements", "--format", "csv"],
      loadFile: { (path, needs) throws(CatalogError) in
        CatalogIndex.Loaded(catalog: try CatalogLoader.load(path: path, needing: needs), notice: nil)
      })
    #expect(result.stdout == fresh.stdout)
  }

  @Test func anIndexOfAnotherVersionIsNotTrusted() throws {
    let path = Self.folder.appendingPathComponent("other-version.json").path
    try CatalogWriter.json(try SyntheticCatalog.make(count: 10, seed: 4, hostileText: false))
      .write(toFile: path, atomically: false, encoding: .utf8)
    let built = try CatalogIndex.build(catalogAt: path, producer: "0.0.1")
    try Data(built.image).write(to: URL(fileURLWithPath: CatalogIndex.path(of: path)))
    let result = Accords.run(arguments: ["--data", path, "stats"])
    #expect(result.exitCode == .success)
    #expect(result.stderr.contains("was not used: it was written by Accords 0.0.1."))
  }

  /// An index in the layout of an earlier Accords is out of date, not damaged: the JSON is read
  /// and the note says to write the index again.
  @Test func anIndexOfAnEarlierLayoutIsNotTrusted() throws {
    let path = try Self.indexed(
      try SyntheticCatalog.make(count: 10, seed: 4, hostileText: false), name: "earlier-layout.json")
    let indexURL = URL(fileURLWithPath: CatalogIndex.path(of: path))
    var image = [UInt8](try Data(contentsOf: indexURL))
    image[8] = 1
    try Data(image).write(to: indexURL)
    let result = Accords.run(arguments: ["--data", path, "stats"])
    #expect(result.exitCode == .success)
    #expect(result.stderr.contains("was not used: it was written by an earlier Accords."))
  }

  /// A damaged index is refused, naming it and saying what to do: cut short, a byte changed in
  /// an agreement's record (found as the command reads it) or in the rest of its body (found
  /// before anything is read), or not an index at all.
  @Test(arguments: ["truncated", "flipped", "body", "foreign"])
  func aDamagedIndexIsRefused(damage: String) throws {
    let path = try Self.indexed(
      try SyntheticCatalog.make(count: 20, seed: 8, hostileText: false), name: "\(damage).json")
    let indexURL = URL(fileURLWithPath: CatalogIndex.path(of: path))
    var image = [UInt8](try Data(contentsOf: indexURL))
    switch damage {
    case "truncated": image.removeLast(image.count / 3)
    case "flipped":
      let records = try image.withUnsafeBufferPointer { try CatalogImage.header($0).rest }
      image[records.lowerBound + 40] ^= 0x20
    case "body":
      let body = try image.withUnsafeBufferPointer { try CatalogImage.header($0).body }
      image[body.lowerBound + body.count / 2] ^= 0x20
    default: image = Array("{\"not\": \"an index\"}".utf8)
    }
    try Data(image).write(to: indexURL)
    let result = Accords.run(arguments: ["--data", path, "agreements"])
    #expect(result.exitCode == .dataError)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("\(path).accords-index"))
    #expect(result.stderr.contains("this index of \(path) is damaged"))
    #expect(result.stderr.contains("Run 'accords index \(path)' to write it again, or delete it to read the JSON."))
  }

  /// The reader itself, past the hashes of the body and its sections, over thousands of damaged
  /// images: each one read whole, or refused (by the reader, or by an agreement's own hash as a
  /// query reads it), never a trap or a read outside the bytes.
  @Test func theReaderSurvivesEveryDamage() throws {
    let catalog = try SyntheticCatalog.make(count: 25, seed: 5, hostileText: true)
    let stamp = FileStamp(size: 0, modified: (0, 0), changed: (0, 0), inode: 0, device: 0)
    let image = CatalogImage.bytes(of: catalog, file: stamp, contentHash: 0, producer: "test")
    let body = try image.withUnsafeBufferPointer { try CatalogImage.header($0).body.lowerBound }
    var generator = SplitMix64(seed: 99)
    var refused = 0
    for round in 0..<3_000 {
      var damaged = image
      switch round % 3 {
      case 0:
        for _ in 0...(generator.next() % 4) {
          let at = body + Int(generator.next() % UInt64(image.count - body))
          damaged[at] = UInt8(truncatingIfNeeded: generator.next())
        }
      case 1: damaged.removeLast(Int(generator.next() % UInt64(image.count - body)) + 1)
      default:
        let at = body + Int(generator.next() % UInt64(image.count - body))
        damaged.insert(UInt8(truncatingIfNeeded: generator.next()), at: at)
      }
      if Self.refusesWhenReadWhole(damaged, checkingSections: false) { refused += 1 }
    }
    #expect(refused > 1_000, "most damage is noticed by the reader alone, before the hash")
  }

  /// An undamaged image reads whole, and a changed byte in an agreement's record is refused when
  /// that agreement is read, although the body's hash, which does not cover records, matches.
  @Test func aChangedRecordIsRefusedWhenRead() throws {
    let catalog = try SyntheticCatalog.make(count: 25, seed: 5, hostileText: false)
    let stamp = FileStamp(size: 0, modified: (0, 0), changed: (0, 0), inode: 0, device: 0)
    var image = CatalogImage.bytes(of: catalog, file: stamp, contentHash: 0, producer: "test")
    #expect(!Self.refusesWhenReadWhole(image))
    let records = try image.withUnsafeBufferPointer { try CatalogImage.header($0).rest }
    // The first record in the file; the name and word indexes follow the last.
    image[records.lowerBound + 2] ^= 0x01
    let bytes = DocumentBytes(copying: image)
    let layout = try CatalogImage.header(bytes.buffer)
    #expect(CatalogImage.bodyIsIntact(bytes.buffer, layout))
    let read = try CatalogImage.catalog(bytes, layout, failures: ReadFailures { _ in .invalid([]) })
    #expect(read.readFailure == nil, "nothing is read before a query looks")
    _ = Array(read.agreements)
    #expect(read.readFailure != nil)
  }

  /// A changed byte anywhere after the body (in a record, a page of the agreements' table or its
  /// directory, an index, another kind's records, the kept counts or acronyms, the name or word
  /// index) is refused when a query reads that part, although the body's hash, which covers
  /// none of them, matches; and the message names a byte of that part. (The pages of the large indexes, which lie between
  /// the sections, are each checked as a lookup reads them: `ImagePagedListsTests`.)
  @Test func aChangedByteAfterTheBodyIsRefusedWhenRead() throws {
    let catalog = try SyntheticCatalog.make(count: 30, seed: 7, hostileText: false)
    let stamp = FileStamp(size: 0, modified: (0, 0), changed: (0, 0), inode: 0, device: 0)
    // Pages of 300 bytes: the agreements' table in three pages of 12 slots, 12 and 6.
    let image = CatalogImage.bytes(of: catalog, file: stamp, contentHash: 0, producer: "test", pageSize: 300)
    let (layout, sections, tablePages) = try image.withUnsafeBufferPointer { bytes in
      let layout = try CatalogImage.header(bytes)
      let sections = try CatalogImage.sectionRanges(bytes, layout)
      // The table's directory is the first section: slots a page, pages, then each page's place.
      var directory = ImageReader(
        UnsafeBufferPointer(rebasing: bytes[..<sections[0].upperBound]), at: sections[0].lowerBound)
      _ = try directory.count()
      var pages: [Range<Int>] = []
      for _ in 0..<(try directory.count()) {
        let (start, length, _) = (Int(try directory.word()), Int(try directory.word()), try directory.word())
        pages.append((layout.rest.lowerBound + start)..<(layout.rest.lowerBound + start + length))
      }
      return (layout, sections, pages)
    }
    #expect(sections.count == 7 + 1 + RecordKind.allCases.count - 1 + 4, "a table, 7 indexes, other kinds, 4 more")
    #expect(tablePages.map(\.count) == [12, 12, 6].map { $0 * 24 })
    let records = layout.rest.lowerBound..<tablePages[0].lowerBound
    var missed: [Int] = []
    for part in [records] + tablePages + sections where !part.isEmpty {
      for at in Set([part.lowerBound, part.lowerBound + part.count / 2, part.upperBound - 1]) {
        var damaged = image
        damaged[at] ^= 0x04
        // The damage is named where it lies: in the part changed, not elsewhere in the image.
        let found = Self.damageWhenReadWhole(damaged)
        if found.map(part.contains) != true { missed.append(at) }
      }
    }
    #expect(missed.isEmpty, "changed bytes missed or misplaced at \(missed.prefix(5)) of \(sections)")
  }

  /// Whether an image, read in full as an export reads it, is refused; never a trap.
  static func refusesWhenReadWhole(_ image: [UInt8], checkingSections: Bool = true) -> Bool {
    damageWhenReadWhole(image, checkingSections: checkingSections) != nil
  }

  /// Where reading an image in full finds damage first: the byte its message names, or `-1`
  /// when the image cannot be opened at all; `nil` when it reads whole.
  static func damageWhenReadWhole(_ image: [UInt8], checkingSections: Bool = true) -> Int? {
    let bytes = DocumentBytes(copying: image)
    do {
      let catalog = try CatalogImage.catalog(
        bytes, try CatalogImage.header(bytes.buffer),
        failures: ReadFailures { .unreadable(path: "\($0.offset)", reason: $0.reason) },
        checkingSections: checkingSections)
      // One record of each kind alone, by place and by id, as `show` reads them, before
      // anything reads a kind whole.
      for kind in RecordKind.allCases {
        if let record = catalog.record(of: kind, at: 0) { _ = catalog.record(record.reference) }
      }
      _ = CatalogWriter.json(catalog)
      _ = catalog.agreements.map { catalog.agreements(relatingTo: $0.id).count + catalog.replacements(of: $0.id).count }
      _ = catalog.visits.map { catalog.agreements(of: $0.id) }
      _ = catalog.parties.map { catalog.agreements(withParty: $0.id) }
      _ = catalog.people.map { catalog.agreements(withPerson: $0.id) }
      _ = catalog.agreements(matching: AgreementFilter(types: Set(DocumentType.allCases)))
      _ = catalog.search("agreement memorandum")
      if let query = SearchQuery("agreement") { _ = catalog.search(query, among: [.party]) }
      _ = Summary(of: catalog)
      _ = NameResolver(catalog: catalog, scope: .everything).resolve("agreement")
      guard case .unreadable(let offset, _) = catalog.readFailure else { return nil }
      return Int(offset)
    } catch {
      return -1
    }
  }

  /// The executable, run from another folder: `index` writes the file, a query reads it; wrong
  /// inputs get their documented exit codes and write nothing.
  @Test func theCommandWritesAnIndexThatQueriesUse() throws {
    let path = Self.folder.appendingPathComponent("binary.json").path
    try CatalogWriter.json(try SyntheticCatalog.make(count: 50, seed: 6, hostileText: false))
      .write(toFile: path, atomically: false, encoding: .utf8)
    try? FileManager.default.removeItem(atPath: CatalogIndex.path(of: path))
    let indexed = try ProcessRunner.run(ProcessRunner.accords, ["index", path], in: URL(fileURLWithPath: "/"))
    #expect(indexed.status == 0, "\(indexed.stderr)")
    #expect(indexed.stdout.hasPrefix("\(path): valid — 50 agreements; index written to \(path).accords-index ("))
    #expect(FileManager.default.fileExists(atPath: CatalogIndex.path(of: path)))
    let query = try ProcessRunner.run(
      ProcessRunner.accords, ["--data", path, "agreements", "--format", "csv"], in: URL(fileURLWithPath: "/"))
    #expect(query.status == 0)
    #expect(query.stderr.isEmpty)
    #expect(query.stdout.utf8.split(separator: UInt8(ascii: "\n")).count == 51, "a header and 50 rows")

    let missing = try ProcessRunner.run(ProcessRunner.accords, ["index"], in: URL(fileURLWithPath: "/"))
    #expect(missing.status == 64)
    let absent = try ProcessRunner.run(
      ProcessRunner.accords, ["index", Self.folder.appendingPathComponent("absent.json").path],
      in: URL(fileURLWithPath: "/"))
    #expect(absent.status == 66)
    let broken = Self.folder.appendingPathComponent("broken.json").path
    try "{\"dataset\": 1}".write(toFile: broken, atomically: false, encoding: .utf8)
    let invalid = try ProcessRunner.run(ProcessRunner.accords, ["index", broken], in: URL(fileURLWithPath: "/"))
    #expect(invalid.status == 65)
    #expect(!FileManager.default.fileExists(atPath: CatalogIndex.path(of: broken)), "no index of a broken catalog")
  }
}

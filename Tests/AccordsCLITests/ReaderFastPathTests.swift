import CatalogGenerator
import Foundation
import Testing

@testable import AccordsCore

/// Loading checks a file's UTF-8 once, matches field names on their bytes and scans strings
/// eight bytes at a time. These tests hold those fast paths to the answers of the plain ones —
/// each string checked on its own, names read as text, strings read a byte at a time — over
/// every catalog the tests know: the hostile fixtures, both fuzz corpora and generated
/// catalogs with hostile text.
@Suite struct ReaderFastPathTests {
  static let files: [URL] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let folders = [
      root.appendingPathComponent("Tests/AccordsCLITests/Fixtures/hostile"),
      root.appendingPathComponent("Scripts/fuzz-corpus/loader"),
      root.appendingPathComponent("Scripts/fuzz-corpus/render"),
    ]
    return folders.flatMap { folder in
      ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        .map { folder.appendingPathComponent($0) }
    }
  }()

  /// What reading gave: the document's records, the problems found, or the syntax error.
  struct Outcome: Equatable, CustomStringConvertible {
    var records: [String] = []
    var issues: [CatalogReader.Issue] = []
    var error: String?

    init(_ bytes: [UInt8], checkingEachString: Bool) {
      var reader = CatalogReader(bytes: bytes, checkingEachString: checkingEachString)
      do {
        let document = try reader.readDocument()
        records = [
          "\(String(describing: document.dataset))", "\(document.visits ?? [])", "\(document.sources ?? [])",
          "\(document.areas ?? [])", "\(document.agreements ?? [])", "\(document.initiatives ?? [])",
          "\(document.partnerships ?? [])", "\(document.figures ?? [])", "\(document.regions ?? [])",
        ]
        issues = reader.issues
      } catch {
        self.error = "\(error.offset): \(error.message)"
      }
    }

    var description: String { error ?? "\(issues.count) issues" }
  }

  @Test func everyFileReadsAlikeWithTheWholeFileCheckedOnceOrEachString() throws {
    #expect(Self.files.count > 50, "the fixture and corpus folders were not found")
    for file in Self.files {
      let bytes = [UInt8](try Data(contentsOf: file))
      let fast = Outcome(bytes, checkingEachString: false)
      let plain = Outcome(bytes, checkingEachString: true)
      #expect(fast == plain, "\(file.lastPathComponent): \(fast) vs \(plain)")
    }
  }

  @Test(arguments: [1, 7, 2])
  func generatedCatalogsWithHostileTextReadAlike(seed: UInt64) throws {
    let catalog = try SyntheticCatalog.make(count: 60, seed: seed, hostileText: true)
    let bytes = Array(CatalogWriter.json(catalog).utf8)
    #expect(Outcome(bytes, checkingEachString: false) == Outcome(bytes, checkingEachString: true))
  }

  /// A string with a quote, backslash, escaped control or non-ASCII byte at every place within
  /// the eight bytes the scanner looks at together reads as Foundation's JSON reader reads it.
  @Test func stringsReadTheSameWhereverTheirSpecialBytesFall() throws {
    let specials: [String] = ["\\\"", "\\\\", "\\n", "\\u00e9", "é", "日本", "\u{7F}", "\\u001F"]
    for length in 0..<20 {
      for special in specials {
        for place in 0...length {
          var text = String(repeating: "a", count: length)
          text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: place))
          let json = Array("{\"k\": \"\(text)\"}".utf8)
          var fast = JSONScanner(bytes: json)
          var plain = JSONScanner(document: DocumentBytes(copying: json), offset: 0)
          try fast.beginObject()
          try plain.beginObject()
          #expect(try fast.nextKey() == plain.nextKey())
          let read = try fast.readString()
          #expect(try read == plain.readString(), "\(text)")
          // And as Foundation's own JSON reader reads it.
          let object = try JSONSerialization.jsonObject(with: Data(json)) as? [String: String]
          #expect(read == object?["k"], "\(text)")
        }
      }
    }
  }

  /// A byte that is not UTF-8, anywhere in a string or a field name, is refused with the same
  /// message and offset whether the whole file was checked first or the string on its own.
  @Test func badUTF8IsRefusedAlikeWhereverItFalls() {
    for place in 0..<20 {
      for bad: [UInt8] in [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xE2, 0x82]] {
        var name = Array("agreements".utf8)
        var value = Array(String(repeating: "b", count: 19).utf8)
        value.insert(contentsOf: bad, at: place)
        name.insert(contentsOf: bad, at: min(place, name.count))
        for json in [
          Array("{\"dataset\": {\"name\": \"".utf8) + value + Array("\"}}".utf8),
          Array("{\"".utf8) + name + Array("\": 1}".utf8),
        ] {
          let fast = Outcome(json, checkingEachString: false)
          #expect(fast.error != nil)
          #expect(fast == Outcome(json, checkingEachString: true))
        }
      }
    }
  }
}

extension ReaderFastPathTests {
  /// UTF-8 is checked ahead a megabyte at a time; a chunk boundary inside a long run of bytes
  /// that are not UTF-8 must neither hang nor hide them. (A first version stepped back over
  /// the whole run and never moved on.)
  @Test(.timeLimit(.minutes(1)), arguments: [1_048_576 - 2, 1_048_576 + 1, 3 * 1_048_576])
  func aLongRunOfStrayContinuationBytesIsRefusedPromptly(length: Int) {
    let prefix = Array("{\"dataset\": {\"name\": \"".utf8)
    let json = prefix + [UInt8](repeating: 0x80, count: length) + Array("\"}}".utf8)
    let fast = Outcome(json, checkingEachString: false)
    #expect(fast.error == "\(prefix.count - 1): string is not valid UTF-8")
    #expect(fast == Outcome(json, checkingEachString: true))
  }

  /// The case that hung a first version: a run of stray continuation bytes right after a
  /// string, reaching past the next chunk boundary.
  @Test(.timeLimit(.minutes(1))) func strayBytesJustAfterAStringDoNotHang() {
    let json = Array("{\"dataset\": {\"name\": \"x\"".utf8) + [UInt8](repeating: 0x80, count: 2 * 1_048_576)
    let fast = Outcome(json, checkingEachString: false)
    #expect(fast.error?.contains("expected ',' or '}' in an object") == true, "\(fast)")
    #expect(fast == Outcome(json, checkingEachString: true))
  }

  /// A valid multi-byte character that falls across a chunk boundary is read whole.
  @Test(arguments: [1_048_576 - 1, 1_048_576, 1_048_576 + 1, 1_048_576 + 2])
  func aCharacterAcrossAChunkBoundaryReadsWhole(padding: Int) throws {
    let prefix = Array("{\"dataset\": {\"name\": \"".utf8)
    let text = String(repeating: "a", count: padding - prefix.count) + "𝄞日é"
    let json = prefix + Array(text.utf8) + Array("\"}}".utf8)
    let outcome = Outcome(json, checkingEachString: false)
    #expect(outcome == Outcome(json, checkingEachString: true))
    #expect(outcome.error == nil)
  }

  /// A raw control character is found wherever it falls among the eight bytes looked at
  /// together, and reported at its own offset.
  @Test func aRawControlCharacterIsFoundAtItsOwnOffset() {
    for place in 0..<20 {
      for control: UInt8 in [0x00, 0x01, 0x0A, 0x1F] {
        var value = Array(String(repeating: "c", count: 19).utf8)
        value.insert(control, at: place)
        let prefix = Array("{\"dataset\": {\"name\": \"".utf8)
        let outcome = Outcome(prefix + value + Array("\"}}".utf8), checkingEachString: false)
        #expect(outcome.error?.hasPrefix("\(prefix.count + place): control character") == true, "\(outcome)")
      }
    }
  }
}

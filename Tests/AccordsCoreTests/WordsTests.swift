import AccordsData
import CatalogGenerator
import Testing

@testable import AccordsCore

/// Search cuts ASCII text into words byte by byte, and other text character by character; the
/// two must give the same words, positions and marks, or a search would find different things
/// in a field depending on whether it holds one accented letter.
@Suite struct WordsTests {
  @Test func theASCIIPathCutsAsTheGeneralOne() {
    let pieces = [
      "Lunar", "LUPEX", "2+2", "6.2", "defence", "programmes", "organise", "analyzing", " ", "  ", "\t", "\n", "\r",
      "-", "_", "(", ")", "'", "\u{0B}", "\u{0C}", "\u{1}", "x", "2025", "a1b2", "Z", "centred", "izes", "\u{7F}",
    ]
    var generator = SplitMix64(seed: 42)
    for _ in 0..<5_000 {
      var text = ""
      for _ in 0..<Int(generator.next() % 12) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
      let hasCRLF = Array(text.utf8).indices.dropLast().contains { Array(text.utf8)[$0...].starts(with: [13, 10]) }
      #expect((Words.asciiWords(text) == nil) == hasCRLF, "\(text.debugDescription)")
      #expect(Words(text).words == Words(characterByCharacter: text).words, "\(text.debugDescription)")
    }
  }

  @Test func everyFieldOfTheBundledCatalogCutsAlike() throws {
    let catalog = try Catalog.bundled()
    for record in catalog.records {
      for field in record.searchFields(in: catalog) {
        #expect(Words(field.text).words == Words(characterByCharacter: field.text).words, "\(field.text)")
      }
    }
  }

  /// Cut for a search, a word keeps its compared form whenever it could match one of the
  /// search's words, whole or by its start, including through another spelling
  /// (`oestrogen` is compared as `estrogen`); positions and marks never change.
  @Test func wordsCutForASearchKeepEveryFormThatCouldMatch() {
    let pieces = [
      "Lunar", "lupex", "oestrogen", "estrogen", "Colour", "grey", "gray", "2025", "2+2", "defence", "zone", " ",
      ", ", "-", "ageing", "aging", "tyre", "x",
    ]
    var generator = SplitMix64(seed: 11)
    for _ in 0..<3_000 {
      var text = ""
      for _ in 0..<Int(generator.next() % 10) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
      let wanted = (0..<Int(1 + generator.next() % 3)).map { _ in
        Words(pieces[Int(generator.next() % UInt64(pieces.count))]).words.first?.key ?? "x"
      }
      let every = Words(text).words
      let cut = Words(text, comparedOnlyIfStartingWith: Words.Initials(wanted)).words
      #expect(cut.map(\.range) == every.map(\.range) && cut.map(\.joinsNext) == every.map(\.joinsNext))
      for (word, full) in zip(cut, every) where wanted.contains(where: { full.key.hasPrefix($0) }) {
        #expect(word.key == full.key, "\(text.debugDescription) \(wanted)")
      }
    }
  }

  /// Names are compacted byte by byte when ASCII: the same key as the folded text without spaces.
  @Test func compactNamesAreTheFoldedTextWithoutSpaces() {
    var generator = SplitMix64(seed: 3)
    for _ in 0..<3_000 {
      let length = Int(generator.next() % 40)
      let text = String((0..<length).map { _ in Character(Unicode.Scalar(UInt8(generator.next() % 128))) })
      #expect(TextFolding.compact(text) == TextFolding.fold(text).filter { $0 != " " }, "\(text.debugDescription)")
    }
  }

  /// Snippets too: the same text around a match whichever path cuts it.
  @Test func snippetsAreCutAlike() {
    var generator = SplitMix64(seed: 7)
    for _ in 0..<2_000 {
      let length = Int(generator.next() % 300)
      let text = String((0..<length).map { _ in Character(Unicode.Scalar(UInt8(32 + generator.next() % 95))) })
      let start = length == 0 ? 0 : Int(generator.next() % UInt64(length))
      let range = start..<min(length, start + Int(generator.next() % 10))
      #expect(Snippet.asciiAround(range, in: text) == Snippet.aroundByCharacter(range, in: text), "\(text)")
    }
  }

  @Test(arguments: ["Kōchi", "日本", "a\r\nb", "é", "झारखंड"])
  func otherTextTakesTheGeneralPath(text: String) {
    #expect(Words.asciiWords(text) == nil)
  }
}

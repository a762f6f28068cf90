/// Text cut into the words search compares: runs of letters and digits, folded (lower case,
/// Latin diacritics removed, katakana as hiragana) and brought to one spelling
/// (`Spelling.common`). A run of Japanese or Chinese script, which is written without spaces,
/// is one word that a query may match anywhere inside.
struct Words {
  /// One word, where it stands in the original text.
  struct Word: Equatable {
    /// The form compared.
    let key: String
    /// Characters of the original text it spans, for snippets.
    let range: Range<Int>
    /// Whether the original was digits only: a number matches only whole (`2` does not find
    /// `2025`).
    let isNumber: Bool
    /// Whether it is Japanese or Chinese script, matched anywhere inside.
    let isIdeographic: Bool
    /// Whether the next word followed with only punctuation between (`2+2`, `6.2`).
    var joinsNext = false
  }

  let words: [Word]

  /// The words of `text`. With `initials`, a word of ASCII text whose folded form starts with
  /// none of them keeps an empty key, which matches nothing: a search that can only match
  /// words starting with `l` need not spell out every other word of a summary.
  init(_ text: String, comparedOnlyIfStartingWith initials: Initials? = nil) {
    if let words = Self.asciiWords(text, comparedOnlyIfStartingWith: initials) {
      self.init(words: words)
    } else {
      self.init(characterByCharacter: text)
    }
  }

  private init(words: [Word]) {
    self.words = words
  }

  /// The general path: every character looked up in Unicode's tables and folded.
  init(characterByCharacter text: String) {
    var words: [Word] = []
    var key = ""
    var start = 0
    var isNumber = true
    var isIdeographic = false
    var position = 0
    var gapHasSpace = false
    func finish() {
      guard !key.isEmpty else { return }
      if !words.isEmpty, !gapHasSpace { words[words.count - 1].joinsNext = true }
      let compared = isIdeographic || isNumber ? key : Spelling.common(TextFolding.devanagariFolded(key))
      words.append(Word(key: compared, range: start..<position, isNumber: isNumber, isIdeographic: isIdeographic))
      key = ""
      gapHasSpace = false
    }
    for character in text {
      let ideographic = Self.isIdeographic(character)
      if character.isLetter || character.isNumber || ideographic {
        // A change between Japanese script and other letters ends a word: `LUPEX月` is two.
        if !key.isEmpty, ideographic != isIdeographic { finish() }
        if key.isEmpty {
          start = position
          isNumber = true
          isIdeographic = ideographic
        }
        if !character.isNumber { isNumber = false }
        key.append(ideographic ? Self.hiragana(character) : TextFolding.foldCharacter(character))
      } else {
        finish()
        if character.isWhitespace { gapHasSpace = true }
      }
      position += 1
    }
    finish()
    self.words = words
  }

  /// The words of text that is ASCII alone, cut byte by byte: the same words the general path
  /// gives (a test holds the two alike), without its Unicode lookups, which were nine tenths of
  /// a search's time. `nil` for any other text, and for text holding CR LF, which is one
  /// character of two bytes, so that positions would differ.
  static func asciiWords(_ text: String, comparedOnlyIfStartingWith initials: Initials? = nil) -> [Word]? {
    var text = text
    return text.withUTF8 { utf8 -> [Word]? in
      guard isCharacterPerByte(utf8) else { return nil }
      var words: [Word] = []
      var key: [UInt8] = []
      var start = 0
      var isNumber = true
      var gapHasSpace = false
      func finish(at position: Int) {
        guard !key.isEmpty else { return }
        if !words.isEmpty, !gapHasSpace { words[words.count - 1].joinsNext = true }
        let compared: String
        if let initials, !initials.contains(key[0]) {
          compared = ""
        } else {
          let folded = String(decoding: key, as: UTF8.self)
          compared = isNumber ? folded : Spelling.common(folded)
        }
        words.append(Word(key: compared, range: start..<position, isNumber: isNumber, isIdeographic: false))
        key.removeAll(keepingCapacity: true)
        gapHasSpace = false
      }
      for (position, byte) in utf8.enumerated() {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
          UInt8(ascii: "A")...UInt8(ascii: "Z"):
          if key.isEmpty {
            start = position
            isNumber = true
          }
          if byte > UInt8(ascii: "9") { isNumber = false }
          key.append(byte | (byte >= UInt8(ascii: "A") ? 0x20 : 0))
        default:
          finish(at: position)
          // Character.isWhitespace in ASCII: tab, line feed, vertical tab, form feed, carriage
          // return and space.
          if (0x09...0x0D).contains(byte) || byte == 0x20 { gapHasSpace = true }
        }
      }
      finish(at: utf8.count)
      return words
    }
  }

  /// The first bytes of folded ASCII words that can become a given set of compared words:
  /// their own first letters and digits, and the first letters of the British spellings
  /// that `Spelling.common` brings to them (`oestrogen` is compared as `estrogen`).
  struct Initials {
    private var bits: (low: UInt64, high: UInt64) = (0, 0)

    /// The initials that can match one of `keys`, the compared forms of words.
    init(_ keys: some Sequence<String>) {
      for key in keys {
        guard let first = key.utf8.first, first < 0x80 else { continue }
        insert(first)
        for initial in Spelling.initials(becoming: first) { insert(initial) }
      }
    }

    func contains(_ byte: UInt8) -> Bool {
      byte < 64 ? bits.low & (1 << UInt64(byte)) != 0 : byte < 128 && bits.high & (1 << UInt64(byte - 64)) != 0
    }

    private mutating func insert(_ byte: UInt8) {
      if byte < 64 { bits.low |= 1 << UInt64(byte) } else { bits.high |= 1 << UInt64(byte - 64) }
    }
  }

  /// Whether each byte of `utf8` is one character: ASCII alone, with no CR LF (one character
  /// of two bytes). Text that passes can be cut and counted by bytes.
  static func isCharacterPerByte(_ utf8: some Sequence<UInt8>) -> Bool {
    var previous: UInt8 = 0
    for byte in utf8 {
      guard byte < 0x80, !(previous == 0x0D && byte == 0x0A) else { return false }
      previous = byte
    }
    return true
  }

  /// Kana, kanji and the marks between them (the long-vowel mark ー, the iteration mark 々).
  static func isIdeographic(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    switch scalar.value {
    case 0x3005, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F: return true
    default: return false
    }
  }

  /// Katakana as hiragana, so that `ヒロシマ` finds `ひろしま`.
  static func hiragana(_ character: Character) -> Character {
    guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
      (0x30A1...0x30F6).contains(scalar.value), let mapped = Unicode.Scalar(scalar.value - 0x60)
    else { return character }
    return Character(mapped)
  }
}

/// Folds text for matching: lower case, Latin diacritics removed, punctuation treated as space,
/// runs of spaces collapsed. `Kōchi`, `KOCHI` and ` kochi ` all fold to `kochi`; katakana
/// folds to hiragana (`ヒロシマ`, `ひろしま`), and Devanagari's two ways of writing a nasal
/// before a consonant and its nukta dot fold to one (`झारखंड`, `झारखण्ड`; `ओड़िशा`, `ओडिशा`).
public enum TextFolding: Sendable {
  /// The folded form of `text`.
  public static func fold(_ text: String) -> String {
    if let ascii = foldedASCII(text) { return ascii }
    var folded = ""
    var pendingSpace = false
    for character in text.lowercased() {
      // Only Latin letters carry the diacritics folded away; other scripts skip the lookup.
      let isLatin = (character.unicodeScalars.first?.value ?? 0) < 0x250
      let base = (isLatin ? baseLetters[character].map(String.init) : nil) ?? String(character)
      if character.isLetter || character.isNumber {
        if pendingSpace, !folded.isEmpty { folded += " " }
        pendingSpace = false
        folded += Words.isIdeographic(character) ? String(Words.hiragana(character)) : base
      } else {
        pendingSpace = true
      }
    }
    return devanagariFolded(folded)
  }

  /// `fold` for text of ASCII alone, as most names are, byte by byte: the same result without
  /// building a `Character` for each letter, which made resolving a name cost twice as much
  /// once the gazetteer held every region's names in four scripts. `nil` for other text.
  private static func foldedASCII(_ text: String) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      guard byte < 0x80 else { return nil }
      let lowered = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
      if (lowered >= 0x61 && lowered <= 0x7A) || (lowered >= 0x30 && lowered <= 0x39) {
        if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(lowered)
      } else {
        pendingSpace = true
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `text` with each Devanagari nasal consonant written with a virama before a stop
  /// (`ण्ड`, `न्ध`) as the anusvara (`ंड`, `ंध`), and the nukta dropped: the spellings Hindi
  /// writes both ways. Other text is returned as it is.
  static func devanagariFolded(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { (0x0900...0x097F).contains($0.value) }) else { return text }
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar.value == 0x093C {
        index += 1
        continue
      }
      if [0x0919, 0x091E, 0x0923, 0x0928, 0x092E].contains(scalar.value), index + 2 < scalars.count,
        scalars[index + 1].value == 0x094D, (0x0915...0x092E).contains(scalars[index + 2].value)
      {
        result.append(Unicode.Scalar(0x0902)!)
        index += 2
        continue
      }
      result.append(scalar)
      index += 1
    }
    return String(result)
  }

  /// One character folded as `fold` folds it: lower case, diacritics removed; punctuation
  /// and spaces become a space.
  public static func foldCharacter(_ character: Character) -> Character {
    guard character.isLetter || character.isNumber else { return " " }
    // Lower-casing one character can in principle give several; keep the first in that case.
    let lowered = character.lowercased().first ?? character
    return baseLetters[lowered] ?? lowered
  }

  /// `fold(text)` with the spaces removed too, so that `Westbengal` meets `West Bengal`.
  public static func compact(_ text: String) -> String {
    compactASCII(text) ?? fold(text).filter { $0 != " " }
  }

  /// `compact` for text of ASCII alone, byte by byte: the letters and digits, lower-cased.
  /// Filtering the folded text character by character was two thirds of building the name
  /// index of a large catalog. `nil` for other text.
  private static func compactASCII(_ text: String) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      guard byte < 0x80 else { return nil }
      let lowered = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
      if (lowered >= 0x61 && lowered <= 0x7A) || (lowered >= 0x30 && lowered <= 0x39) { bytes.append(lowered) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  // The stdlib has no Unicode decomposition without Foundation's ICU, so the Latin letters
  // that romanised Japanese and Indian names use are mapped by hand.
  private static let baseLetters: [Character: Character] = [
    "ā": "a", "á": "a", "à": "a", "â": "a", "ä": "a", "ã": "a",
    "ē": "e", "é": "e", "è": "e", "ê": "e", "ë": "e",
    "ī": "i", "í": "i", "ì": "i", "î": "i", "ï": "i",
    "ō": "o", "ó": "o", "ò": "o", "ô": "o", "ö": "o", "õ": "o",
    "ū": "u", "ú": "u", "ù": "u", "û": "u", "ü": "u",
    "ñ": "n", "ç": "c", "ṇ": "n", "ṭ": "t", "ḍ": "d", "ṣ": "s", "ś": "s", "ṛ": "r", "ḥ": "h",
    "ṅ": "n", "ṃ": "m",
  ]
}

/// Folds text for matching: lower case, Latin diacritics removed, punctuation treated as space,
/// runs of spaces collapsed. `Kōchi`, `KOCHI` and ` kochi ` all fold to `kochi`.
public enum TextFolding: Sendable {
  /// The folded form of `text`.
  public static func fold(_ text: String) -> String {
    var folded = ""
    var pendingSpace = false
    for character in text.lowercased() {
      let base = baseLetters[character].map(String.init) ?? String(character)
      if character.isLetter || character.isNumber {
        if pendingSpace, !folded.isEmpty { folded += " " }
        pendingSpace = false
        folded += base
      } else {
        pendingSpace = true
      }
    }
    return folded
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
    fold(text).filter { $0 != " " }
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

import AccordsCore

/// A word as a person would type it into a POSIX shell: as it is when it holds only letters,
/// digits and `-_./:+,` (any script), else in single quotes, a quote inside written `'\''`. For
/// the commands that messages suggest, so that a pasted suggestion runs as shown.
enum ShellWord {
  static func quoted(_ word: String) -> String {
    let plain =
      !word.isEmpty
      && word.unicodeScalars.allSatisfy { scalar in
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_./:+,".unicodeScalars.contains(scalar)
          || scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .spacingMark
      }
    return plain ? word : "'" + word.replacingAll("'", with: "'\\''") + "'"
  }
}

/// The sentence a failed name lookup ends with, pointing to `accords search` with the words and
/// what it would find, so that a name that matches nothing still leads somewhere.
enum SearchHint {
  static func sentence(for text: String, in catalog: Catalog) -> String {
    guard let query = SearchQuery(text), text.count <= Catalog.longestQuery else { return "" }
    let hits = catalog.search(query).count
    let command = "accords search " + ShellWord.quoted(text)
    return hits == 0 ? "" : " Search finds \(hits) record\(hits == 1 ? "" : "s") holding the words: \(command)"
  }
}

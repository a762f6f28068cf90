import AccordsCore

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

import AccordsCore
import CommandLineKit

/// What `accords search` and `--search` take, checked alike in both places.
extension SearchQuery {
  /// The query in `text`, or the usage error both places give: too long, or no word to search
  /// for (empty, or symbols only).
  static func checked(_ text: String, option: String) throws(UsageError) -> SearchQuery {
    guard text.count <= Catalog.longestQuery else { throw .tooLong(text, option: option, limit: Catalog.longestQuery) }
    guard let query = SearchQuery(text) else { throw .noWords(text, option: option) }
    return query
  }

  /// The ids of the agreements among the hits, for `agreements --search`.
  func agreementHits(in catalog: Catalog) -> [Agreement.ID] {
    catalog.search(self).compactMap { $0.kind == .agreement ? Agreement.ID($0.id) : nil }
  }
}

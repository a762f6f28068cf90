/// Full-text search over every record in a catalog.
///
/// Every word of the query must occur in the record (in any field, ignoring case and Latin
/// diacritics). Hits are ranked by where the words occur: in a title, name or alias first, then
/// in an id, then in a summary or description, then in parties, notes and quotes. A query of
/// several words that occurs as a phrase in a field ranks above one whose words are scattered.
public struct SearchHit: Hashable, Sendable {
  /// What kind of record matched.
  public typealias Kind = RecordKind

  public let kind: Kind
  public let id: String
  /// The record's title or name.
  public let title: String
  /// The field the best match is in, such as `title` or `summary`.
  public let field: String
  /// The text around the first match in that field, shortened with `…`.
  public let snippet: String
  /// Higher is better: the sum, over the query's words, of the weight of the best field.
  public let score: Int
}

extension Catalog {
  /// The longest query, in characters, that search and the `--search` and `--party` filters
  /// take: far beyond any phrase a person types, and a bound that keeps every search linear in
  /// the catalog's size.
  public static let longestQuery = 200

  /// The records that contain every word of `query`, best first; ties keep `RecordKind` order.
  public func search(_ query: String) -> [SearchHit] {
    let words = TextFolding.fold(query).split(separator: " ").map(String.init)
    guard !words.isEmpty else { return [] }
    let hits = records.compactMap { hit(on: $0, for: words) }
    return hits.enumerated()
      .sorted { ($1.element.score, $0.offset) < ($0.element.score, $1.offset) }
      .map(\.element)
  }

  /// The hit on `record` when it holds every word: each word scores the weight of the best
  /// field it occurs in, and the first word's best field gives the snippet. When the words
  /// occur together as a phrase, every word scores again the weight of the best field holding
  /// the phrase, which gives the snippet, so "Article 6.2" shows the article rather than a stray "6".
  private func hit(on record: any CatalogRecord, for words: [String]) -> SearchHit? {
    let fields = record.searchFields(in: self)
    let folded = fields.map { TextFolding.fold($0.text) }
    var score = 0
    var bestField: Int?
    for word in words {
      let matching = fields.indices.filter { folded[$0].contains(word) }
      guard let best = matching.map({ fields[$0].weight }).max() else { return nil }
      score += best.rawValue
      if bestField == nil { bestField = matching.first { fields[$0].weight == best } }
    }
    guard var field = bestField else { return nil }
    var snippetWord = words[0]
    if words.count > 1 {
      let phrase = words.joined(separator: " ")
      let holding = fields.indices.filter { folded[$0].contains(phrase) }
      if let best = holding.max(by: { fields[$0].weight < fields[$1].weight }) {
        score += fields[best].weight.rawValue * words.count
        field = best
        snippetWord = phrase
      }
    }
    return SearchHit(
      kind: record.reference.kind, id: record.reference.id, title: record.displayTitle(in: self),
      field: fields[field].name, snippet: Snippet.around(snippetWord, in: fields[field].text), score: score)
  }
}

/// The part of a text around a word, for showing why a record matched.
enum Snippet {
  static let radius = 50

  static func around(_ word: String, in text: String) -> String {
    let characters = Array(text)
    guard let start = TextFolding.firstOccurrence(of: word, in: characters) else {
      return String(text.prefix(radius * 2))
    }
    let from = max(0, start - radius)
    let to = min(characters.count, start + word.count + radius)
    return (from > 0 ? "…" : "") + String(characters[from..<to]) + (to < characters.count ? "…" : "")
  }
}

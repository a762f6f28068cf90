/// Full-text search over every record in a catalog.
///
/// Every word of the query must occur in the record (in any field, ignoring case and Latin
/// diacritics). Hits are ranked by where the words occur: in a title, name or alias first, then
/// in an id, then in a summary or description, then in parties, notes and quotes.
public struct SearchHit: Hashable, Sendable {
  /// What kind of record matched.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case agreement, initiative, area, partnership, figure, region, source
  }

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
  /// The records that contain every word of `query`, best first.
  public func search(_ query: String) -> [SearchHit] {
    let words = TextFolding.fold(query).split(separator: " ").map(String.init)
    guard !words.isEmpty else { return [] }
    let hits = searchableRecords().compactMap { $0.hit(for: words) }
    return hits.enumerated()
      .sorted { ($1.element.score, $0.offset) < ($0.element.score, $1.offset) }
      .map(\.element)
  }

  private func searchableRecords() -> [SearchableRecord] {
    var records: [SearchableRecord] = []
    for agreement in agreements {
      records.append(
        SearchableRecord(
          kind: .agreement, id: agreement.id.rawValue, title: agreement.title,
          fields: [
            ("title", agreement.title, 30), ("alias", agreement.aliases.joined(separator: "; "), 30),
            ("title", agreement.titleJa ?? "", 30), ("id", agreement.id.rawValue, 20),
            ("type", agreement.type.displayName, 20), ("summary", agreement.summary, 10),
            ("parties", agreement.parties.map(\.name).joined(separator: "; "), 10),
            ("exchanged by", agreement.exchangedBy.map(\.name).joined(separator: "; "), 10),
            ("signed by", agreement.signedBy.map(\.name).joined(separator: "; "), 10),
          ]
            + notesAndQuotes(agreement.notes, agreement.sources)))
    }
    for initiative in initiatives {
      records.append(
        SearchableRecord(
          kind: .initiative, id: initiative.id.rawValue, title: initiative.name,
          fields: [
            ("name", initiative.name, 30), ("alias", initiative.aliases.joined(separator: "; "), 30),
            ("id", initiative.id.rawValue, 20), ("summary", initiative.summary, 10),
          ]
            + notesAndQuotes(initiative.notes, initiative.sources)))
    }
    for area in areas {
      records.append(
        SearchableRecord(
          kind: .area, id: area.id.rawValue, title: area.name,
          fields: [
            ("name", area.name, 30), ("name", area.nameJa ?? "", 30), ("id", area.id.rawValue, 20),
            ("description", area.description ?? "", 10),
          ] + notesAndQuotes(area.notes, area.sources)))
    }
    for partnership in partnerships {
      let state = region(partnership.state)
      let prefecture = region(partnership.prefecture)
      let names = [state?.name, prefecture?.name, prefecture?.nameJa].compactMap { $0 }
      records.append(
        SearchableRecord(
          kind: .partnership, id: partnership.id.rawValue, title: names.prefix(2).joined(separator: " – "),
          fields: [
            // Below a region's own name, so that a search for a place finds the place first.
            ("regions", names.joined(separator: "; "), 25), ("title", partnership.title, 30),
            ("id", partnership.id.rawValue, 20), ("summary", partnership.summary, 10),
          ]
            + notesAndQuotes(partnership.notes, partnership.sources)))
    }
    for figure in figures {
      records.append(
        SearchableRecord(
          kind: .figure, id: figure.id.rawValue, title: "\(figure.label): \(figure.readableAmount)",
          fields: [
            ("label", figure.label, 30), ("id", figure.id.rawValue, 20), ("amount", figure.readableAmount, 10),
            ("period", figure.period ?? "", 10),
          ] + notesAndQuotes(figure.notes, figure.sources)))
    }
    for region in regions {
      records.append(
        SearchableRecord(
          kind: .region, id: region.code.rawValue, title: region.name,
          fields: [
            ("name", region.name, 30), ("name", region.nameJa ?? "", 30),
            ("alias", region.aliases.map(\.name).joined(separator: "; "), 30),
          ]
            + region.notes.map { ("notes", $0.text, 5) }))
    }
    for source in sources {
      records.append(
        SearchableRecord(
          kind: .source, id: source.id.rawValue, title: source.publisher,
          fields: [
            ("publisher", source.publisher, 20), ("title", source.title ?? "", 20), ("id", source.id.rawValue, 10),
          ]))
    }
    return records
  }

  private func notesAndQuotes(_ notes: [Note], _ citations: [Citation]) -> [(String, String, Int)] {
    notes.map { ("notes", $0.text, 5) } + citations.compactMap { $0.quote }.map { ("quote", $0, 3) }
  }
}

/// A record flattened into weighted text fields for searching.
private struct SearchableRecord {
  let kind: SearchHit.Kind
  let id: String
  let title: String
  /// Name of the field, its text, and the weight of a match in it.
  let fields: [(String, String, Int)]

  func hit(for words: [String]) -> SearchHit? {
    let folded = fields.map { TextFolding.fold($0.1) }
    var score = 0
    var bestField: Int?
    for word in words {
      let weights = fields.indices.filter { folded[$0].contains(word) }.map { fields[$0].2 }
      guard let best = weights.max() else { return nil }
      score += best
      if bestField == nil { bestField = fields.indices.first { folded[$0].contains(word) && fields[$0].2 == best } }
    }
    guard let field = bestField else { return nil }
    return SearchHit(
      kind: kind, id: id, title: title, field: fields[field].0,
      snippet: Snippet.around(words[0], in: fields[field].1), score: score)
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

/// The catalog format in one place: for each kind of object, its fields in the order Accords
/// writes them, and which are required. The reader, the writer and the published JSON Schema
/// (`Data/schema/catalog.schema.json`, checked by a test) all follow this table.
enum CatalogFormat {
  /// The fields of one kind of object.
  struct Fields: Sendable {
    /// The kind's name, as the schema's `$defs` names it.
    let type: String
    /// Every field, in writing order.
    let all: [String]
    /// One bit per field of `all` that is required, for checking with a mask, not a set.
    let requiredMask: UInt32
    /// The UTF-8 bytes of each field of `all`, for matching names as the scanner reads them.
    let utf8: [[UInt8]]

    init(_ type: String, order: [String], required: Set<String>) {
      self.type = type
      all = order
      utf8 = order.map { Array($0.utf8) }
      requiredMask = order.enumerated().reduce(0) { mask, field in
        required.contains(field.element) ? mask | 1 << UInt32(field.offset) : mask
      }
    }

    var required: Set<String> {
      Set(all.enumerated().filter { requiredMask & 1 << UInt32($0.offset) != 0 }.map(\.element))
    }

    /// The position of a field name, as the scanner read it, in `all`; `nil` for an unknown
    /// field. Fields usually come in writing order, so the field after `previous` is tried first.
    func index(of key: JSONScanner.Key, in scanner: JSONScanner, after previous: Int) -> Int? {
      if previous + 1 < utf8.count, scanner.key(key, is: utf8[previous + 1]) { return previous + 1 }
      return utf8.firstIndex { scanner.key(key, is: $0) }
    }
  }

  static let sections = [
    "dataset", "visits", "sources", "areas", "parties", "people", "agreements", "initiatives", "partnerships",
    "figures", "regions",
  ]
  static let catalog = Fields("catalog", order: sections, required: ["dataset"])
  /// One of several files that together make a catalog, as the bundled data is.
  static let catalogPart = Fields("catalog part", order: sections, required: [])
  static let dataset = Fields(
    "dataset", order: ["name", "version", "asOf", "description", "notes"],
    required: ["name", "version", "asOf", "description"])
  static let visit = Fields(
    "visit",
    order: [
      "id", "title", "ordinal", "ordinalIsDerived", "start", "end", "places", "leaders", "announced", "summary",
      "notes",
      "sources",
    ],
    required: ["id", "title", "start", "end", "summary", "sources"])
  static let announcedCount = Fields(
    "announced count", order: ["count", "counts", "sources"], required: ["count", "counts", "sources"])
  static let relation = Fields(
    "relation", order: ["kind", "target", "sources"], required: ["kind", "target", "sources"])
  static let place = Fields("place", order: ["name", "region"], required: ["name"])
  static let person = Fields(
    "person", order: ["id", "name", "nameJa", "aliases", "country", "notes", "sources"],
    required: ["id", "name", "country", "sources"])
  static let personMention = Fields("person mention", order: ["person", "office"], required: ["person", "office"])
  static let source = Fields(
    "source", order: ["id", "publisher", "title", "url", "published", "kind", "copyOf", "language", "note"],
    required: ["id", "publisher", "kind"])
  static let citation = Fields("citation", order: ["source", "quote"], required: ["source"])
  static let note = Fields("note", order: ["kind", "text", "sources"], required: ["kind", "text"])
  static let area = Fields(
    "area", order: ["id", "ordinal", "name", "nameJa", "description", "notes", "sources"],
    required: ["id", "ordinal", "name", "sources"])
  static let agreement = Fields(
    "agreement",
    order: [
      "id", "title", "titleJa", "aliases", "type", "visit", "date", "signed", "signedAt", "signedBy", "inForce",
      "events", "parties", "exchangedBy", "areas", "relations", "registers", "summary",
      "notes",
      "sources",
    ],
    required: ["id", "title", "type", "parties", "areas", "summary", "sources"])
  static let lifeEvent = Fields("life event", order: ["kind", "date", "sources"], required: ["kind", "sources"])
  static let registerEntry = Fields(
    "register entry", order: ["register", "id", "url", "sources"], required: ["register", "id", "sources"])
  static let party = Fields(
    "party", order: ["id", "name", "nameJa", "aliases", "country", "kind", "partOf", "region", "notes", "sources"],
    required: ["id", "name", "country", "kind", "sources"])
  static let partyMention = Fields("party mention", order: ["party", "asWritten"], required: ["party"])
  static let initiative = Fields(
    "initiative", order: ["id", "name", "aliases", "visit", "areas", "summary", "notes", "sources"],
    required: ["id", "name", "areas", "summary", "sources"])
  static let partnership = Fields(
    "partnership",
    order: [
      "id", "state", "prefecture", "kind", "title", "signed", "signedBy", "visit", "renewals", "validUntil", "summary",
      "notes",
      "sources",
    ],
    required: ["id", "state", "prefecture", "kind", "title", "summary", "sources"])
  static let renewal = Fields(
    "renewal", order: ["date", "summary", "sources"], required: ["date", "summary", "sources"])
  static let figure = Fields(
    "figure",
    order: [
      "id", "label", "value", "unit", "qualifier", "kind", "period", "visit", "areas", "relations", "notes", "sources",
    ],
    required: ["id", "label", "value", "unit", "qualifier", "kind", "sources"])
  static let region = Fields(
    "region",
    order: ["code", "name", "nameJa", "nameHi", "reading", "country", "kind", "aliases", "cities", "notes", "sources"],
    required: ["code", "name", "country", "kind", "sources"])
  static let city = Fields("city", order: ["name", "otherNames", "sources"], required: ["name", "sources"])
  static let alias = Fields(
    "alias", order: ["name", "kind", "until", "sources"], required: ["name", "kind", "sources"])

  /// The largest magnitude a figure's value may have: a thousand trillion, far above any
  /// amount a summit announces, and small enough that every value prints exactly as digits.
  public static let largestFigureValue = 1e15

  /// Every kind, by name.
  static let fields: [String: Fields] = Dictionary(
    uniqueKeysWithValues: [
      catalog, catalogPart, dataset, visit, announcedCount, relation, place, person, personMention, source, citation,
      note, area,
      agreement, lifeEvent, registerEntry, party, partyMention, initiative, partnership, renewal, figure, region, city,
      alias,
    ].map { ($0.type, $0) })

  /// `an agreement`, `the catalog`, for messages.
  static func describe(_ type: String) -> String {
    switch type {
    case "catalog", "catalog part": "the catalog"
    case "agreement", "area", "alias", "initiative", "announced count": "an \(type)"
    default: "a \(type)"
    }
  }

  /// `text` as a problem quotes it: whole up to 60 characters, else its first 60 and how long
  /// it is, so that a value of megabytes makes a message of one line.
  static func shortened(_ text: String) -> String {
    let limit = 60
    guard text.utf8.count > limit, text.count > limit else { return text }
    return text.prefix(limit) + "… (\(text.count) characters)"
  }

  /// The field or value nearest to a misspelt one, if any is close enough to be a likely typo.
  static func nearest(to word: String, among candidates: [String]) -> String? {
    let lowered = word.lowercased()
    let allowance = EditDistance.allowance(forLength: lowered.count)
    return
      candidates
      .compactMap { candidate in
        EditDistance.between(lowered, candidate.lowercased(), atMost: allowance).map { (candidate, $0) }
      }
      .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
  }
}

/// The catalog format in one place: for each kind of object, its fields in the order Accords
/// writes them, and which are required. The reader, the writer and the published JSON Schema
/// (`Data/schema/catalog.schema.json`, checked by a test) all follow this table.
enum CatalogFormat {
  struct Fields: Sendable {
    /// Every field, in writing order.
    let all: [String]
    let required: Set<String>

    init(required: [String], optional: [String]) {
      self.all = required + optional
      self.required = Set(required)
    }

    init(order: [String], required: Set<String>) {
      self.all = order
      self.required = required
    }
  }

  static let fields: [String: Fields] = [
    "catalog": Fields(
      order: [
        "dataset", "visits", "sources", "areas", "agreements", "initiatives", "partnerships", "figures", "regions",
      ],
      required: ["dataset"]),
    // One of several files that together make a catalog, as the bundled data is.
    "catalog part": Fields(
      order: [
        "dataset", "visits", "sources", "areas", "agreements", "initiatives", "partnerships", "figures", "regions",
      ],
      required: []),
    "dataset": Fields(
      order: ["name", "version", "asOf", "description", "notes"], required: ["name", "version", "asOf", "description"]),
    "visit": Fields(
      order: ["id", "title", "start", "end", "places", "leaders", "summary", "notes", "sources"],
      required: ["id", "title", "start", "end", "summary", "sources"]),
    "place": Fields(order: ["name", "region"], required: ["name"]),
    "person": Fields(order: ["name", "office", "country"], required: ["name", "office", "country"]),
    "source": Fields(
      order: ["id", "publisher", "title", "url", "published", "kind", "copyOf", "language", "note"],
      required: ["id", "publisher", "kind"]),
    "citation": Fields(order: ["source", "quote"], required: ["source"]),
    "note": Fields(order: ["kind", "text", "sources"], required: ["kind", "text"]),
    "area": Fields(
      order: ["id", "ordinal", "name", "nameJa", "description", "notes", "sources"],
      required: ["id", "ordinal", "name", "sources"]),
    "agreement": Fields(
      order: [
        "id", "title", "titleJa", "aliases", "type", "visit", "date", "parties", "exchangedBy", "areas", "summary",
        "notes",
        "sources",
      ],
      required: ["id", "title", "type", "parties", "areas", "summary", "sources"]),
    "party": Fields(order: ["name", "country"], required: ["name", "country"]),
    "initiative": Fields(
      order: ["id", "name", "aliases", "visit", "areas", "summary", "notes", "sources"],
      required: ["id", "name", "areas", "summary", "sources"]),
    "partnership": Fields(
      order: [
        "id", "state", "prefecture", "kind", "title", "signed", "renewals", "validUntil", "summary", "notes", "sources",
      ],
      required: ["id", "state", "prefecture", "kind", "title", "summary", "sources"]),
    "renewal": Fields(order: ["date", "summary", "sources"], required: ["date", "summary", "sources"]),
    "figure": Fields(
      order: ["id", "label", "value", "unit", "qualifier", "kind", "period", "areas", "notes", "sources"],
      required: ["id", "label", "value", "unit", "qualifier", "kind", "sources"]),
    "region": Fields(
      order: ["code", "name", "nameJa", "country", "kind", "aliases", "notes", "sources"],
      required: ["code", "name", "country", "kind", "sources"]),
    "alias": Fields(order: ["name", "kind", "until", "sources"], required: ["name", "kind", "sources"]),
  ]

  /// `an agreement`, `the catalog`, for messages.
  static func describe(_ type: String) -> String {
    switch type {
    case "catalog", "catalog part": "the catalog"
    case "agreement", "area", "alias", "initiative": "an \(type)"
    default: "a \(type)"
    }
  }

  /// The field or value nearest to a misspelt one, if any is close enough to be a likely typo.
  static func nearest(to word: String, among candidates: [String]) -> String? {
    let lowered = word.lowercased()
    let allowance = max(1, min(3, (lowered.count + 1) / 3))
    return
      candidates
      .map { ($0, NameResolver.editDistance(lowered, $0.lowercased())) }
      .filter { $0.1 <= allowance }
      .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
  }
}

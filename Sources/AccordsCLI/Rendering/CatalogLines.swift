import AccordsCore

/// The whole catalog as JSON Lines: the dataset, then every record section by section, each
/// line `{"kind": …, "record": {…}}` in the published format (citations by source id).
enum CatalogLines {
  static func text(_ catalog: Catalog) -> String {
    guard case .object(let sections) = CatalogWriter.value(catalog) else { return "" }
    var output = ""
    for (section, value) in sections {
      let kind = kinds[section] ?? section
      switch value {
      case .array(let records): output += JSONLines.lines(kind: kind, records: records)
      default: output += JSONLines.lines(kind: kind, records: [value])
      }
    }
    return output
  }

  /// Each section's records by their singular kind.
  private static let kinds = [
    "dataset": "dataset", "visits": "visit", "sources": "source", "areas": "area", "agreements": "agreement",
    "initiatives": "initiative", "partnerships": "partnership", "figures": "figure", "regions": "region",
  ]
}

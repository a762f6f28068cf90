/// Writes a catalog in the published single-file format: every section, fields in
/// `CatalogFormat` order, empty optional lists left out, two-space indents and a final newline.
///
/// Reading what it writes and writing again gives the same bytes, so an export can be kept
/// under version control and diffed.
public enum CatalogWriter: Sendable {
  /// The catalog as JSON text.
  public static func json(_ catalog: Catalog) -> String {
    value(catalog).prettyPrintedLine
  }

  /// The catalog as a JSON value.
  public static func value(_ catalog: Catalog) -> JSONValue {
    let encoder = RecordEncoder(catalog: catalog, style: .file)
    return .object([
      "dataset": dataset(catalog.dataset, encoder),
      "visits": .array(catalog.visits.map(encoder.visit)),
      "sources": .array(catalog.sources.map(encoder.source)),
      "areas": .array(catalog.areas.map(encoder.area)),
      "parties": .array(catalog.parties.map(encoder.party)),
      "people": .array(catalog.people.map(encoder.person)),
      "agreements": .array(catalog.agreements.map(encoder.agreement)),
      "initiatives": .array(catalog.initiatives.map(encoder.initiative)),
      "partnerships": .array(catalog.partnerships.map(encoder.partnership)),
      "figures": .array(catalog.figures.map(encoder.figure)),
      "regions": .array(catalog.regions.map(encoder.region)),
    ])
  }

  static func dataset(_ dataset: Dataset, _ encoder: RecordEncoder) -> JSONValue {
    .object([
      "name": .string(dataset.name), "version": .string(dataset.version), "asOf": .string(dataset.asOf.description),
      "description": .string(dataset.description), "notes": encoder.list(dataset.notes, encoder.note),
    ])
  }
}

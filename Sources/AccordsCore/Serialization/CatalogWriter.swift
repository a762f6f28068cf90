/// Writes a catalog in the published single-file format: every section, fields in
/// `CatalogFormat` order, empty optional lists left out, two-space indents and a final newline.
///
/// Reading what it writes and writing again gives the same bytes, so an export can be kept
/// under version control and diffed.
public enum CatalogWriter: Sendable {
  /// The catalog as JSON text.
  public static func json(_ catalog: Catalog) -> String {
    value(catalog).prettyPrinted + "\n"
  }

  /// The catalog as a JSON value.
  public static func value(_ catalog: Catalog) -> JSONValue {
    .object([
      "dataset": dataset(catalog.dataset),
      "visits": .array(catalog.visits.map(visit)),
      "sources": .array(catalog.sources.map(source)),
      "areas": .array(catalog.areas.map(area)),
      "agreements": .array(catalog.agreements.map(agreement)),
      "initiatives": .array(catalog.initiatives.map(initiative)),
      "partnerships": .array(catalog.partnerships.map(partnership)),
      "figures": .array(catalog.figures.map(figure)),
      "regions": .array(catalog.regions.map(region)),
    ])
  }

  static func dataset(_ dataset: Dataset) -> JSONValue {
    .object([
      "name": .string(dataset.name), "version": .string(dataset.version), "asOf": .string(dataset.asOf.description),
      "description": .string(dataset.description), "notes": list(dataset.notes, note),
    ])
  }

  static func visit(_ visit: Visit) -> JSONValue {
    .object([
      "id": .string(visit.id.rawValue), "title": .string(visit.title),
      "start": .string(visit.start.description), "end": .string(visit.end.description),
      "places": list(visit.places) { place in
        .object(["name": .string(place.name), "region": .stringIfPresent(place.region?.rawValue)])
      },
      "leaders": list(visit.leaders, person), "summary": .string(visit.summary),
      "notes": list(visit.notes, note), "sources": citations(visit.sources),
    ])
  }

  static func source(_ source: Source) -> JSONValue {
    .object([
      "id": .string(source.id.rawValue), "publisher": .string(source.publisher),
      "title": .stringIfPresent(source.title), "url": .stringIfPresent(source.url),
      "published": .stringIfPresent(source.published?.description), "kind": .string(source.kind.rawValue),
      "copyOf": .stringIfPresent(source.copyOf), "language": .stringIfPresent(source.language),
      "note": .stringIfPresent(source.note),
    ])
  }

  static func area(_ area: VisionArea) -> JSONValue {
    .object([
      "id": .string(area.id.rawValue), "ordinal": .int(area.ordinal), "name": .string(area.name),
      "nameJa": .stringIfPresent(area.nameJa), "description": .stringIfPresent(area.description),
      "notes": list(area.notes, note), "sources": citations(area.sources),
    ])
  }

  static func agreement(_ agreement: Agreement) -> JSONValue {
    .object([
      "id": .string(agreement.id.rawValue), "title": .string(agreement.title),
      "titleJa": .stringIfPresent(agreement.titleJa), "aliases": list(agreement.aliases, JSONValue.string),
      "type": .string(agreement.type.rawValue), "visit": .stringIfPresent(agreement.visit?.rawValue),
      "date": .stringIfPresent(agreement.date?.description),
      "signed": .stringIfPresent(agreement.signed?.description), "signedBy": list(agreement.signedBy, person),
      "parties": .array(
        agreement.parties.map { .object(["name": .string($0.name), "country": .string($0.country.rawValue)]) }),
      "exchangedBy": list(agreement.exchangedBy, person),
      "areas": .array(agreement.areas.map { .string($0.rawValue) }), "summary": .string(agreement.summary),
      "notes": list(agreement.notes, note), "sources": citations(agreement.sources),
    ])
  }

  static func initiative(_ initiative: Initiative) -> JSONValue {
    .object([
      "id": .string(initiative.id.rawValue), "name": .string(initiative.name),
      "aliases": list(initiative.aliases, JSONValue.string), "visit": .stringIfPresent(initiative.visit?.rawValue),
      "areas": .array(initiative.areas.map { .string($0.rawValue) }), "summary": .string(initiative.summary),
      "notes": list(initiative.notes, note), "sources": citations(initiative.sources),
    ])
  }

  static func partnership(_ partnership: Partnership) -> JSONValue {
    .object([
      "id": .string(partnership.id.rawValue), "state": .string(partnership.state.rawValue),
      "prefecture": .string(partnership.prefecture.rawValue), "kind": .string(partnership.kind.rawValue),
      "title": .string(partnership.title), "signed": .stringIfPresent(partnership.signed?.description),
      "signedBy": list(partnership.signedBy) {
        .object(["name": .string($0.name), "country": .string($0.country.rawValue)])
      },
      "renewals": list(partnership.renewals) { renewal in
        .object([
          "date": .string(renewal.date.description), "summary": .string(renewal.summary),
          "sources": citations(renewal.sources),
        ])
      },
      "validUntil": .stringIfPresent(partnership.validUntil?.description), "summary": .string(partnership.summary),
      "notes": list(partnership.notes, note), "sources": citations(partnership.sources),
    ])
  }

  static func figure(_ figure: Figure) -> JSONValue {
    .object([
      "id": .string(figure.id.rawValue), "label": .string(figure.label), "value": .number(figure.value),
      "unit": .string(figure.unit), "qualifier": .string(figure.qualifier.rawValue),
      "kind": .string(figure.kind.rawValue),
      "period": .stringIfPresent(figure.period), "areas": list(figure.areas) { .string($0.rawValue) },
      "notes": list(figure.notes, note), "sources": citations(figure.sources),
    ])
  }

  static func region(_ region: Region) -> JSONValue {
    .object([
      "code": .string(region.code.rawValue), "name": .string(region.name), "nameJa": .stringIfPresent(region.nameJa),
      "country": .string(region.country.rawValue), "kind": .string(region.kind.rawValue),
      "aliases": list(region.aliases) { alias in
        .object([
          "name": .string(alias.name), "kind": .string(alias.kind.rawValue),
          "until": .stringIfPresent(alias.until?.description), "sources": citations(alias.sources),
        ])
      },
      "notes": list(region.notes, note), "sources": citations(region.sources),
    ])
  }

  static func note(_ note: Note) -> JSONValue {
    .object(["kind": .string(note.kind.rawValue), "text": .string(note.text), "sources": list(note.sources, citation)])
  }

  static func person(_ person: Person) -> JSONValue {
    .object([
      "name": .string(person.name), "office": .string(person.office), "country": .string(person.country.rawValue),
    ])
  }

  static func citations(_ citations: [Citation]) -> JSONValue { .array(citations.map(citation)) }

  static func citation(_ citation: Citation) -> JSONValue {
    .object(["source": .string(citation.source.rawValue), "quote": .stringIfPresent(citation.quote)])
  }

  /// An optional list: left out when empty, as the reader reads a missing list as empty.
  static func list<Element>(_ elements: [Element], _ transform: (Element) -> JSONValue) -> JSONValue? {
    elements.isEmpty ? nil : .array(elements.map(transform))
  }
}

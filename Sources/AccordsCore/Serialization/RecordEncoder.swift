/// The one JSON encoding of each kind of record, in two styles.
///
/// `.file` is the published catalog format that `export` writes and `--data` reads back byte for
/// byte: citations by source id, optional lists left out when empty. `.expanded` is what
/// `--format json` prints for people's scripts: every citation expanded into its source with
/// the quote, lists always present, and values derived from the catalog (a type's name, a
/// partnership's status, an area's documents) added. Keys keep one fixed order in both.
public struct RecordEncoder: Sendable {
  /// Which of the two encodings to write.
  public enum Style: Sendable {
    /// The published catalog format, as `export` writes it.
    case file
    /// Command output: citations expanded, derived values added.
    case expanded
  }

  public let catalog: Catalog
  public let style: Style

  /// Creates an encoder for records of `catalog`.
  public init(catalog: Catalog, style: Style) {
    self.catalog = catalog
    self.style = style
  }

  /// Any record's JSON.
  public func encode(_ record: any CatalogRecord) -> JSONValue { record.encoded(by: self) }

  public func agreement(_ agreement: Agreement) -> JSONValue {
    .object([
      "id": .string(agreement.id.rawValue), "title": .string(agreement.title),
      "titleJa": .stringIfPresent(agreement.titleJa), "aliases": omittedWhenEmpty(agreement.aliases, JSONValue.string),
      "type": .string(agreement.type.rawValue), "typeName": derived(.string(agreement.type.displayName)),
      "visit": .stringIfPresent(agreement.visit?.rawValue), "date": .stringIfPresent(agreement.date?.description),
      "signed": .stringIfPresent(agreement.signed?.description),
      "signedBy": omittedWhenEmpty(agreement.signedBy, person),
      "inForce": .stringIfPresent(agreement.inForce?.description), "parties": .array(agreement.parties.map(party)),
      "exchangedBy": omittedWhenEmpty(agreement.exchangedBy, person),
      "areas": .array(agreement.areas.map { .string($0.rawValue) }),
      "relations": omittedWhenEmpty(agreement.relations) { relation($0, title: catalog.agreement($0.target)?.title) },
      "relatedFrom": derived(
        later(
          catalog.agreements(relatingTo: agreement.id).map {
            ($0.kind.rawValue, $0.agreement.id.rawValue, $0.agreement.title)
          })),
      "summary": .string(agreement.summary),
      "notes": list(agreement.notes, note), "sources": citations(agreement.sources),
    ])
  }

  public func initiative(_ initiative: Initiative) -> JSONValue {
    .object([
      "id": .string(initiative.id.rawValue), "name": .string(initiative.name),
      "aliases": list(initiative.aliases, JSONValue.string), "visit": .stringIfPresent(initiative.visit?.rawValue),
      "areas": .array(initiative.areas.map { .string($0.rawValue) }), "summary": .string(initiative.summary),
      "notes": list(initiative.notes, note), "sources": citations(initiative.sources),
    ])
  }

  public func area(_ area: VisionArea) -> JSONValue {
    .object([
      "id": .string(area.id.rawValue), "ordinal": .int(area.ordinal), "numeral": derived(.string(area.romanNumeral)),
      "name": .string(area.name), "nameJa": .stringIfPresent(area.nameJa),
      "description": .stringIfPresent(area.description),
      "agreements": derived(.array(catalog.agreements(serving: area.id).map { .string($0.id.rawValue) })),
      "initiatives": derived(.array(catalog.initiatives(serving: area.id).map { .string($0.id.rawValue) })),
      "figures": derived(.array(catalog.figures(in: area.id).map { .string($0.id.rawValue) })),
      "notes": list(area.notes, note), "sources": citations(area.sources),
    ])
  }

  public func partnership(_ partnership: Partnership) -> JSONValue { self.partnership(partnership, seenFrom: nil) }

  /// A partnership; in the expanded style, seen from `region` it also names the other side as
  /// `partner`.
  public func partnership(_ partnership: Partnership, seenFrom region: Region.Code?) -> JSONValue {
    .object([
      "id": .string(partnership.id.rawValue),
      "partner": derived(region.flatMap { partnership.partner(of: $0) }.map(regionReference)),
      "state": regionField(partnership.state), "prefecture": regionField(partnership.prefecture),
      "kind": .string(partnership.kind.rawValue), "title": .string(partnership.title),
      "signed": .stringIfPresent(partnership.signed?.description), "signedBy": list(partnership.signedBy, party),
      "visit": .stringIfPresent(partnership.visit?.rawValue),
      "renewals": list(partnership.renewals) { renewal in
        .object([
          "date": .string(renewal.date.description), "summary": .string(renewal.summary),
          "sources": citations(renewal.sources),
        ])
      },
      "validUntil": .stringIfPresent(partnership.validUntil?.description), "status": derived(status(of: partnership)),
      "summary": .string(partnership.summary), "notes": list(partnership.notes, note),
      "sources": citations(partnership.sources),
    ])
  }

  public func figure(_ figure: Figure) -> JSONValue {
    .object([
      "id": .string(figure.id.rawValue), "label": .string(figure.label), "value": .number(figure.value),
      "unit": .string(figure.unit), "qualifier": .string(figure.qualifier.rawValue),
      "kind": .string(figure.kind.rawValue), "readable": derived(.string(figure.readableAmount)),
      "period": .stringIfPresent(figure.period), "visit": .stringIfPresent(figure.visit?.rawValue),
      "areas": list(figure.areas) { .string($0.rawValue) },
      "relations": omittedWhenEmpty(figure.relations) { relation($0, title: catalog.figure($0.target)?.label) },
      "relatedFrom": derived(
        later(catalog.figures(relatingTo: figure.id).map { ($0.kind.rawValue, $0.figure.id.rawValue, $0.figure.label) })
      ),
      "notes": list(figure.notes, note), "sources": citations(figure.sources),
    ])
  }

  public func region(_ region: Region) -> JSONValue {
    .object([
      "code": .string(region.code.rawValue), "name": .string(region.name), "nameJa": .stringIfPresent(region.nameJa),
      "country": .string(region.country.rawValue), "kind": .string(region.kind.rawValue),
      "kindJa": derived(.stringIfPresent(region.prefectureSuffix.map(String.init))),
      "aliases": list(region.aliases) { alias in
        .object([
          "name": .string(alias.name), "kind": .string(alias.kind.rawValue),
          "until": .stringIfPresent(alias.until?.description), "sources": citations(alias.sources),
        ])
      },
      "partners": derived(.int(catalog.partnerships(involving: region.code).count)),
      "notes": list(region.notes, note),
      // The gazetteer's sources are in the file; command output leaves them to `show`.
      "sources": style == .file ? citations(region.sources) : nil,
    ])
  }

  public func visit(_ visit: Visit) -> JSONValue {
    .object([
      "id": .string(visit.id.rawValue), "title": .string(visit.title),
      "ordinal": visit.ordinal.map(JSONValue.int), "ordinalIsDerived": visit.ordinalIsDerived ? .bool(true) : nil,
      "start": .string(visit.start.description), "end": .string(visit.end.description),
      "places": list(visit.places) { place in
        .object(["name": .string(place.name), "region": .stringIfPresent(place.region?.rawValue)])
      },
      "leaders": list(visit.leaders, person),
      "announced": list(visit.announced) {
        .object(["count": .int($0.count), "counts": .string($0.scope.rawValue), "sources": citations($0.sources)])
      },
      "recorded": derived(.int(catalog.agreements(of: visit.id).count)),
      "coverage": derived(.string(catalog.coverage(of: visit).sentence)),
      "summary": .string(visit.summary), "notes": list(visit.notes, note), "sources": citations(visit.sources),
    ])
  }

  public func source(_ source: Source) -> JSONValue { self.source(source, quote: nil) }

  private func source(_ source: Source, quote: String?) -> JSONValue {
    .object([
      "id": .string(source.id.rawValue), "publisher": .string(source.publisher),
      "title": .stringIfPresent(source.title), "url": .stringIfPresent(source.url),
      "published": .stringIfPresent(source.published?.description), "kind": .string(source.kind.rawValue),
      "copyOf": .stringIfPresent(source.copyOf), "language": .stringIfPresent(source.language),
      "note": .stringIfPresent(source.note), "quote": .stringIfPresent(quote),
    ])
  }

  // MARK: - Parts

  /// Citations: by source id in the file, each expanded into its source with the quote otherwise.
  public func citations(_ citations: [Citation]) -> JSONValue {
    switch style {
    case .file:
      .array(citations.map { .object(["source": .string($0.source.rawValue), "quote": .stringIfPresent($0.quote)]) })
    case .expanded:
      .array(
        citations.compactMap { citation in catalog.source(citation.source).map { source($0, quote: citation.quote) } })
    }
  }

  /// A relation: its kind, its target, and in command output the target's title.
  private func relation<Record>(_ relation: Relation<Record>, title: String?) -> JSONValue {
    .object([
      "kind": .string(relation.kind.rawValue), "target": .string(relation.target.rawValue),
      "title": derived(.stringIfPresent(title)), "sources": citations(relation.sources),
    ])
  }

  /// The later records that relate to one, as `{"kind", "from", "title"}`: the 2008 declaration
  /// lists the 2025 one that `updates` it.
  private func later(_ entries: [(kind: String, id: String, title: String)]) -> JSONValue {
    .array(entries.map { .object(["kind": .string($0.kind), "from": .string($0.id), "title": .string($0.title)]) })
  }

  public func note(_ note: Note) -> JSONValue {
    .object([
      "kind": .string(note.kind.rawValue), "text": .string(note.text),
      "sources": note.sources.isEmpty ? nil : citations(note.sources),
    ])
  }

  public func person(_ person: Person) -> JSONValue {
    .object([
      "name": .string(person.name), "office": .string(person.office), "country": .string(person.country.rawValue),
    ])
  }

  public func party(_ party: Party) -> JSONValue {
    .object(["name": .string(party.name), "country": .string(party.country.rawValue)])
  }

  /// A region by code, and in command output also by name: `{"code": …, "name": …, "nameJa": …}`.
  public func regionReference(_ code: Region.Code) -> JSONValue {
    let region = catalog.region(code)
    return .object([
      "code": .string(code.rawValue), "name": .stringIfPresent(region?.name),
      "nameJa": .stringIfPresent(region?.nameJa),
    ])
  }

  /// The status on the dataset's as-of date: `{"status": "in-force", "until": "2028-10", "asOf": …}`.
  public func status(of partnership: Partnership) -> JSONValue {
    let status = partnership.status(on: catalog.dataset.asOf)
    let date: PartialDate? =
      switch status {
      case .inForce(let until): until
      case .termEnded(let end): end
      case .noTermStated: nil
      }
    return .object([
      "status": .string(status.kind.rawValue), "until": .stringIfPresent(date?.description),
      "asOf": .string(catalog.dataset.asOf.description),
    ])
  }

  // MARK: - The rules that tell the styles apart

  /// A list the file may leave out when empty, as the reader reads a missing list as empty;
  /// command output always shows it.
  public func list<Element>(_ elements: [Element], _ transform: (Element) -> JSONValue) -> JSONValue? {
    style == .file && elements.isEmpty ? nil : .array(elements.map(transform))
  }

  /// A list left out when empty in both styles.
  public func omittedWhenEmpty<Element>(_ elements: [Element], _ transform: (Element) -> JSONValue) -> JSONValue? {
    elements.isEmpty ? nil : .array(elements.map(transform))
  }

  /// A value worked out from the catalog: in command output only, never in the file.
  private func derived(_ value: @autoclosure () -> JSONValue?) -> JSONValue? {
    style == .expanded ? value() : nil
  }

  /// A region as its code in the file, as a reference with its names in command output.
  private func regionField(_ code: Region.Code) -> JSONValue {
    style == .file ? .string(code.rawValue) : regionReference(code)
  }
}

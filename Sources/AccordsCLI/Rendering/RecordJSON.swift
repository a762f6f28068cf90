import AccordsCore

/// The JSON shape of each record in command output: complete, never shortened, keys in a
/// fixed order, and every citation expanded to its source so a reader can quote it.
struct RecordJSON {
  let catalog: Catalog

  func agreement(_ agreement: Agreement) -> JSONValue {
    .object([
      "id": .string(agreement.id.rawValue),
      "title": .string(agreement.title),
      "titleJa": .stringIfPresent(agreement.titleJa),
      "aliases": agreement.aliases.isEmpty ? nil : .array(agreement.aliases.map(JSONValue.string)),
      "type": .string(agreement.type.rawValue),
      "typeName": .string(agreement.type.displayName),
      "visit": .stringIfPresent(agreement.visit?.rawValue),
      "date": .stringIfPresent(agreement.date?.description),
      "signed": .stringIfPresent(agreement.signed?.description),
      "signedBy": agreement.signedBy.isEmpty ? nil : .array(agreement.signedBy.map(person)),
      "parties": .array(agreement.parties.map(party)),
      "exchangedBy": agreement.exchangedBy.isEmpty ? nil : .array(agreement.exchangedBy.map(person)),
      "areas": .array(agreement.areas.map { .string($0.rawValue) }),
      "summary": .string(agreement.summary),
      "notes": .array(agreement.notes.map(note)),
      "sources": citations(agreement.sources),
    ])
  }

  func partnership(_ partnership: Partnership, seenFrom region: Region.Code? = nil) -> JSONValue {
    .object([
      "id": .string(partnership.id.rawValue),
      "partner": region.flatMap { partnership.partner(of: $0) }.map(regionReference),
      "state": regionReference(partnership.state),
      "prefecture": regionReference(partnership.prefecture),
      "kind": .string(partnership.kind.rawValue),
      "title": .string(partnership.title),
      "signed": .stringIfPresent(partnership.signed?.description),
      "signedBy": .array(partnership.signedBy.map(party)),
      "renewals": .array(
        partnership.renewals.map { renewal in
          .object([
            "date": .string(renewal.date.description),
            "summary": .string(renewal.summary),
            "sources": citations(renewal.sources),
          ])
        }),
      "validUntil": .stringIfPresent(partnership.validUntil?.description),
      "status": status(of: partnership),
      "summary": .string(partnership.summary),
      "notes": .array(partnership.notes.map(note)),
      "sources": citations(partnership.sources),
    ])
  }

  func area(_ area: VisionArea) -> JSONValue {
    .object([
      "id": .string(area.id.rawValue),
      "ordinal": .int(area.ordinal),
      "numeral": .string(area.romanNumeral),
      "name": .string(area.name),
      "nameJa": .stringIfPresent(area.nameJa),
      "description": .stringIfPresent(area.description),
      "agreements": .array(catalog.agreements(serving: area.id).map { .string($0.id.rawValue) }),
      "initiatives": .array(catalog.initiatives(serving: area.id).map { .string($0.id.rawValue) }),
      "figures": .array(catalog.figures(in: area.id).map { .string($0.id.rawValue) }),
      "notes": .array(area.notes.map(note)),
      "sources": citations(area.sources),
    ])
  }

  func initiative(_ initiative: Initiative) -> JSONValue {
    .object([
      "id": .string(initiative.id.rawValue),
      "name": .string(initiative.name),
      "aliases": .array(initiative.aliases.map(JSONValue.string)),
      "visit": .stringIfPresent(initiative.visit?.rawValue),
      "areas": .array(initiative.areas.map { .string($0.rawValue) }),
      "summary": .string(initiative.summary),
      "notes": .array(initiative.notes.map(note)),
      "sources": citations(initiative.sources),
    ])
  }

  func figure(_ figure: Figure) -> JSONValue {
    .object([
      "id": .string(figure.id.rawValue),
      "label": .string(figure.label),
      "value": .number(figure.value),
      "unit": .string(figure.unit),
      "qualifier": .string(figure.qualifier.rawValue),
      "kind": .string(figure.kind.rawValue),
      "readable": .string(figure.readableAmount),
      "period": .stringIfPresent(figure.period),
      "areas": .array(figure.areas.map { .string($0.rawValue) }),
      "notes": .array(figure.notes.map(note)),
      "sources": citations(figure.sources),
    ])
  }

  func region(_ region: Region) -> JSONValue {
    .object([
      "code": .string(region.code.rawValue),
      "name": .string(region.name),
      "nameJa": .stringIfPresent(region.nameJa),
      "country": .string(region.country.rawValue),
      "kind": .string(region.kind.rawValue),
      "kindJa": .stringIfPresent(region.prefectureSuffix.map(String.init)),
      "aliases": .array(
        region.aliases.map { alias in
          .object([
            "name": .string(alias.name), "kind": .string(alias.kind.rawValue),
            "until": .stringIfPresent(alias.until?.description), "sources": citations(alias.sources),
          ])
        }),
      "partners": .int(catalog.partnerships(involving: region.code).count),
      "notes": .array(region.notes.map(note)),
    ])
  }

  func source(_ source: Source, quote: String? = nil) -> JSONValue {
    .object([
      "id": .string(source.id.rawValue),
      "publisher": .string(source.publisher),
      "title": .stringIfPresent(source.title),
      "url": .stringIfPresent(source.url),
      "published": .stringIfPresent(source.published?.description),
      "kind": .string(source.kind.rawValue),
      "copyOf": .stringIfPresent(source.copyOf),
      "language": .stringIfPresent(source.language),
      "note": .stringIfPresent(source.note),
      "quote": .stringIfPresent(quote),
    ])
  }

  func citations(_ citations: [Citation]) -> JSONValue {
    .array(
      citations.compactMap { citation in
        catalog.source(citation.source).map { source($0, quote: citation.quote) }
      })
  }

  func note(_ note: Note) -> JSONValue {
    .object([
      "kind": .string(note.kind.rawValue),
      "text": .string(note.text),
      "sources": note.sources.isEmpty ? nil : citations(note.sources),
    ])
  }

  func regionReference(_ code: Region.Code) -> JSONValue {
    let region = catalog.region(code)
    return .object([
      "code": .string(code.rawValue),
      "name": .stringIfPresent(region?.name),
      "nameJa": .stringIfPresent(region?.nameJa),
    ])
  }

  /// The status on the dataset's as-of date: `{"status": "in-force", "until": "2028-10"}`.
  func status(of partnership: Partnership) -> JSONValue {
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

  private func party(_ party: Party) -> JSONValue {
    .object(["name": .string(party.name), "country": .string(party.country.rawValue)])
  }

  private func person(_ person: Person) -> JSONValue {
    .object([
      "name": .string(person.name), "office": .string(person.office),
      "country": .string(person.country.rawValue),
    ])
  }
}

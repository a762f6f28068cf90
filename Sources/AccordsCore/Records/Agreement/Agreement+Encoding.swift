extension RecordEncoder {
  public func agreement(_ agreement: Agreement) -> JSONValue {
    .object([
      "id": .string(agreement.id.rawValue), "title": .string(agreement.title),
      "titleJa": .stringIfPresent(agreement.titleJa), "aliases": omittedWhenEmpty(agreement.aliases, JSONValue.string),
      "type": .string(agreement.type.rawValue), "typeName": derived(.string(agreement.type.displayName)),
      "visit": .stringIfPresent(agreement.visit?.rawValue), "date": .stringIfPresent(agreement.date?.description),
      "signed": .stringIfPresent(agreement.signed?.description),
      "signedAt": .stringIfPresent(agreement.signedAt),
      "signedBy": omittedWhenEmpty(agreement.signedBy, personMention),
      "timing": derived(.string(catalog.timing(of: agreement).rawValue)),
      "inForce": .stringIfPresent(agreement.inForce?.description),
      "events": omittedWhenEmpty(agreement.events) { event in
        .object([
          "kind": .string(event.kind.rawValue), "date": .stringIfPresent(event.date?.description),
          "sources": citations(event.sources),
        ])
      },
      "status": derived(status(of: agreement)),
      "parties": .array(agreement.parties.map(partyMention)),
      "exchangedBy": omittedWhenEmpty(agreement.exchangedBy, personMention),
      "areas": .array(agreement.areas.map { .string($0.rawValue) }),
      "relations": omittedWhenEmpty(agreement.relations) { relation($0, title: catalog.agreement($0.target)?.title) },
      "registers": omittedWhenEmpty(agreement.registers) { entry in
        .object([
          "register": .string(entry.register.rawValue), "id": .string(entry.id), "url": .stringIfPresent(entry.url),
          "sources": citations(entry.sources),
        ])
      },
      "relatedFrom": derived(
        later(
          catalog.agreements(relatingTo: agreement.id).map {
            ($0.kind.rawValue, $0.agreement.id.rawValue, $0.agreement.title)
          })),
      "summary": .string(agreement.summary),
      "contested": contested(agreement.notes), "notes": list(agreement.notes, note),
      "sources": citations(agreement.sources),
    ])
  }
}

extension RecordEncoder {
  public func person(_ person: Person) -> JSONValue {
    .object([
      "id": .string(person.id.rawValue), "name": .string(person.name), "nameJa": .stringIfPresent(person.nameJa),
      "aliases": omittedWhenEmpty(person.aliases, JSONValue.string), "country": .string(person.country.rawValue),
      "documents": derived(.int(catalog.agreements(withPerson: person.id).count)),
      "visits": derived(.array(catalog.visits(ledBy: person.id).map { .string($0.id.rawValue) })),
      "notes": list(person.notes, note), "sources": citations(person.sources),
    ])
  }

  /// A person named on a record, with the office held then; in command output also the name.
  public func personMention(_ mention: PersonMention) -> JSONValue {
    .object([
      "person": .string(mention.person.rawValue),
      "name": derived(.stringIfPresent(catalog.person(mention.person)?.name)),
      "office": .string(mention.office),
    ])
  }
}

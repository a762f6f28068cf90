extension RecordEncoder {
  public func party(_ party: Party) -> JSONValue {
    .object([
      "id": .string(party.id.rawValue), "name": .string(party.name), "nameJa": .stringIfPresent(party.nameJa),
      "aliases": omittedWhenEmpty(party.aliases, JSONValue.string), "country": .string(party.country.rawValue),
      "kind": .string(party.kind.rawValue), "partOf": .stringIfPresent(party.partOf?.rawValue),
      "region": party.region.map(regionField),
      "documents": derived(.int(catalog.agreements(withParty: party.id).count)),
      "notes": list(party.notes, note), "sources": citations(party.sources),
    ])
  }

  /// A party named on a record: its id and the source's wording in the file; in command output
  /// also its name and country.
  public func partyMention(_ mention: PartyMention) -> JSONValue {
    let party = catalog.party(mention.party)
    return .object([
      "party": .string(mention.party.rawValue), "name": derived(.stringIfPresent(party?.fullName)),
      "country": derived(.stringIfPresent(party?.country.rawValue)), "asWritten": .stringIfPresent(mention.asWritten),
    ])
  }
}

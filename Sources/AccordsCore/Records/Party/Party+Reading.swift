extension CatalogReader {
  mutating func party() throws(JSONSyntaxError) -> Party? {
    var id: Party.ID?
    var name: String?
    var nameJa: String?
    var aliases: [String] = []
    var country: Country?
    var kind: Party.Kind?
    var partOf: Party.ID?
    var region: Region.Code?
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(CatalogFormat.party) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Party.self)
      case "name": name = try r.string()
      case "nameJa": nameJa = try r.string()
      case "aliases": aliases = try r.strings() ?? []
      case "country": country = try r.value(Country.self, noun: "a country code")
      case "kind": kind = try r.value(Party.Kind.self, noun: "a kind of party")
      case "partOf": partOf = try r.identifier(Party.self)
      case "region": region = try r.identifier(Region.self)
      case "notes": notes = try r.notes()
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let id, let name, let country, let kind, let sources else { return nil }
    return Party(
      id: id, name: name, nameJa: nameJa, aliases: aliases, country: country, kind: kind, partOf: partOf,
      region: region, notes: notes, sources: sources)
  }

  mutating func partyMention() throws(JSONSyntaxError) -> PartyMention? {
    var party: Party.ID?
    var asWritten: String?
    let complete = try object(CatalogFormat.partyMention) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "party": party = try r.identifier(Party.self)
      case "asWritten": asWritten = try r.string()
      default: break
      }
    }
    guard complete, let party else { return nil }
    return PartyMention(party: party, asWritten: asWritten)
  }

  mutating func partyMentions() throws(JSONSyntaxError) -> [PartyMention]? {
    try list { (r) throws(JSONSyntaxError) in try r.partyMention() }
  }
}

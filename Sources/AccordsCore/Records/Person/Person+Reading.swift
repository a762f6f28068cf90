extension CatalogReader {
  mutating func person() throws(JSONSyntaxError) -> Person? {
    var id: Person.ID?
    var name: String?
    var nameJa: String?
    var aliases: [String] = []
    var country: Country?
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(CatalogFormat.person) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Person.self)
      case "name": name = try r.string()
      case "nameJa": nameJa = try r.string()
      case "aliases": aliases = try r.strings() ?? []
      case "country": country = try r.value(Country.self, noun: "a country code")
      case "notes": notes = try r.notes()
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let id, let name, let country, let sources else { return nil }
    return Person(
      id: id, name: name, nameJa: nameJa, aliases: aliases, country: country, notes: notes, sources: sources)
  }

  mutating func personMentions() throws(JSONSyntaxError) -> [PersonMention] {
    try list { (r) throws(JSONSyntaxError) in
      var person: Person.ID?
      var office: String?
      let complete = try r.object(CatalogFormat.personMention) { (r, key) throws(JSONSyntaxError) in
        switch key {
        case "person": person = try r.identifier(Person.self)
        case "office": office = try r.string()
        default: break
        }
      }
      guard complete, let person, let office else { return nil }
      return PersonMention(person: person, office: office)
    } ?? []
  }
}

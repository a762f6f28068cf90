extension CatalogReader {
  mutating func region() throws(JSONSyntaxError) -> Region? {
    var code: Region.Code?
    var name: String?
    var nameJa: String?
    var nameHi: String?
    var reading: String?
    var country: Country?
    var kind: Region.Kind?
    var aliases: [Alias] = []
    var cities: [Region.City] = []
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(CatalogFormat.region) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "code": code = try r.identifier(Region.self)
      case "name": name = try r.string()
      case "nameJa": nameJa = try r.string()
      case "nameHi": nameHi = try r.string()
      case "reading": reading = try r.string()
      case "country": country = try r.value(Country.self, noun: "a country code")
      case "kind": kind = try r.value(Region.Kind.self, noun: "a kind of region")
      case "aliases": aliases = try r.list { (r) throws(JSONSyntaxError) in try r.alias() } ?? []
      case "cities": cities = try r.list { (r) throws(JSONSyntaxError) in try r.city() } ?? []
      case "notes": notes = try r.notes()
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let code, let name, let country, let kind, let sources else { return nil }
    return Region(
      code: code, name: name, nameJa: nameJa, nameHi: nameHi, reading: reading, country: country, kind: kind,
      aliases: aliases, cities: cities, notes: notes, sources: sources)
  }

  mutating func city() throws(JSONSyntaxError) -> Region.City? {
    var name: String?
    var otherNames: [String] = []
    var sources: [Citation]?
    let complete = try object(CatalogFormat.city) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "name": name = try r.string()
      case "otherNames": otherNames = try r.strings() ?? []
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let name, let sources else { return nil }
    return Region.City(name: name, otherNames: otherNames, sources: sources)
  }
}

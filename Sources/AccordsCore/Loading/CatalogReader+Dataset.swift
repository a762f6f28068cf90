// The dataset's reader. Each kind of record has its reader beside its description
// (`Records/<Kind>/<Kind>+Reading.swift`): each reads the fields `CatalogFormat` lists for it and
// returns `nil` when a required field is missing or invalid; the problem is already reported.

extension CatalogReader {
  mutating func dataset() throws(JSONSyntaxError) -> Dataset? {
    var name: String?
    var version: String?
    var asOf: PartialDate?
    var description: String?
    var notes: [Note] = []
    let complete = try object(CatalogFormat.dataset) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "name": name = try r.string()
      case "version": version = try r.string()
      case "asOf": asOf = try r.date()
      case "description": description = try r.string()
      case "notes": notes = try r.notes()
      default: break
      }
    }
    guard complete, let name, let version, let asOf, let description else { return nil }
    return Dataset(name: name, version: version, asOf: asOf, description: description, notes: notes)
  }
}

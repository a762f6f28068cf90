extension CatalogReader {
  mutating func initiative() throws(JSONSyntaxError) -> Initiative? {
    var id: Initiative.ID?
    var name: String?
    var aliases: [String] = []
    var visit: Visit.ID?
    var areas: [VisionArea.ID]?
    var summary: String?
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(CatalogFormat.initiative) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Initiative.self)
      case "name": name = try r.string()
      case "aliases": aliases = try r.strings() ?? []
      case "visit": visit = try r.identifier(Visit.self)
      case "areas": areas = try r.strings()?.map(VisionArea.ID.init(rawValue:))
      case "summary": summary = try r.string()
      case "notes": notes = try r.notes()
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let id, let name, let areas, let summary, let sources else { return nil }
    return Initiative(
      id: id, name: name, aliases: aliases, visit: visit, areas: areas, summary: summary, notes: notes, sources: sources
    )
  }
}

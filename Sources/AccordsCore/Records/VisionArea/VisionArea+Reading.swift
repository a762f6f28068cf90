extension CatalogReader {
  mutating func area() throws(JSONSyntaxError) -> VisionArea? {
    var id: VisionArea.ID?
    var ordinal: Int?
    var name: String?
    var nameJa: String?
    var description: String?
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(CatalogFormat.area) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(VisionArea.self)
      case "ordinal": ordinal = try r.integer()
      case "name": name = try r.string()
      case "nameJa": nameJa = try r.string()
      case "description": description = try r.string()
      case "notes": notes = try r.notes()
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let id, let ordinal, let name, let sources else { return nil }
    return VisionArea(
      id: id, ordinal: ordinal, name: name, nameJa: nameJa, description: description, notes: notes, sources: sources)
  }
}

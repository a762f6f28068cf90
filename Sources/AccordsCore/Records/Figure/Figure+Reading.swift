extension CatalogReader {
  mutating func figure() throws(JSONSyntaxError) -> Figure? {
    var id: Figure.ID?
    var label: String?
    var value: Double?
    var unit: String?
    var qualifier: Figure.Qualifier?
    var kind: Figure.Kind?
    var period: String?
    var visit: Visit.ID?
    var areas: [VisionArea.ID] = []
    var relations: [Relation<Figure>] = []
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(CatalogFormat.figure) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Figure.self)
      case "label": label = try r.string()
      case "value": value = try r.number(upTo: CatalogFormat.largestFigureValue)
      case "unit": unit = try r.string()
      case "qualifier": qualifier = try r.value(Figure.Qualifier.self, noun: "a qualifier")
      case "kind": kind = try r.value(Figure.Kind.self, noun: "a kind of figure")
      case "period": period = try r.string()
      case "visit": visit = try r.identifier(Visit.self)
      case "areas": areas = try r.strings()?.map(VisionArea.ID.init(rawValue:)) ?? []
      case "relations": relations = try r.relations(Figure.self)
      case "notes": notes = try r.notes()
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let id, let label, let value, let unit, let qualifier, let kind, let sources else { return nil }
    return Figure(
      id: id, label: label, value: value, unit: unit, qualifier: qualifier, kind: kind, period: period, visit: visit,
      areas: areas, relations: relations, notes: notes, sources: sources)
  }
}

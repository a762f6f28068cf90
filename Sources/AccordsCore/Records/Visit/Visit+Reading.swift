extension CatalogReader {
  mutating func visit() throws(JSONSyntaxError) -> Visit? {
    var id: Visit.ID?
    var title: String?
    var ordinal: Int?
    var ordinalIsDerived = false
    var start: PartialDate?
    var end: PartialDate?
    var places: [Visit.Place] = []
    var leaders: [PersonMention] = []
    var announced: [Visit.AnnouncedCount] = []
    var summary: String?
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(CatalogFormat.visit) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Visit.self)
      case "title": title = try r.string()
      case "ordinal": ordinal = try r.integer()
      case "ordinalIsDerived": ordinalIsDerived = try r.boolean() ?? false
      case "start": start = try r.date()
      case "end": end = try r.date()
      case "places": places = try r.list { (r) throws(JSONSyntaxError) in try r.place() } ?? []
      case "leaders": leaders = try r.personMentions()
      case "announced": announced = try r.list { (r) throws(JSONSyntaxError) in try r.announcedCount() } ?? []
      case "summary": summary = try r.string()
      case "notes": notes = try r.notes()
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let id, let title, let start, let end, let summary, let sources else { return nil }
    return Visit(
      id: id, title: title, ordinal: ordinal, ordinalIsDerived: ordinalIsDerived, start: start, end: end,
      places: places, leaders: leaders, announced: announced, summary: summary, notes: notes, sources: sources)
  }
}

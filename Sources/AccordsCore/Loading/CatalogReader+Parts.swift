// Readers for the parts records share: places, citations, notes, aliases and
// renewals. Like the record readers, each returns `nil` when a required field is missing or
// invalid; the problem is already reported.

extension CatalogReader {
  mutating func place() throws(JSONSyntaxError) -> Visit.Place? {
    var name: String?
    var region: Region.Code?
    let complete = try object(CatalogFormat.place) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "name": name = try r.string()
      case "region": region = try r.identifier(Region.self)
      default: break
      }
    }
    guard complete, let name else { return nil }
    return Visit.Place(name: name, region: region)
  }

  mutating func citations() throws(JSONSyntaxError) -> [Citation]? {
    try list { (r) throws(JSONSyntaxError) in
      var source: Source.ID?
      var quote: String?
      let complete = try r.object(CatalogFormat.citation) { (r, key) throws(JSONSyntaxError) in
        switch key {
        case "source":
          let offset = r.scanner.valueOffset()
          source = try r.identifier(Source.self)
          if let source { r.citationsInRecord.append((source, offset)) }
        case "quote": quote = try r.string()
        default: break
        }
      }
      guard complete, let source else { return nil }
      return Citation(source: source, quote: quote)
    }
  }

  mutating func notes() throws(JSONSyntaxError) -> [Note] {
    try list { (r) throws(JSONSyntaxError) in
      var kind: Note.Kind?
      var text: String?
      var sources: [Citation] = []
      let complete = try r.object(CatalogFormat.note) { (r, key) throws(JSONSyntaxError) in
        switch key {
        case "kind": kind = try r.value(Note.Kind.self, noun: "a kind of note")
        case "text": text = try r.string()
        case "sources": sources = try r.citations() ?? []
        default: break
        }
      }
      guard complete, let kind, let text else { return nil }
      return Note(kind: kind, text: text, sources: sources)
    } ?? []
  }

  mutating func renewal() throws(JSONSyntaxError) -> Partnership.Renewal? {
    var date: PartialDate?
    var summary: String?
    var sources: [Citation]?
    let complete = try object(CatalogFormat.renewal) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "date": date = try r.date()
      case "summary": summary = try r.string()
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let date, let summary, let sources else { return nil }
    return Partnership.Renewal(date: date, summary: summary, sources: sources)
  }

  mutating func alias() throws(JSONSyntaxError) -> Alias? {
    var name: String?
    var kind: Alias.Kind?
    var until: PartialDate?
    var sources: [Citation]?
    let complete = try object(CatalogFormat.alias) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "name": name = try r.string()
      case "kind": kind = try r.value(Alias.Kind.self, noun: "a kind of alias")
      case "until": until = try r.date()
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let name, let kind, let sources else { return nil }
    return Alias(name: name, kind: kind, until: until, sources: sources)
  }

  mutating func announcedCount() throws(JSONSyntaxError) -> Visit.AnnouncedCount? {
    var count: Int?
    var scope: Visit.AnnouncedCount.Scope?
    var sources: [Citation]?
    let complete = try object(CatalogFormat.announcedCount) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "count": count = try r.integer()
      case "counts": scope = try r.value(Visit.AnnouncedCount.Scope.self, noun: "what a count counts")
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let count, let scope, let sources else { return nil }
    return Visit.AnnouncedCount(count: count, scope: scope, sources: sources)
  }

  mutating func relations<Record>(_: Record.Type) throws(JSONSyntaxError) -> [Relation<Record>] {
    try list { (r) throws(JSONSyntaxError) in
      var kind: Relation<Record>.Kind?
      var target: Identifier<Record>?
      var sources: [Citation]?
      let complete = try r.object(CatalogFormat.relation) { (r, key) throws(JSONSyntaxError) in
        switch key {
        case "kind": kind = try r.value(Relation<Record>.Kind.self, noun: "a kind of relation")
        case "target": target = try r.identifier(Record.self)
        case "sources": sources = try r.citations()
        default: break
        }
      }
      guard complete, let kind, let target, let sources else { return nil }
      return Relation(kind: kind, target: target, sources: sources)
    } ?? []
  }
}

extension CatalogReader {
  mutating func source() throws(JSONSyntaxError) -> Source? {
    var id: Source.ID?
    var publisher: String?
    var title: String?
    var url: String?
    var published: PartialDate?
    var kind: Source.Kind?
    var copyOf: String?
    var language: String?
    var note: String?
    let complete = try object(CatalogFormat.source) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Source.self)
      case "publisher": publisher = try r.string()
      case "title": title = try r.string()
      case "url": url = try r.string()
      case "published": published = try r.date()
      case "kind": kind = try r.value(Source.Kind.self, noun: "a kind of source")
      case "copyOf": copyOf = try r.string()
      case "language": language = try r.string()
      case "note": note = try r.string()
      default: break
      }
    }
    guard complete, let id, let publisher, let kind else { return nil }
    return Source(
      id: id, publisher: publisher, title: title, url: url, published: published, kind: kind, copyOf: copyOf,
      language: language, note: note)
  }
}

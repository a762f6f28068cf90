extension Initiative: CatalogRecord {
  public var reference: RecordReference { .initiative(id) }
  public func displayTitle(in catalog: Catalog) -> String { name }

  public var names: [RecordName] {
    Self.titledNames(id: id.rawValue, title: name, shortNames: aliases)
  }

  public func searchFields(in catalog: Catalog) -> [SearchField] {
    [
      SearchField("name", name, .title), SearchField("alias", aliases.joined(separator: "; "), .title),
      SearchField("id", id.rawValue, .identifier), SearchField("summary", summary, .body),
    ] + Self.noteAndQuoteFields(notes, sources)
  }

  public func encoded(by encoder: RecordEncoder) -> JSONValue { encoder.initiative(self) }
}

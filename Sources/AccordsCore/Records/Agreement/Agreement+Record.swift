extension Agreement: CatalogRecord {
  public var reference: RecordReference { .agreement(id) }
  public func displayTitle(in catalog: Catalog) -> String { title }

  public var names: [RecordName] {
    Self.titledNames(id: id.rawValue, title: title, shortNames: aliases)
      + (titleJa.map { [RecordName($0, .japaneseName, suggested: false)] } ?? [])
  }

  public func searchFields(in catalog: Catalog) -> [SearchField] {
    [
      SearchField("title", title, .title), SearchField("alias", aliases.joined(separator: "; "), .title),
      SearchField("title", titleJa ?? "", .title), SearchField("id", id.rawValue, .identifier),
      SearchField("type", type.displayName, .identifier), SearchField("summary", summary, .body),
      SearchField("parties", catalog.names(of: parties), .body),
      SearchField("exchanged by", catalog.names(of: exchangedBy), .body),
      SearchField("signed by", catalog.names(of: signedBy), .body),
    ] + Self.noteAndQuoteFields(notes, sources)
  }

  public func encoded(by encoder: RecordEncoder) -> JSONValue { encoder.agreement(self) }
}

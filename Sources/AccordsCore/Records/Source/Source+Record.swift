extension Source: CatalogRecord {
  public var reference: RecordReference { .source(id) }
  public func displayTitle(in catalog: Catalog) -> String { publisher }
  public var names: [RecordName] { [RecordName(id.rawValue, .exact)] }

  public func searchFields(in catalog: Catalog) -> [SearchField] {
    [
      SearchField("publisher", publisher, .identifier), SearchField("title", title ?? "", .identifier),
      SearchField("id", id.rawValue, .body),
    ]
  }

  public func encoded(by encoder: RecordEncoder) -> JSONValue { encoder.source(self) }
}

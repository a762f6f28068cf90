extension Figure: CatalogRecord {
  public var reference: RecordReference { .figure(id) }
  public func displayTitle(in catalog: Catalog) -> String { "\(label): \(readableAmount)" }
  public var names: [RecordName] { [RecordName(id.rawValue, .exact)] }

  public func searchFields(in catalog: Catalog) -> [SearchField] {
    [
      SearchField("label", label, .title), SearchField("id", id.rawValue, .identifier),
      SearchField("amount", readableAmount, .body), SearchField("period", period ?? "", .body),
    ] + Self.noteAndQuoteFields(notes, sources)
  }

  public func encoded(by encoder: RecordEncoder) -> JSONValue { encoder.figure(self) }
}

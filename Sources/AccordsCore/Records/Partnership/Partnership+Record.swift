extension Partnership: CatalogRecord {
  public var reference: RecordReference { .partnership(id) }
  /// `Tamil Nadu – Ehime`: the two sides by name, as search hits show them.
  public func displayTitle(in catalog: Catalog) -> String {
    [catalog.region(state)?.name, catalog.region(prefecture)?.name].compactMap { $0 }.joined(separator: " – ")
  }

  public var names: [RecordName] { [RecordName(id.rawValue, .exact)] }

  public func searchFields(in catalog: Catalog) -> [SearchField] {
    let prefectureRegion = catalog.region(prefecture)
    let regionNames = [catalog.region(state)?.name, prefectureRegion?.name, prefectureRegion?.nameJa]
      .compactMap { $0 }
    return [
      SearchField("regions", regionNames.joined(separator: "; "), .relatedName), SearchField("title", title, .title),
      SearchField("id", id.rawValue, .identifier), SearchField("summary", summary, .body),
    ] + Self.noteAndQuoteFields(notes, sources)
  }

  public func encoded(by encoder: RecordEncoder) -> JSONValue { encoder.partnership(self) }
}

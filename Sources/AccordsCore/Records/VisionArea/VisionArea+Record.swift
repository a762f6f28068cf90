extension VisionArea: CatalogRecord {
  public var reference: RecordReference { .area(id) }
  public func displayTitle(in catalog: Catalog) -> String { name }

  public var names: [RecordName] {
    [
      RecordName(id.rawValue, .exact), RecordName(name, .exact, suggested: false),
      RecordName(romanNumeral, .exact, suggested: false),
      RecordName("\(romanNumeral). \(name)", .exact, suggested: false),
      RecordName("area \(romanNumeral)", .exact, suggested: false),
      RecordName("area \(ordinal)", .exact, suggested: false),
    ]
  }

  public func searchFields(in catalog: Catalog) -> [SearchField] {
    [
      SearchField("name", name, .title), SearchField("name", nameJa ?? "", .title),
      SearchField("id", id.rawValue, .identifier), SearchField("description", description ?? "", .body),
    ] + Self.noteAndQuoteFields(notes, sources)
  }

  public func encoded(by encoder: RecordEncoder) -> JSONValue { encoder.area(self) }
}

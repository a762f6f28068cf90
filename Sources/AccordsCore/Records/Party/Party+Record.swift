extension Party: CatalogRecord {
  public var reference: RecordReference { .party(id) }
  public func displayTitle(in catalog: Catalog) -> String { fullName }

  /// Its id, name, Japanese name and aliases: `METI`, `経済産業省` and `Ministry of Economy,
  /// Trade and Industry` all name one body.
  public var names: [RecordName] {
    var names = [RecordName(id.rawValue, .exact), RecordName(name, .exact)]
    if fullName != name { names.append(RecordName(fullName, .exact, suggested: false)) }
    if let nameJa { names.append(RecordName(nameJa, .japaneseName)) }
    names += aliases.map { RecordName($0, .exact) }
    return names
  }

  public func searchFields(in catalog: Catalog) -> [SearchField] {
    Self.nameFields(id: id.rawValue, name: name, nameJa: nameJa, aliases: aliases) + Self.noteAndQuoteFields(notes, [])
  }

  public func encoded(by encoder: RecordEncoder) -> JSONValue { encoder.party(self) }
}

extension Person: CatalogRecord {
  public var reference: RecordReference { .person(id) }
  public func displayTitle(in catalog: Catalog) -> String { name }

  /// Its id, its name in either order ("Shigeru Ishiba", "Ishiba Shigeru"), its family name
  /// alone, its Japanese name and its aliases.
  public var names: [RecordName] {
    var names = [RecordName(id.rawValue, .exact), RecordName(name, .exact)]
    let words = name.split(separator: " ")
    if words.count == 2 {
      names.append(RecordName("\(words[1]) \(words[0])", .exact, suggested: false))
    }
    if words.count > 1, let family = words.last, family.count > 2 {
      names.append(RecordName(String(family), .familyName, suggested: false))
    }
    if let nameJa {
      names.append(RecordName(nameJa, .japaneseName))
      names.append(RecordName("\(name) \(nameJa)", .exact, suggested: false))
    }
    names += aliases.map { RecordName($0, .exact) }
    return names
  }

  public func searchFields(in catalog: Catalog) -> [SearchField] {
    Self.nameFields(id: id.rawValue, name: name, nameJa: nameJa, aliases: aliases) + Self.noteAndQuoteFields(notes, [])
  }

  public func encoded(by encoder: RecordEncoder) -> JSONValue { encoder.person(self) }
}

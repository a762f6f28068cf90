extension Region: CatalogRecord {
  public var reference: RecordReference { .region(code) }
  public func displayTitle(in catalog: Catalog) -> String { name }

  /// Its name, its ISO code with and without the country prefix, its Japanese name with and
  /// without the suffix, and its aliases (a retired code also without its prefix).
  public var names: [RecordName] {
    var names = [RecordName(name, .exact), RecordName(code.rawValue, .code, suggested: false)]
    if let suffix = code.rawValue.split(separator: "-").last {
      names.append(RecordName(String(suffix), .code, suggested: false))
    }
    if let nameHi { names.append(RecordName(nameHi, .hindiName)) }
    if let reading {
      names.append(RecordName(reading, .japaneseName, suggested: false))
      if let bare = readingWithoutSuffix { names.append(RecordName(bare, .japaneseName, suggested: false)) }
    }
    if let nameJa {
      names.append(RecordName(nameJa, .japaneseName))
      if let bare = NameResolver.strippingJapaneseSuffix(nameJa) {
        names.append(RecordName(bare, .japaneseName, suggested: false))
      }
    }
    for alias in aliases {
      names.append(RecordName(alias.name, .alias(alias), suggested: alias.kind != .formerCode))
      if let bare = NameResolver.strippingJapaneseSuffix(alias.name) {
        names.append(RecordName(bare, .alias(alias), suggested: false))
      }
      if alias.kind == .formerCode, let suffix = alias.name.split(separator: "-").last {
        names.append(RecordName(String(suffix), .alias(alias), suggested: false))
      }
    }
    return names
  }

  /// The kana reading without the reading of the prefecture's suffix: ヒロシマ for ヒロシマケン
  /// (広島県), キョウト for キョウトフ, トウキョウ for トウキョウト; Hokkaido keeps its ドウ, as
  /// its Japanese name keeps 道.
  var readingWithoutSuffix: String? {
    guard let reading, let suffix = prefectureSuffix else { return nil }
    let ending =
      switch suffix {
      case "県": "ケン"
      case "府": "フ"
      case "都": "ト"
      default: ""
      }
    guard !ending.isEmpty, reading.hasSuffix(ending), reading.count > ending.count + 1 else { return nil }
    return String(reading.dropLast(ending.count))
  }

  /// Names, code and notes; a region's sources are the gazetteer's, not worth searching.
  public func searchFields(in catalog: Catalog) -> [SearchField] {
    [
      SearchField("name", name, .title), SearchField("name", nameJa ?? "", .title),
      SearchField("name", nameHi ?? "", .title), SearchField("reading", reading ?? "", .title),
      SearchField("cities", cities.flatMap { [$0.name] + $0.otherNames }.joined(separator: "; "), .body),
      SearchField("alias", aliases.map(\.name).joined(separator: "; "), .title),
      SearchField("code", code.rawValue, .identifier),
    ] + notes.map { SearchField("notes", $0.text, .note) }
  }

  public func encoded(by encoder: RecordEncoder) -> JSONValue { encoder.region(self) }
}

extension RecordEncoder {
  public func region(_ region: Region) -> JSONValue {
    .object([
      "code": .string(region.code.rawValue), "name": .string(region.name), "nameJa": .stringIfPresent(region.nameJa),
      "nameHi": .stringIfPresent(region.nameHi), "reading": .stringIfPresent(region.reading),
      "country": .string(region.country.rawValue), "kind": .string(region.kind.rawValue),
      "kindJa": derived(.stringIfPresent(region.prefectureSuffix.map(String.init))),
      "aliases": list(region.aliases) { alias in
        .object([
          "name": .string(alias.name), "kind": .string(alias.kind.rawValue),
          "until": .stringIfPresent(alias.until?.description), "sources": citations(alias.sources),
        ])
      },
      "cities": list(region.cities) { city in
        .object([
          "name": .string(city.name), "otherNames": omittedWhenEmpty(city.otherNames, JSONValue.string),
          "sources": citations(city.sources),
        ])
      },
      "partners": derived(.int(catalog.partnerships(involving: region.code).count)),
      "notes": list(region.notes, note),
      // The gazetteer's sources are in the file; command output leaves them to `show`.
      "sources": style == .file ? citations(region.sources) : nil,
    ])
  }
}

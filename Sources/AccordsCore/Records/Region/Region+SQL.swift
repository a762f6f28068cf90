extension Region: SQLRecord {
  static func sqlTables(_ catalog: Catalog) -> [SQLTable] {
    [
      CatalogSQL.regionsTable(catalog.regions), CatalogSQL.regionAliasesTable(catalog.regions),
      CatalogSQL.regionCitiesTable(catalog.regions),
    ]
  }

  static func addSQLNotes(_ catalog: Catalog, to notes: inout CatalogSQL.NoteRows) {
    notes.add(catalog.regions, notes: \.notes, sources: \.sources) {
      CatalogSQL.NoteRows.parts("aliases", $0.aliases, sources: \.sources)
        + CatalogSQL.NoteRows.parts("cities", $0.cities, sources: \.sources)
    }
  }
}

extension CatalogSQL {
  static func regionsTable(_ regions: [Region]) -> SQLTable {
    SQLTable(
      "regions",
      columns: [
        Column("code"), Column("name"), Column("name_ja", required: false), Column("name_hi", required: false),
        Column("reading", required: false), Column("country", allowed: countries),
        Column("kind", allowed: Region.Kind.allCases.map(\.rawValue)),
      ],
      primaryKey: ["code"],
      rows: regions.map { region in
        [
          .text(region.code.rawValue), .text(region.name), .optional(region.nameJa), .optional(region.nameHi),
          .optional(region.reading), .text(region.country.rawValue),
          .text(region.kind.rawValue),
        ]
      })
  }

  /// Cities in each region, one row per name: the city's own and each other name a source gives.
  static func regionCitiesTable(_ regions: [Region]) -> SQLTable {
    SQLTable(
      "region_cities",
      columns: [
        Column("region_code", references: ("regions", "code")), Column("seq", .integer), Column("name"),
        Column("other_names"),
      ],
      primaryKey: ["region_code", "seq"],
      rows: regions.flatMap { region in
        region.cities.enumerated().map { index, city in
          [
            .text(region.code.rawValue), .integer(index), .text(city.name),
            .text(city.otherNames.joined(separator: "; ")),
          ]
        }
      })
  }

  static func regionAliasesTable(_ regions: [Region]) -> SQLTable {
    SQLTable(
      "region_aliases",
      columns: [
        Column("region_code", references: ("regions", "code")), Column("seq", .integer), Column("name"),
        Column("kind", allowed: Alias.Kind.allCases.map(\.rawValue)),
      ] + dateColumns("until"),
      primaryKey: ["region_code", "seq"],
      rows: regions.flatMap { region in
        region.aliases.enumerated().map { index, alias in
          [.text(region.code.rawValue), .integer(index), .text(alias.name), .text(alias.kind.rawValue)]
            + dateValues(alias.until)
        }
      })
  }
}

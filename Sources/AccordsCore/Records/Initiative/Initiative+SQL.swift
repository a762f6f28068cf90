extension Initiative: SQLRecord {
  static func sqlTables(_ catalog: Catalog) -> [SQLTable] {
    [
      CatalogSQL.initiativesTable(catalog.initiatives), CatalogSQL.initiativeAliasesTable(catalog.initiatives),
      CatalogSQL.initiativeAreasTable(catalog.initiatives),
    ]
  }

  static func addSQLNotes(_ catalog: Catalog, to notes: inout CatalogSQL.NoteRows) {
    notes.add(catalog.initiatives, notes: \.notes, sources: \.sources)
  }
}

extension CatalogSQL {
  static func initiativesTable(_ initiatives: [Initiative]) -> SQLTable {
    SQLTable(
      "initiatives",
      columns: [
        Column("id"), Column("name"), Column("visit_id", required: false, references: ("visits", "id")),
        Column("summary"),
      ],
      primaryKey: ["id"],
      rows: initiatives.map { initiative in
        [
          .text(initiative.id.rawValue), .text(initiative.name), .optional(initiative.visit?.rawValue),
          .text(initiative.summary),
        ]
      })
  }

  static func initiativeAliasesTable(_ initiatives: [Initiative]) -> SQLTable {
    aliasTable(
      "initiative_aliases", owner: "initiative_id", references: "initiatives",
      initiatives.map { ($0.id.rawValue, $0.aliases) })
  }

  static func initiativeAreasTable(_ initiatives: [Initiative]) -> SQLTable {
    areaLinks(
      "initiative_areas", owner: "initiative_id", references: "initiatives",
      initiatives.map { ($0.id.rawValue, $0.areas) })
  }
}

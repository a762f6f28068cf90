extension VisionArea: SQLRecord {
  static func sqlTables(_ catalog: Catalog) -> [SQLTable] {
    [CatalogSQL.areasTable(catalog.areas)]
  }

  static func addSQLNotes(_ catalog: Catalog, to notes: inout CatalogSQL.NoteRows) {
    notes.add(catalog.areas, notes: \.notes, sources: \.sources)
  }
}

extension CatalogSQL {
  static func areasTable(_ areas: [VisionArea]) -> SQLTable {
    SQLTable(
      "areas",
      columns: [
        Column("id"), Column("ordinal", .integer), Column("numeral"), Column("name"),
        Column("name_ja", required: false),
        Column("description", required: false),
      ],
      primaryKey: ["id"],
      rows: areas.map { area in
        [
          .text(area.id.rawValue), .integer(area.ordinal), .text(area.romanNumeral), .text(area.name),
          .optional(area.nameJa), .optional(area.description),
        ]
      })
  }
}

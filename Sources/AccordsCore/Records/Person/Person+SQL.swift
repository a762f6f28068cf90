extension Person: SQLRecord {
  static func sqlTables(_ catalog: Catalog) -> [SQLTable] {
    [
      CatalogSQL.peopleTable(catalog.people),
      CatalogSQL.aliasTable(
        "person_aliases", owner: "person_id", references: "people", catalog.people.map { ($0.id.rawValue, $0.aliases) }),
    ]
  }

  static func addSQLNotes(_ catalog: Catalog, to notes: inout CatalogSQL.NoteRows) {
    notes.add(catalog.people, notes: \.notes, sources: \.sources)
  }
}

extension CatalogSQL {
  static func peopleTable(_ people: [Person]) -> SQLTable {
    SQLTable(
      "people",
      columns: [
        Column("id"), Column("name"), Column("name_ja", required: false), Column("country", allowed: countries),
      ],
      primaryKey: ["id"],
      rows: people.map { person in
        [.text(person.id.rawValue), .text(person.name), .optional(person.nameJa), .text(person.country.rawValue)]
      })
  }
}

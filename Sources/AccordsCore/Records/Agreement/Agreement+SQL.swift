extension Agreement: SQLRecord {
  static func sqlTables(_ catalog: Catalog) -> [SQLTable] {
    [
      CatalogSQL.agreementsTable(catalog.agreements), CatalogSQL.agreementAliasesTable(catalog.agreements),
      CatalogSQL.agreementPartiesTable(catalog.agreements), CatalogSQL.agreementPeopleTable(catalog.agreements),
      CatalogSQL.agreementAreasTable(catalog.agreements),
      CatalogSQL.relationsTable(
        "agreement_relations", owner: "agreement_id", references: "agreements",
        catalog.agreements.map { ($0.id.rawValue, $0.relations) }),
    ]
  }

  static func addSQLNotes(_ catalog: Catalog, to notes: inout CatalogSQL.NoteRows) {
    notes.add(catalog.agreements, notes: \.notes, sources: \.sources) {
      CatalogSQL.NoteRows.parts("relations", $0.relations, sources: \.sources)
    }
  }
}

extension CatalogSQL {
  static func agreementsTable(_ agreements: [Agreement]) -> SQLTable {
    SQLTable(
      "agreements",
      columns: [
        Column("id"), Column("title"), Column("title_ja", required: false),
        Column("type", allowed: DocumentType.allCases.map(\.rawValue)),
        Column("visit_id", required: false, references: ("visits", "id")),
      ] + dateColumns("date") + dateColumns("signed") + dateColumns("in_force") + [Column("summary")],
      primaryKey: ["id"],
      rows: agreements.map { agreement in
        [
          .text(agreement.id.rawValue), .text(agreement.title), .optional(agreement.titleJa),
          .text(agreement.type.rawValue), .optional(agreement.visit?.rawValue),
        ] + dateValues(agreement.date) + dateValues(agreement.signed) + dateValues(agreement.inForce)
          + [.text(agreement.summary)]
      })
  }

  static func agreementAliasesTable(_ agreements: [Agreement]) -> SQLTable {
    aliasTable(
      "agreement_aliases", owner: "agreement_id", references: "agreements",
      agreements.map { ($0.id.rawValue, $0.aliases) })
  }

  static func agreementPartiesTable(_ agreements: [Agreement]) -> SQLTable {
    partyMentionsTable(
      "agreement_parties", owner: "agreement_id", references: "agreements",
      agreements.map { ($0.id.rawValue, $0.parties) })
  }

  /// Who signed and who exchanged each document, with their offices.
  static func agreementPeopleTable(_ agreements: [Agreement]) -> SQLTable {
    SQLTable(
      "agreement_people",
      columns: [
        Column("agreement_id", references: ("agreements", "id")), Column("role", allowed: ["signed", "exchanged"]),
        Column("seq", .integer), Column("person_id", references: ("people", "id")), Column("office"),
      ],
      primaryKey: ["agreement_id", "role", "seq"],
      rows: agreements.flatMap { agreement in
        [("signed", agreement.signedBy), ("exchanged", agreement.exchangedBy)].flatMap { role, people in
          people.enumerated().map { index, person in
            [
              .text(agreement.id.rawValue), .text(role), .integer(index), .text(person.person.rawValue),
              .text(person.office),
            ]
          }
        }
      })
  }

  static func agreementAreasTable(_ agreements: [Agreement]) -> SQLTable {
    areaLinks(
      "agreement_areas", owner: "agreement_id", references: "agreements", agreements.map { ($0.id.rawValue, $0.areas) })
  }
}

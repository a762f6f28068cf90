extension Agreement: SQLRecord {
  static func sqlTables(_ catalog: Catalog) -> [SQLTable] {
    // Built once for every table: read from an image, each pass would read every record again.
    let agreements = Array(catalog.agreements)
    return [
      CatalogSQL.agreementsTable(catalog), CatalogSQL.agreementAliasesTable(agreements),
      CatalogSQL.agreementPartiesTable(agreements), CatalogSQL.agreementPeopleTable(agreements),
      CatalogSQL.agreementAreasTable(agreements), CatalogSQL.agreementEventsTable(agreements),
      CatalogSQL.agreementRegistersTable(agreements),
      CatalogSQL.relationsTable(
        "agreement_relations", owner: "agreement_id", references: "agreements",
        agreements.map { ($0.id.rawValue, $0.relations) }),
    ]
  }

  static func addSQLNotes(_ catalog: Catalog, to notes: inout CatalogSQL.NoteRows) {
    notes.add(catalog.agreements, notes: \.notes, sources: \.sources) {
      CatalogSQL.NoteRows.parts("relations", $0.relations, sources: \.sources)
        + CatalogSQL.NoteRows.parts("events", $0.events, sources: \.sources)
        + CatalogSQL.NoteRows.parts("registers", $0.registers, sources: \.sources)
    }
  }
}

extension CatalogSQL {
  /// The documents, each with its status on the dataset's as-of date (the `status` column names
  /// the date in the `dataset` table's `as_of`).
  static func agreementsTable(_ catalog: Catalog) -> SQLTable {
    let asOf = catalog.dataset.asOf
    return SQLTable(
      "agreements",
      columns: [
        Column("id"), Column("title"), Column("title_ja", required: false),
        Column("type", allowed: DocumentType.allCases.map(\.rawValue)),
        Column("visit_id", required: false, references: ("visits", "id")),
      ] + dateColumns("date") + dateColumns("signed") + [Column("signed_at", required: false)]
        + dateColumns("in_force") + [
          Column("status", allowed: InstrumentStatus.Kind.allCases.map(\.rawValue)), Column("summary"),
        ],
      primaryKey: ["id"],
      rows: catalog.agreements.map { agreement in
        [
          .text(agreement.id.rawValue), .text(agreement.title), .optional(agreement.titleJa),
          .text(agreement.type.rawValue), .optional(agreement.visit?.rawValue),
        ] + dateValues(agreement.date) + dateValues(agreement.signed) + [.optional(agreement.signedAt)]
          + dateValues(agreement.inForce) + [
            .text(catalog.status(of: agreement, on: asOf).kind.rawValue), .text(agreement.summary),
          ]
      })
  }

  /// The other steps of each document's life: approval, ratification, its end.
  static func agreementEventsTable(_ agreements: [Agreement]) -> SQLTable {
    SQLTable(
      "agreement_events",
      columns: [
        Column("agreement_id", references: ("agreements", "id")), Column("seq", .integer),
        Column("kind", allowed: LifeEvent.Kind.allCases.map(\.rawValue)),
      ] + dateColumns("date"),
      primaryKey: ["agreement_id", "seq"],
      rows: agreements.flatMap { agreement in
        agreement.events.enumerated().map {
          [.text(agreement.id.rawValue), .integer($0), .text($1.kind.rawValue)] + dateValues($1.date)
        }
      })
  }

  /// Where each document's official text is registered, one identifier a row.
  static func agreementRegistersTable(_ agreements: [Agreement]) -> SQLTable {
    SQLTable(
      "agreement_registers",
      columns: [
        Column("agreement_id", references: ("agreements", "id")), Column("seq", .integer),
        Column("register", allowed: RegisterEntry.Register.allCases.map(\.rawValue)), Column("register_id"),
        Column("url", required: false),
      ],
      primaryKey: ["agreement_id", "seq"],
      rows: agreements.flatMap { agreement in
        agreement.registers.enumerated().map {
          [.text(agreement.id.rawValue), .integer($0), .text($1.register.rawValue), .text($1.id), .optional($1.url)]
        }
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

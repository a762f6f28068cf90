extension Party: SQLRecord {
  static func sqlTables(_ catalog: Catalog) -> [SQLTable] {
    [
      CatalogSQL.partiesTable(catalog.parties), CatalogSQL.partyParentsTable(catalog.parties),
      CatalogSQL.aliasTable(
        "party_aliases", owner: "party_id", references: "parties", catalog.parties.map { ($0.id.rawValue, $0.aliases) }),
    ]
  }

  static func addSQLNotes(_ catalog: Catalog, to notes: inout CatalogSQL.NoteRows) {
    notes.add(catalog.parties, notes: \.notes, sources: \.sources)
  }
}

extension CatalogSQL {
  /// The bodies. Which body each belongs to is a table of its own, `party_parents`, filled
  /// after this one: a key from a table to itself is checked row by row in some engines and
  /// statement by statement in others (DuckDB), and a separate table satisfies both.
  static func partiesTable(_ parties: [Party]) -> SQLTable {
    SQLTable(
      "parties",
      columns: [
        Column("id"), Column("name"), Column("name_ja", required: false), Column("country", allowed: countries),
        Column("kind", allowed: Party.Kind.allCases.map(\.rawValue)),
        Column("region_code", required: false, references: ("regions", "code")),
      ],
      primaryKey: ["id"],
      rows: parties.map { party in
        [
          .text(party.id.rawValue), .text(party.name), .optional(party.nameJa), .text(party.country.rawValue),
          .text(party.kind.rawValue), .optional(party.region?.rawValue),
        ]
      })
  }

  /// Each body and the body it belongs to: METI and the Government of Japan.
  static func partyParentsTable(_ parties: [Party]) -> SQLTable {
    SQLTable(
      "party_parents",
      columns: [
        Column("party_id", references: ("parties", "id")), Column("parent_id", references: ("parties", "id")),
      ],
      primaryKey: ["party_id"],
      rows: parties.compactMap { party in party.partOf.map { [.text(party.id.rawValue), .text($0.rawValue)] } })
  }

  /// Parties named on a record (a document's, a partnership's signatories), in order, each by id
  /// with the source's wording where it differs.
  static func partyMentionsTable(
    _ name: String, owner: String, references table: String, _ records: [(String, [PartyMention])]
  ) -> SQLTable {
    SQLTable(
      name,
      columns: [
        Column(owner, references: (table, "id")), Column("seq", .integer),
        Column("party_id", references: ("parties", "id")), Column("as_written", required: false),
      ],
      primaryKey: [owner, "seq"],
      rows: records.flatMap { id, mentions in
        mentions.enumerated().map { [.text(id), .integer($0), .text($1.party.rawValue), .optional($1.asWritten)] }
      })
  }
}

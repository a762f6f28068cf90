extension Party: SQLRecord {
  static func sqlTables(_ catalog: Catalog) -> [SQLTable] {
    [
      CatalogSQL.partiesTable(catalog.parties),
      CatalogSQL.aliasTable(
        "party_aliases", owner: "party_id", references: "parties", catalog.parties.map { ($0.id.rawValue, $0.aliases) }),
    ]
  }

  static func addSQLNotes(_ catalog: Catalog, to notes: inout CatalogSQL.NoteRows) {
    notes.add(catalog.parties, notes: \.notes, sources: \.sources)
  }
}

extension CatalogSQL {
  /// The bodies, each with the body it belongs to (`part_of`), a body's row before the rows of
  /// the bodies that belong to it (`partyOrder`), as the key is checked row by row.
  static func partiesTable(_ parties: [Party]) -> SQLTable {
    SQLTable(
      "parties",
      columns: [
        Column("id"), Column("name"), Column("name_ja", required: false), Column("country", allowed: countries),
        Column("kind", allowed: Party.Kind.allCases.map(\.rawValue)),
        Column("part_of", required: false, references: ("parties", "id")),
        Column("region_code", required: false, references: ("regions", "code")),
      ],
      primaryKey: ["id"],
      rows: partyOrder(parties).map { party in
        [
          .text(party.id.rawValue), .text(party.name), .optional(party.nameJa), .text(party.country.rawValue),
          .text(party.kind.rawValue), .optional(party.partOf?.rawValue), .optional(party.region?.rawValue),
        ]
      })
  }

  /// The parties with each body before the bodies that belong to it, so that every row's
  /// `part_of` already exists when it is inserted; otherwise in catalog order.
  static func partyOrder(_ parties: [Party]) -> [Party] {
    let byID = Dictionary(parties.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var placed: Set<Party.ID> = []
    var ordered: [Party] = []
    ordered.reserveCapacity(parties.count)
    for party in parties where !placed.contains(party.id) {
      // The chain up to the first body already placed, then placed from the top down. The
      // validator refuses circles; `seen` keeps a walk finite whatever it is given.
      var chain: [Party] = []
      var seen: Set<Party.ID> = []
      var next: Party? = party
      while let current = next, !placed.contains(current.id), seen.insert(current.id).inserted {
        chain.append(current)
        next = current.partOf.flatMap { byID[$0] }
      }
      for body in chain.reversed() where placed.insert(body.id).inserted { ordered.append(body) }
    }
    return ordered
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

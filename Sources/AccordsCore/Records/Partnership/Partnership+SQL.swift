extension Partnership: SQLRecord {
  static func sqlTables(_ catalog: Catalog) -> [SQLTable] {
    [
      CatalogSQL.partnershipsTable(catalog), CatalogSQL.partnershipSignatoriesTable(catalog.partnerships),
      CatalogSQL.partnershipRenewalsTable(catalog.partnerships),
    ]
  }

  static func addSQLNotes(_ catalog: Catalog, to notes: inout CatalogSQL.NoteRows) {
    notes.add(catalog.partnerships, notes: \.notes, sources: \.sources) {
      CatalogSQL.NoteRows.parts("renewals", $0.renewals, sources: \.sources)
    }
  }
}

extension CatalogSQL {
  /// Partnerships with their status on the data's as-of date, worked out as `partnerships` does.
  static func partnershipsTable(_ catalog: Catalog) -> SQLTable {
    let asOf = catalog.dataset.asOf
    return SQLTable(
      "partnerships",
      columns: [
        Column("id"), Column("state_code", references: ("regions", "code")),
        Column("prefecture_code", references: ("regions", "code")),
        Column("kind", allowed: Partnership.Kind.allCases.map(\.rawValue)), Column("title"),
      ] + dateColumns("signed")
        + [
          Column("visit_id", required: false, references: ("visits", "id")),
          Column("valid_until", required: false), Column("valid_until_to", .date, required: false),
          Column("status", allowed: Partnership.Status.Kind.allCases.map(\.rawValue)), Column("summary"),
        ],
      primaryKey: ["id"],
      rows: catalog.partnerships.map { partnership in
        [
          .text(partnership.id.rawValue), .text(partnership.state.rawValue), .text(partnership.prefecture.rawValue),
          .text(partnership.kind.rawValue), .text(partnership.title),
        ] + dateValues(partnership.signed)
          + [
            .optional(partnership.visit?.rawValue), .optional(partnership.validUntil?.description),
            .optional(partnership.validUntil?.lastDay.description),
            .text(partnership.status(on: asOf).kind.rawValue), .text(partnership.summary),
          ]
      })
  }

  static func partnershipSignatoriesTable(_ partnerships: [Partnership]) -> SQLTable {
    partyMentionsTable(
      "partnership_signatories", owner: "partnership_id", references: "partnerships",
      partnerships.map { ($0.id.rawValue, $0.signedBy) })
  }

  static func partnershipRenewalsTable(_ partnerships: [Partnership]) -> SQLTable {
    SQLTable(
      "partnership_renewals",
      columns: [Column("partnership_id", references: ("partnerships", "id")), Column("seq", .integer)]
        + dateColumns("date", required: true) + [Column("summary")],
      primaryKey: ["partnership_id", "seq"],
      rows: partnerships.flatMap { partnership in
        partnership.renewals.enumerated().map { index, renewal in
          [.text(partnership.id.rawValue), .integer(index)] + dateValues(renewal.date) + [.text(renewal.summary)]
        }
      })
  }
}

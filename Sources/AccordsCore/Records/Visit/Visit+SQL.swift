extension Visit: SQLRecord {
  static func sqlTables(_ catalog: Catalog) -> [SQLTable] {
    [
      CatalogSQL.visitsTable(catalog), CatalogSQL.visitPlacesTable(catalog.visits),
      CatalogSQL.visitLeadersTable(catalog.visits),
      CatalogSQL.visitAnnouncementsTable(catalog.visits),
    ]
  }

  static func addSQLNotes(_ catalog: Catalog, to notes: inout CatalogSQL.NoteRows) {
    notes.add(catalog.visits, notes: \.notes, sources: \.sources) {
      CatalogSQL.NoteRows.parts("announced", $0.announced, sources: \.sources)
    }
  }
}

extension CatalogSQL {
  /// Visits with their number (`ordinal_is_derived` is 1 where no source states it) and the
  /// number of documents the catalog records for each (`visit_announcements` has the counts
  /// sources announce).
  static func visitsTable(_ catalog: Catalog) -> SQLTable {
    SQLTable(
      "visits",
      columns: [
        Column("id"), Column("title"), Column("ordinal", .integer, required: false),
        Column("ordinal_is_derived", .integer, allowed: ["0", "1"]),
      ] + dateColumns("start", required: true) + dateColumns("end", required: true)
        + [Column("documents", .integer), Column("summary")],
      primaryKey: ["id"],
      rows: catalog.visits.map { visit in
        [
          .text(visit.id.rawValue), .text(visit.title), visit.ordinal.map(Value.integer) ?? .null,
          .integer(visit.ordinalIsDerived ? 1 : 0),
        ] + dateValues(visit.start) + dateValues(visit.end)
          + [.integer(catalog.agreements(of: visit.id).count), .text(visit.summary)]
      })
  }

  static func visitPlacesTable(_ visits: [Visit]) -> SQLTable {
    SQLTable(
      "visit_places",
      columns: [
        Column("visit_id", references: ("visits", "id")), Column("seq", .integer), Column("name"),
        Column("region_code", required: false, references: ("regions", "code")),
      ],
      primaryKey: ["visit_id", "seq"],
      rows: visits.flatMap { visit in
        visit.places.enumerated().map {
          [.text(visit.id.rawValue), .integer($0), .text($1.name), .optional($1.region?.rawValue)]
        }
      })
  }

  static func visitLeadersTable(_ visits: [Visit]) -> SQLTable {
    SQLTable(
      "visit_leaders",
      columns: [
        Column("visit_id", references: ("visits", "id")), Column("seq", .integer),
        Column("person_id", references: ("people", "id")), Column("office"),
      ],
      primaryKey: ["visit_id", "seq"],
      rows: visits.flatMap { visit in
        visit.leaders.enumerated().map {
          [.text(visit.id.rawValue), .integer($0), .text($1.person.rawValue), .text($1.office)]
        }
      })
  }

  /// The counts of documents sources announce, one row per source's count; `counts` says
  /// whether it counts every document or only the agreements signed.
  static func visitAnnouncementsTable(_ visits: [Visit]) -> SQLTable {
    SQLTable(
      "visit_announcements",
      columns: [
        Column("visit_id", references: ("visits", "id")), Column("seq", .integer), Column("count", .integer),
        Column("counts", allowed: Visit.AnnouncedCount.Scope.allCases.map(\.rawValue)),
      ],
      primaryKey: ["visit_id", "seq"],
      rows: visits.flatMap { visit in
        visit.announced.enumerated().map {
          [.text(visit.id.rawValue), .integer($0), .integer($1.count), .text($1.scope.rawValue)]
        }
      })
  }
}

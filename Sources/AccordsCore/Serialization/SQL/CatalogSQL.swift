/// The catalog as a SQL script of normalized tables — one per kind of record, link tables for
/// the many-to-many relations, notes and citations with their quotes — plus views for the
/// questions people bring. Partial dates keep their published form (`2014`, `2024-12`) beside a
/// sortable first day (`…_from`) or last day (`…_to`).
public enum CatalogSQL: Sendable {
  /// The script. - Throws: `SQLScript.Failure` for text no engine can store alike.
  public static func script(_ catalog: Catalog) throws(SQLScript.Failure) -> String {
    let dataset = catalog.dataset
    return try SQLScript.render(
      header: [
        "\(dataset.name), data version \(dataset.version), as of \(dataset.asOf).",
        "Written by `accords export --format sql`; loads into SQLite, DuckDB and PostgreSQL as written.",
      ],
      tables: tables(catalog), views: views)
  }

  typealias Column = SQLTable.Column
  typealias Value = SQLTable.Value

  /// The tables, in an order that satisfies every foreign key as rows are inserted.
  public static func tables(_ catalog: Catalog) -> [SQLTable] {
    var notes = NoteRows()
    notes.add(catalog.dataset.notes, kind: "dataset", id: catalog.dataset.version)
    for visit in catalog.visits {
      notes.add(visit.notes, sources: visit.sources, kind: "visit", id: visit.id.rawValue)
      for (index, announced) in visit.announced.enumerated() {
        notes.cite(announced.sources, kind: "visit", id: visit.id.rawValue, path: "announced[\(index)]")
      }
    }
    for area in catalog.areas { notes.add(area.notes, sources: area.sources, kind: "area", id: area.id.rawValue) }
    for agreement in catalog.agreements {
      notes.add(agreement.notes, sources: agreement.sources, kind: "agreement", id: agreement.id.rawValue)
      for (index, relation) in agreement.relations.enumerated() {
        notes.cite(relation.sources, kind: "agreement", id: agreement.id.rawValue, path: "relations[\(index)]")
      }
    }
    for initiative in catalog.initiatives {
      notes.add(initiative.notes, sources: initiative.sources, kind: "initiative", id: initiative.id.rawValue)
    }
    for partnership in catalog.partnerships {
      notes.add(partnership.notes, sources: partnership.sources, kind: "partnership", id: partnership.id.rawValue)
      for (index, renewal) in partnership.renewals.enumerated() {
        notes.cite(renewal.sources, kind: "partnership", id: partnership.id.rawValue, path: "renewals[\(index)]")
      }
    }
    for figure in catalog.figures {
      notes.add(figure.notes, sources: figure.sources, kind: "figure", id: figure.id.rawValue)
      for (index, relation) in figure.relations.enumerated() {
        notes.cite(relation.sources, kind: "figure", id: figure.id.rawValue, path: "relations[\(index)]")
      }
    }
    for region in catalog.regions {
      notes.add(region.notes, sources: region.sources, kind: "region", id: region.code.rawValue)
      for (index, alias) in region.aliases.enumerated() {
        notes.cite(alias.sources, kind: "region", id: region.code.rawValue, path: "aliases[\(index)]")
      }
    }
    return [
      datasetTable(catalog.dataset), sourcesTable(catalog.sources), regionsTable(catalog.regions),
      regionAliasesTable(catalog.regions), visitsTable(catalog), visitPlacesTable(catalog.visits),
      visitLeadersTable(catalog.visits), visitAnnouncementsTable(catalog.visits), areasTable(catalog.areas),
      agreementsTable(catalog.agreements), agreementAliasesTable(catalog.agreements),
      agreementPartiesTable(catalog.agreements), agreementPeopleTable(catalog.agreements),
      agreementAreasTable(catalog.agreements),
      relationsTable(
        "agreement_relations", owner: "agreement_id", references: "agreements",
        catalog.agreements.flatMap { agreement in
          agreement.relations.map { (agreement.id.rawValue, $0.kind.rawValue, $0.target.rawValue) }
        }),
      initiativesTable(catalog.initiatives),
      initiativeAliasesTable(catalog.initiatives), initiativeAreasTable(catalog.initiatives),
      partnershipsTable(catalog), partnershipSignatoriesTable(catalog.partnerships),
      partnershipRenewalsTable(catalog.partnerships), figuresTable(catalog.figures), figureAreasTable(catalog.figures),
      relationsTable(
        "figure_relations", owner: "figure_id", references: "figures",
        catalog.figures.flatMap { figure in
          figure.relations.map { (figure.id.rawValue, $0.kind.rawValue, $0.target.rawValue) }
        }),
      notes.notesTable, notes.citationsTable,
    ]
  }

  // MARK: - Shared columns

  static let countries = Country.allCases.map(\.rawValue)
  static let recordKinds = ["dataset", "visit"] + RecordKind.allCases.map(\.rawValue)

  /// A partial date as published, with the first day it can mean for sorting.
  static func dateColumns(_ name: String, required: Bool = false) -> [Column] {
    [Column(name, required: required), Column(name + "_from", .date, required: required)]
  }

  static func dateValues(_ date: PartialDate?) -> [Value] {
    [.optional(date?.description), .optional(date?.firstDay.description)]
  }

  // MARK: - Records

  static func datasetTable(_ dataset: Dataset) -> SQLTable {
    SQLTable(
      "dataset",
      columns: [Column("version"), Column("name")] + dateColumns("as_of", required: true) + [Column("description")],
      primaryKey: ["version"],
      rows: [[.text(dataset.version), .text(dataset.name)] + dateValues(dataset.asOf) + [.text(dataset.description)]])
  }

  static func sourcesTable(_ sources: [Source]) -> SQLTable {
    SQLTable(
      "sources",
      columns: [Column("id"), Column("publisher"), Column("title", required: false), Column("url", required: false)]
        + dateColumns("published")
        + [
          Column("kind", allowed: Source.Kind.allCases.map(\.rawValue)), Column("copy_of", required: false),
          Column("language", required: false), Column("note", required: false),
        ],
      primaryKey: ["id"],
      rows: sources.map { source in
        [.text(source.id.rawValue), .text(source.publisher), .optional(source.title), .optional(source.url)]
          + dateValues(source.published)
          + [.text(source.kind.rawValue), .optional(source.copyOf), .optional(source.language), .optional(source.note)]
      })
  }

  /// Visits with their number (`ordinal_is_derived` is 1 where no source states it) and the
  /// number of documents the catalog records for each (`visit_announcements` has the counts
  /// sources announce).
  static func visitsTable(_ catalog: Catalog) -> SQLTable {
    SQLTable(
      "visits",
      columns: [
        Column("id"), Column("title"), Column("ordinal", .integer, required: false),
        Column("ordinal_is_derived", .integer, allowed: ["0", "1"]),
      ] + dateColumns("start_date", required: true) + dateColumns("end_date", required: true)
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
        Column("visit_id", references: ("visits", "id")), Column("seq", .integer), Column("name"), Column("office"),
        Column("country", allowed: countries),
      ],
      primaryKey: ["visit_id", "seq"],
      rows: visits.flatMap { visit in
        visit.leaders.enumerated().map {
          [.text(visit.id.rawValue), .integer($0), .text($1.name), .text($1.office), .text($1.country.rawValue)]
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

  static func regionsTable(_ regions: [Region]) -> SQLTable {
    SQLTable(
      "regions",
      columns: [
        Column("code"), Column("name"), Column("name_ja", required: false), Column("country", allowed: countries),
        Column("kind", allowed: Region.Kind.allCases.map(\.rawValue)),
      ],
      primaryKey: ["code"],
      rows: regions.map { region in
        [
          .text(region.code.rawValue), .text(region.name), .optional(region.nameJa), .text(region.country.rawValue),
          .text(region.kind.rawValue),
        ]
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
    partiesTable(
      "agreement_parties", owner: "agreement_id", references: "agreements",
      agreements.map { ($0.id.rawValue, $0.parties) })
  }

  /// Who signed and who exchanged each document, with their offices.
  static func agreementPeopleTable(_ agreements: [Agreement]) -> SQLTable {
    SQLTable(
      "agreement_people",
      columns: [
        Column("agreement_id", references: ("agreements", "id")), Column("role", allowed: ["signed", "exchanged"]),
        Column("seq", .integer), Column("name"), Column("office"), Column("country", allowed: countries),
      ],
      primaryKey: ["agreement_id", "role", "seq"],
      rows: agreements.flatMap { agreement in
        [("signed", agreement.signedBy), ("exchanged", agreement.exchangedBy)].flatMap { role, people in
          people.enumerated().map { index, person in
            [
              .text(agreement.id.rawValue), .text(role), .integer(index), .text(person.name), .text(person.office),
              .text(person.country.rawValue),
            ]
          }
        }
      })
  }

  static func agreementAreasTable(_ agreements: [Agreement]) -> SQLTable {
    areaLinks(
      "agreement_areas", owner: "agreement_id", references: "agreements", agreements.map { ($0.id.rawValue, $0.areas) })
  }

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
    partiesTable(
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

  static func figuresTable(_ figures: [Figure]) -> SQLTable {
    SQLTable(
      "figures",
      columns: [
        Column("id"), Column("label"), Column("value", .double), Column("unit"),
        Column("qualifier", allowed: Figure.Qualifier.allCases.map(\.rawValue)),
        Column("kind", allowed: Figure.Kind.allCases.map(\.rawValue)), Column("period", required: false),
        Column("visit_id", required: false, references: ("visits", "id")), Column("readable"),
      ],
      primaryKey: ["id"],
      rows: figures.map { figure in
        [
          .text(figure.id.rawValue), .text(figure.label), .double(figure.value), .text(figure.unit),
          .text(figure.qualifier.rawValue), .text(figure.kind.rawValue), .optional(figure.period),
          .optional(figure.visit?.rawValue), .text(figure.readableAmount),
        ]
      })
  }

  static func figureAreasTable(_ figures: [Figure]) -> SQLTable {
    areaLinks("figure_areas", owner: "figure_id", references: "figures", figures.map { ($0.id.rawValue, $0.areas) })
  }

  // MARK: - Link tables

  /// Relations between records of one kind: `from` updates, renews, amends, implements or
  /// builds on `target`.
  static func relationsTable(
    _ name: String, owner: String, references table: String, _ rows: [(String, String, String)]
  )
    -> SQLTable
  {
    SQLTable(
      name,
      columns: [
        Column(owner, references: (table, "id")),
        Column("kind", allowed: RelationKind.allCases.map(\.rawValue)),
        Column("target_id", references: (table, "id")),
      ],
      primaryKey: [owner, "kind", "target_id"], rows: rows.map { [.text($0), .text($1), .text($2)] })
  }

  /// Bodies named on a record (a document's parties, a partnership's signatories), in order.
  static func partiesTable(_ name: String, owner: String, references table: String, _ records: [(String, [Party])])
    -> SQLTable
  {
    SQLTable(
      name,
      columns: [
        Column(owner, references: (table, "id")), Column("seq", .integer), Column("name"),
        Column("country", allowed: countries),
      ],
      primaryKey: [owner, "seq"],
      rows: records.flatMap { id, parties in
        parties.enumerated().map { [.text(id), .integer($0), .text($1.name), .text($1.country.rawValue)] }
      })
  }

  static func aliasTable(_ name: String, owner: String, references table: String, _ records: [(String, [String])])
    -> SQLTable
  {
    SQLTable(
      name, columns: [Column(owner, references: (table, "id")), Column("seq", .integer), Column("alias")],
      primaryKey: [owner, "seq"],
      rows: records.flatMap { id, aliases in aliases.enumerated().map { [.text(id), .integer($0), .text($1)] } })
  }

  static func areaLinks(_ name: String, owner: String, references table: String, _ records: [(String, [VisionArea.ID])])
    -> SQLTable
  {
    SQLTable(
      name, columns: [Column(owner, references: (table, "id")), Column("area_id", references: ("areas", "id"))],
      primaryKey: [owner, "area_id"],
      rows: records.flatMap { id, areas in areas.map { [.text(id), .text($0.rawValue)] } })
  }
}

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

  /// The kinds in an order that satisfies every foreign key as rows are inserted: a table
  /// comes after every table it refers to.
  static let kindsInTableOrder: [any SQLRecord.Type] = [
    Source.self, Region.self, Party.self, Person.self, Visit.self, VisionArea.self, Agreement.self, Initiative.self,
    Partnership.self,
    Figure.self,
  ]

  /// The kinds in the order their notes are listed, after the dataset's.
  static let kindsInNotesOrder: [any SQLRecord.Type] = [
    Visit.self, VisionArea.self, Agreement.self, Initiative.self, Partnership.self, Figure.self, Party.self,
    Person.self, Region.self, Source.self,
  ]

  /// The tables: the dataset, each kind's tables in `kindsInTableOrder`, then the notes and
  /// citations of every record.
  public static func tables(_ catalog: Catalog) -> [SQLTable] {
    var notes = NoteRows()
    notes.add(catalog.dataset.notes, kind: "dataset", id: catalog.dataset.version)
    for kind in kindsInNotesOrder { kind.addSQLNotes(catalog, to: &notes) }
    return [datasetTable(catalog.dataset)] + kindsInTableOrder.flatMap { $0.sqlTables(catalog) }
      + [notes.notesTable, notes.citationsTable]
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

  static func datasetTable(_ dataset: Dataset) -> SQLTable {
    SQLTable(
      "dataset",
      columns: [Column("version"), Column("name")] + dateColumns("as_of", required: true) + [Column("description")],
      primaryKey: ["version"],
      rows: [[.text(dataset.version), .text(dataset.name)] + dateValues(dataset.asOf) + [.text(dataset.description)]])
  }

  // MARK: - Link tables

  /// Relations between records of one kind: `from` updates, renews, amends, implements or
  /// builds on `target`.
  static func relationsTable<Record>(
    _ name: String, owner: String, references table: String, _ records: [(id: String, relations: [Relation<Record>])]
  ) -> SQLTable {
    SQLTable(
      name,
      columns: [
        Column(owner, references: (table, "id")),
        Column("kind", allowed: RelationKind.allCases.map(\.rawValue)),
        Column("target_id", references: (table, "id")),
      ],
      primaryKey: [owner, "kind", "target_id"],
      rows: records.flatMap { id, relations in
        relations.map { [.text(id), .text($0.kind.rawValue), .text($0.target.rawValue)] }
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

/// A kind of record as the SQL export writes it: its own table and link tables, declared
/// beside the kind (`Records/<Kind>/<Kind>+SQL.swift`), and its notes and citations, which go
/// into the tables every kind shares. `CatalogSQL` only puts the kinds in order.
protocol SQLRecord: Sendable {
  /// The kind's own table first, then its link tables, with the rows of `catalog`.
  static func sqlTables(_ catalog: Catalog) -> [SQLTable]
  /// Adds the kind's notes, and the citations of its parts, to the shared tables.
  static func addSQLNotes(_ catalog: Catalog, to notes: inout CatalogSQL.NoteRows)
}

extension SQLRecord {
  /// A kind with no notes of its own adds none.
  static func addSQLNotes(_ catalog: Catalog, to notes: inout CatalogSQL.NoteRows) {}
}

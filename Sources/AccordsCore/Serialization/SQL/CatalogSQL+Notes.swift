extension CatalogSQL {
  /// Notes and citations of every record, gathered as the records are walked: one table each,
  /// keyed by the record's kind and id, since a note may belong to a record of any kind.
  struct NoteRows {
    private var notes: [[Value]] = []
    private var citations: [[Value]] = []

    /// A record's notes (with their own citations) and its sources.
    mutating func add(_ notes: [Note], sources: [Citation] = [], kind: String, id: String) {
      for (index, note) in notes.enumerated() {
        self.notes.append([.text(kind), .text(id), .integer(index), .text(note.kind.rawValue), .text(note.text)])
        cite(note.sources, kind: kind, id: id, path: "notes[\(index)]")
      }
      cite(sources, kind: kind, id: id, path: "sources")
    }

    /// Citations at `path` inside a record: `sources`, `notes[0]`, `renewals[1]`, `aliases[0]`.
    mutating func cite(_ sources: [Citation], kind: String, id: String, path: String) {
      for (index, citation) in sources.enumerated() {
        citations.append([
          .text(kind), .text(id), .text(path), .integer(index), .text(citation.source.rawValue),
          .optional(citation.quote),
        ])
      }
    }

    var notesTable: SQLTable {
      SQLTable(
        "notes",
        columns: [
          Column("record_kind", allowed: recordKinds), Column("record_id"), Column("seq", .integer),
          Column("kind", allowed: Note.Kind.allCases.map(\.rawValue)), Column("text"),
        ],
        primaryKey: ["record_kind", "record_id", "seq"], rows: notes)
    }

    var citationsTable: SQLTable {
      SQLTable(
        "citations",
        columns: [
          Column("record_kind", allowed: recordKinds), Column("record_id"), Column("path"), Column("seq", .integer),
          Column("source_id", references: ("sources", "id")), Column("quote", required: false),
        ],
        primaryKey: ["record_kind", "record_id", "path", "seq"], rows: citations)
    }
  }
}

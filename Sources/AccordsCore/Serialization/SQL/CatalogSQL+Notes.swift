extension CatalogSQL {
  /// Every place `source` is cited: the record's kind and id, and where inside it
  /// (`sources`, `notes[0]`, `renewals[1]`), in the order the SQL export lists them.
  public static func citations(of source: Source.ID, in catalog: Catalog) -> [(
    kind: String, id: String, path: String
  )] {
    guard let table = tables(catalog).first(where: { $0.name == "citations" }) else { return [] }
    return table.rows.compactMap { row in
      guard row.count > 4, row[4] == .text(source.rawValue), case .text(let kind) = row[0], case .text(let id) = row[1],
        case .text(let path) = row[2]
      else { return nil }
      return (kind, id, path)
    }
  }

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

    /// For each record: its notes (with their citations) and its sources, then the citations of
    /// its parts (`relations[0]`, `renewals[1]`), keyed by the record's kind and id.
    mutating func add<Record: CatalogRecord>(
      _ records: some Sequence<Record>, notes: (Record) -> [Note], sources: (Record) -> [Citation],
      parts: (Record) -> [(path: String, sources: [Citation])] = { _ in [] }
    ) {
      for record in records {
        let (kind, id) = (record.reference.kind.rawValue, record.reference.id)
        add(notes(record), sources: sources(record), kind: kind, id: id)
        for part in parts(record) { cite(part.sources, kind: kind, id: id, path: part.path) }
      }
    }

    /// The parts of a record named `name` (`relations`), each at its path (`relations[0]`)
    /// with its citations, for `add(_:notes:sources:parts:)`.
    static func parts<Part>(_ name: String, _ items: [Part], sources: (Part) -> [Citation]) -> [(
      path: String, sources: [Citation]
    )] {
      items.enumerated().map { ("\(name)[\($0)]", sources($1)) }
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

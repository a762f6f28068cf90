extension Figure: SQLRecord {
  static func sqlTables(_ catalog: Catalog) -> [SQLTable] {
    [
      CatalogSQL.figuresTable(catalog.figures), CatalogSQL.figureAreasTable(catalog.figures),
      CatalogSQL.relationsTable(
        "figure_relations", owner: "figure_id", references: "figures",
        catalog.figures.map { ($0.id.rawValue, $0.relations) }),
    ]
  }

  static func addSQLNotes(_ catalog: Catalog, to notes: inout CatalogSQL.NoteRows) {
    notes.add(catalog.figures, notes: \.notes, sources: \.sources) {
      CatalogSQL.NoteRows.parts("relations", $0.relations, sources: \.sources)
    }
  }
}

extension CatalogSQL {
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
}

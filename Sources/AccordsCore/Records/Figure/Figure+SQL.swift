extension Figure: SQLRecord {
  static func sqlTables(_ catalog: Catalog) -> [SQLTable] {
    [
      CatalogSQL.figuresTable(catalog.figures), CatalogSQL.figureAreasTable(catalog.figures),
      CatalogSQL.relationsTable(
        "figure_relations", owner: "figure_id", references: "figures",
        catalog.figures.flatMap { figure in
          figure.relations.map { (figure.id.rawValue, $0.kind.rawValue, $0.target.rawValue) }
        }),
    ]
  }

  static func addSQLNotes(_ catalog: Catalog, to notes: inout CatalogSQL.NoteRows) {
    for figure in catalog.figures {
      notes.add(figure.notes, sources: figure.sources, kind: "figure", id: figure.id.rawValue)
      for (index, relation) in figure.relations.enumerated() {
        notes.cite(relation.sources, kind: "figure", id: figure.id.rawValue, path: "relations[\(index)]")
      }
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

extension Source: SQLRecord {
  static func sqlTables(_ catalog: Catalog) -> [SQLTable] {
    [CatalogSQL.sourcesTable(catalog.sources)]
  }
}

extension CatalogSQL {
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
}

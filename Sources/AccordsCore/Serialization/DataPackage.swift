/// The `datapackage.json` that describes the catalog's tables written as CSV files, in the
/// Frictionless Data Package standard (v1, tabular profile): each table's fields with their
/// types, which are required and which values are allowed, its primary key and its foreign
/// keys, so that `frictionless validate`, pandas, R and the Data Package tools read the
/// folder as typed, linked tables. The tables are the SQL export's (`CatalogSQL.tables`), so
/// the CSV folder and the database have the same tables, columns and keys.
public enum DataPackage: Sendable {
  /// The file name of a table's CSV inside the folder.
  public static func fileName(of table: SQLTable) -> String { table.name + ".csv" }

  /// The descriptor of `tables`, for the dataset `dataset`.
  public static func descriptor(_ dataset: Dataset, tables: [SQLTable]) -> JSONValue {
    .object([
      "profile": .string("tabular-data-package"),
      "name": .string("accords-india-japan"),
      "title": .string(dataset.name),
      "version": .string(dataset.version),
      "description": .string(dataset.description),
      "resources": .array(tables.map(resource)),
    ])
  }

  static func resource(_ table: SQLTable) -> JSONValue {
    var schema: [(key: String, value: JSONValue)] = [
      (
        "fields",
        .array(table.columns.enumerated().map { field($1, holdsEmptyText: holdsEmptyText(table, column: $0)) })
      ),
      ("primaryKey", .array(table.primaryKey.map(JSONValue.string))),
    ]
    let foreignKeys = table.columns.compactMap { column -> JSONValue? in
      guard let reference = column.references else { return nil }
      return .object([
        "fields": .string(column.name),
        "reference": .object([
          // A reference to the table's own rows names no resource, as the standard asks.
          "resource": .string(reference.table == table.name ? "" : reference.table),
          "fields": .string(reference.column),
        ]),
      ])
    }
    if !foreignKeys.isEmpty { schema.append(("foreignKeys", .array(foreignKeys))) }
    return .object([
      "profile": .string("tabular-data-resource"),
      "name": .string(table.name),
      "path": .string(fileName(of: table)),
      "format": .string("csv"),
      "mediatype": .string("text/csv"),
      "encoding": .string("utf-8"),
      "dialect": .object([
        "delimiter": .string(","), "lineTerminator": .string("\r\n"), "quoteChar": .string("\""),
        "doubleQuote": .bool(true), "header": .bool(true),
      ]),
      "schema": .object(schema),
    ])
  }

  /// Whether a column holds an empty text in some row: CSV writes it as it writes no value,
  /// so such a column cannot be declared required, though SQL's NOT NULL holds.
  static func holdsEmptyText(_ table: SQLTable, column index: Int) -> Bool {
    table.rows.contains { $0[index] == .text("") }
  }

  static func field(_ column: SQLTable.Column, holdsEmptyText: Bool) -> JSONValue {
    var constraints: [(key: String, value: JSONValue)] = [("required", .bool(column.isRequired && !holdsEmptyText))]
    if !column.allowed.isEmpty {
      let values: [JSONValue] =
        column.kind == .integer
        ? column.allowed.compactMap { Int($0).map { .number(Double($0)) } } : column.allowed.map(JSONValue.string)
      constraints.append(("enum", .array(values)))
    }
    return .object([
      "name": .string(column.name), "type": .string(type(of: column.kind)), "constraints": .object(constraints),
    ])
  }

  /// The Table Schema type of a SQL column kind.
  static func type(of kind: SQLTable.Column.Kind) -> String {
    switch kind {
    case .text: "string"
    case .integer: "integer"
    case .double: "number"
    case .date: "date"
    }
  }
}

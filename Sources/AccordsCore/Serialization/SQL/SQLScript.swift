/// Writes SQL that SQLite, DuckDB and PostgreSQL all accept as written.
///
/// What is avoided, and why: engine-specific types (SQLite's loose affinity reads the standard
/// names; `DOUBLE PRECISION` rather than `REAL`, `TEXT` rather than `VARCHAR(n)`), `DATE '…'`
/// literals (not SQLite) and casts (plain quoted dates are read as dates by DuckDB and
/// PostgreSQL and kept as ISO text by SQLite), `INSERT OR …`/`ON CONFLICT`, `string_agg` and
/// `group_concat` (views return one row per pair instead), `CASCADE` (not SQLite), and backslash
/// escapes in strings (only `''` is portable). Every identifier is double-quoted, so no column
/// name can clash with a keyword of any engine.
///
/// The script reloads over an earlier export: inside its one transaction it first drops its
/// views and then its tables, each table before every table it refers to (`DROP … IF EXISTS`,
/// which all three engines read alike), so loading it twice, or after a data update, leaves
/// exactly the new catalog — or, if anything fails, the old one untouched.
///
/// Nothing from a catalog is ever code, whatever reads the script. Catalog text stands only
/// inside string literals, never in a comment or an identifier (the header's comments show it
/// with every control and invisible character escaped, so no line break can end a comment and
/// start a command of `sqlite3` or `psql`). A literal never holds a backslash: PostgreSQL with
/// `standard_conforming_strings` off reads `\'` as an escaped quote, so a backslash is written
/// as `substr('\\', 1, 1)`, which is one backslash whether that setting is on (the first of
/// two) or off (the one `\\` stands for), and in SQLite and DuckDB.
public enum SQLScript: Sendable {
  /// Why a catalog cannot be written as SQL.
  public enum Failure: Error, Sendable, CustomStringConvertible {
    /// A text holds a NUL character, which PostgreSQL cannot store.
    case nulCharacter(table: String, column: String)

    public var description: String {
      switch self {
      case .nulCharacter(let table, let column):
        "a value in '\(table).\(column)' holds a NUL character (\\u0000), which PostgreSQL cannot store; remove it from the catalog"
      }
    }
  }

  /// The most rows one INSERT carries: long enough to load fast, short enough for any engine.
  static let rowsPerInsert = 200

  /// In one transaction: drops what an earlier export made, then `CREATE TABLE` for every
  /// table, their rows, and the views. `tables` come in an order where each follows every table
  /// it refers to.
  public static func render(header: [String], tables: [SQLTable], views: [(name: String, query: String)])
    throws(Failure) -> String
  {
    var output = header.map { "-- " + VisibleText.escaped($0) + "\n" }.joined() + "\nBEGIN TRANSACTION;\n\n"
    for view in views.reversed() { output += "DROP VIEW IF EXISTS \(identifier(view.name));\n" }
    for table in tables.reversed() { output += "DROP TABLE IF EXISTS \(identifier(table.name));\n" }
    output += "\n"
    for table in tables { output += createTable(table) + "\n" }
    for table in tables { output += try inserts(table) }
    for view in views { output += "CREATE VIEW \(identifier(view.name)) AS\n\(view.query);\n\n" }
    return output + "COMMIT;\n"
  }

  /// A double-quoted identifier; names come from Accords' own schema, never from data.
  public static func identifier(_ name: String) -> String { "\"" + name + "\"" }

  /// A single-quoted literal with quotes doubled, the only escape every engine reads alike.
  /// Two scalars are joined in as expressions instead (`'a' || … || 'b'`): a backslash, as
  /// `substr('\\', 1, 1)`, which every engine reads as one backslash whatever its settings;
  /// and a carriage return before a line feed, as `substr('<CR>.', 1, 1)`, because the `sqlite3`
  /// shell drops a carriage return that ends a line, even inside a literal.
  static func literal(_ text: String) -> String {
    let scalars = text.unicodeScalars
    var pieces: [String] = []
    var piece = String.UnicodeScalarView()
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      if scalar == "\\" || (scalar == "\r" && next < scalars.endIndex && scalars[next] == "\n") {
        pieces.append(plainLiteral(String(piece)))
        pieces.append(scalar == "\\" ? backslash : carriageReturn)
        piece = String.UnicodeScalarView()
      } else {
        piece.append(scalar)
      }
      index = next
    }
    guard !pieces.isEmpty else { return plainLiteral(text) }
    pieces.append(plainLiteral(String(piece)))
    return pieces.joined(separator: " || ")
  }

  /// One backslash, as every engine reads it with `standard_conforming_strings` on or off.
  static let backslash = "substr('\\\\', 1, 1)"

  /// One carriage return, written where no line feed follows it.
  static let carriageReturn = "substr('\r.', 1, 1)"

  private static func plainLiteral(_ text: String) -> String {
    "'" + text.replacingAll("'", with: "''") + "'"
  }

  private static func createTable(_ table: SQLTable) -> String {
    var lines = table.columns.map { column in
      var line = "  \(identifier(column.name)) \(column.kind.rawValue)"
      if column.isRequired { line += " NOT NULL" }
      if !column.allowed.isEmpty {
        line += " CHECK (\(identifier(column.name)) IN (\(column.allowed.map(literal).joined(separator: ", "))))"
      }
      if let reference = column.references {
        line += " REFERENCES \(identifier(reference.table)) (\(identifier(reference.column)))"
      }
      return line
    }
    lines.append("  PRIMARY KEY (\(table.primaryKey.map(identifier).joined(separator: ", ")))")
    return "CREATE TABLE \(identifier(table.name)) (\n" + lines.joined(separator: ",\n") + "\n);\n"
  }

  private static func inserts(_ table: SQLTable) throws(Failure) -> String {
    guard !table.rows.isEmpty else { return "" }
    let head =
      "INSERT INTO \(identifier(table.name)) (\(table.columns.map { identifier($0.name) }.joined(separator: ", "))) VALUES\n"
    var output = ""
    var start = 0
    while start < table.rows.count {
      let batch = table.rows[start..<min(start + rowsPerInsert, table.rows.count)]
      var rows: [String] = []
      for row in batch {
        var values: [String] = []
        for (column, value) in zip(table.columns, row) {
          values.append(try sql(value, table: table.name, column: column.name))
        }
        rows.append("  (" + values.joined(separator: ", ") + ")")
      }
      output += head + rows.joined(separator: ",\n") + ";\n"
      start += rowsPerInsert
    }
    return output + "\n"
  }

  private static func sql(_ value: SQLTable.Value, table: String, column: String) throws(Failure) -> String {
    switch value {
    case .null: return "NULL"
    case .integer(let number): return String(number)
    case .double(let number): return JSONValue.format(number)
    case .text(let text):
      guard !text.utf8.contains(0) else { throw .nulCharacter(table: table, column: column) }
      return literal(text)
    }
  }
}

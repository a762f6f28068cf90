/// A table of the SQL export: its columns and constraints, and its rows. Tables are data, so one
/// renderer writes the `CREATE TABLE` and the `INSERT`s from the same description.
public struct SQLTable: Sendable {
  /// A column and its constraints.
  public struct Column: Sendable {
    public enum Kind: String, Sendable {
      case text = "TEXT"
      case integer = "INTEGER"
      // Spelled out: SQLite, DuckDB and PostgreSQL all read DOUBLE PRECISION; not all read REAL alike.
      case double = "DOUBLE PRECISION"
      case date = "DATE"
    }

    public let name: String
    public let kind: Kind
    public let isRequired: Bool
    /// The only values allowed, as a CHECK constraint; empty for free values.
    public let allowed: [String]
    /// The table and column this column refers to, as a FOREIGN KEY.
    public let references: (table: String, column: String)?

    /// Creates a column.
    public init(
      _ name: String, _ kind: Kind = .text, required: Bool = true, allowed: [String] = [],
      references: (table: String, column: String)? = nil
    ) {
      self.name = name
      self.kind = kind
      self.isRequired = required
      self.allowed = allowed
      self.references = references
    }
  }

  /// A value in a row.
  public enum Value: Sendable, Hashable {
    case text(String)
    case integer(Int)
    case double(Double)
    case null

    /// Text, or NULL when absent.
    public static func optional(_ text: String?) -> Value { text.map(Value.text) ?? .null }
  }

  public let name: String
  public let columns: [Column]
  public let primaryKey: [String]
  public let rows: [[Value]]

  /// Creates a table.
  public init(_ name: String, columns: [Column], primaryKey: [String], rows: [[Value]]) {
    self.name = name
    self.columns = columns
    self.primaryKey = primaryKey
    self.rows = rows
  }
}

import AccordsCore

/// One value of a table for spreadsheets and other programs, typed so that each format writes
/// it as that program reads it: CSV and TSV a bare number and an ISO date (at the precision
/// published: `2014`, `2024-12`, `2025-08-29`), XLSX a number or a real date, JSON its own
/// types. Never a display label, a footnote mark or prose standing for a number.
enum Cell: Sendable, Equatable {
  case text(String)
  case integer(Int)
  case number(Double)
  /// A date at the precision the sources give.
  case date(PartialDate)
  /// Several values of one field (the parties of a document), joined by `Cell.listSeparator`
  /// in CSV, TSV and XLSX and written as an array in JSON.
  case list([String])
  case empty

  /// What joins a list in one CSV, TSV or XLSX cell: a vertical bar between spaces, which no id
  /// and no name in the catalog holds.
  static let listSeparator = " | "

  /// A text that is empty as no value.
  static func optional(_ text: String?) -> Cell {
    guard let text, !text.isEmpty else { return .empty }
    return .text(text)
  }

  static func optional(_ date: PartialDate?) -> Cell { date.map(Cell.date) ?? .empty }
  static func optional(_ number: Int?) -> Cell { number.map(Cell.integer) ?? .empty }
  static func optional(_ number: Double?) -> Cell { number.map(Cell.number) ?? .empty }

  /// The cell's text in a delimited file: ISO dates, numbers as JSON writes them.
  var text: String {
    switch self {
    case .text(let text): text
    case .integer(let number): String(number)
    case .number(let number): JSONValue.format(number)
    case .date(let date): date.description
    case .list(let values): values.joined(separator: Self.listSeparator)
    case .empty: ""
    }
  }

  /// The cell as JSON: a list is an array, an empty cell `null`.
  var json: JSONValue {
    switch self {
    case .text(let text): .string(text)
    case .integer(let number): .int(number)
    case .number(let number): .number(number)
    case .date(let date): .string(date.description)
    case .list(let values): .array(values.map(JSONValue.string))
    case .empty: .null
    }
  }

  /// The cell in a table for people: a list joined as every listing joins one.
  var display: String {
    if case .list(let values) = self { return values.joined(separator: "; ") }
    return text
  }
}

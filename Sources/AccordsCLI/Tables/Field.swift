import AccordsCore
import CommandLineKit

/// What a field may need besides its record: the catalog (to name what an id points to) and
/// the day statuses are worked out for.
struct FieldContext: Sendable {
  let catalog: Catalog
  let day: PartialDate

  init(catalog: Catalog, day: PartialDate? = nil) {
    self.catalog = catalog
    self.day = day ?? catalog.dataset.asOf
  }
}

/// A column of a command's table for spreadsheets and `--fields`: its name, the same word the
/// record's JSON uses, and how a record fills it.
struct Field<Record>: Sendable {
  let name: String
  let value: @Sendable (Record, FieldContext) -> Cell

  init(_ name: String, _ value: @escaping @Sendable (Record, FieldContext) -> Cell) {
    self.name = name
    self.value = value
  }

  /// A field that needs nothing but its record.
  init(_ name: String, _ value: @escaping @Sendable (Record) -> Cell) {
    self.init(name) { record, _ in value(record) }
  }
}

/// Every field a command's records have, in the order CSV, TSV and XLSX write them when
/// `--fields` does not choose: all of them, so that a spreadsheet has the whole record.
struct FieldSet<Record>: Sendable {
  let fields: [Field<Record>]

  init(_ fields: [Field<Record>]) { self.fields = fields }

  var names: [String] { fields.map(\.name) }

  /// The table of `records`, with the fields `chosen` in their order, or every field.
  func table(_ records: some Sequence<Record>, context: FieldContext, chosen: [String]? = nil) -> RecordTable {
    let columns = chosen.map { names in names.compactMap { name in fields.first { $0.name == name } } } ?? fields
    return RecordTable(
      columns: columns.map(\.name),
      rows: records.map { record in columns.map { $0.value(record, context) } })
  }
}

/// Named columns of typed cells: what CSV, TSV, XLSX and `--fields` write.
struct RecordTable: Sendable, Equatable {
  let columns: [String]
  let rows: [[Cell]]

  /// Rows for people's formats (table, plain, Markdown) under `--fields`.
  func listing(noun: (String, String), total: Int? = nil) -> Listing {
    Listing(
      columns: columns.map { Listing.Column($0, wraps: true) }, rows: rows.map { $0.map(\.display) }, noun: noun,
      total: total)
  }

  /// One JSON object per row, keys in the columns' order: `--fields` in JSON.
  var jsonObjects: [JSONValue] {
    rows.map { row in .object(zip(columns, row).map { (key: $0, value: $1.json) }) }
  }

  /// A table of a listing whose cells are already plain values (counts, labels): whole
  /// numbers become numbers, everything else text.
  init(listing: Listing) {
    columns = listing.columns.map(\.header)
    rows = listing.rows.map { row in row.map { Int($0).map(Cell.integer) ?? Cell.optional($0) } }
  }

  init(columns: [String], rows: [[Cell]]) {
    self.columns = columns
    self.rows = rows
  }
}

/// `--fields a,b,c`: the columns a listing writes, in that order, in every format.
enum FieldSelection {
  /// The option, for every listing command.
  static func option(_ names: [String]) -> OptionSpec {
    .value(
      "fields", valueName: "names",
      help: "Only these columns, in this order, comma-separated, in every format (JSON included).",
      allowedValues: names, isRepeatable: true)
  }

  /// The names `--fields` gives (repeatable, comma-separated), or `nil` when it was not given.
  ///
  /// - Throws: `UsageError` for an unknown name, listing the valid ones.
  static func chosen(_ parsed: ParsedCommand, valid names: [String]) throws(UsageError) -> [String]? {
    let given = parsed.allValues("fields")
    guard !given.isEmpty else { return nil }
    var chosen: [String] = []
    for text in given {
      for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
        let name = String(piece).trimmingSpaces
        guard names.contains(name) else {
          throw .invalidValue(
            name, option: "--fields <names>", allowed: names,
            suggestions: Suggestions.nearest(to: name, among: names))
        }
        if !chosen.contains(name) { chosen.append(name) }
      }
    }
    return chosen
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    var text = Substring(self)
    while text.first == " " { text.removeFirst() }
    while text.last == " " { text.removeLast() }
    return String(text)
  }
}

import AccordsCore

/// JSON Lines (`--format jsonl`): one record per line, `{"kind": …, "record": {…}}`, for
/// line-oriented tools (`grep`, `jq -c`, `split`, loaders that stream). The record sits under
/// its own key because records have a `kind` field of their own (a figure's, a partnership's).
enum JSONLines {
  /// The records of a listing's JSON array; a listing with no records of its own (`stats`)
  /// gives one line per row, keyed by column.
  static func text(kind: String, json: JSONValue, listing: @autoclosure () -> Listing) -> String {
    guard case .array(let records) = json else {
      let table = listing()
      let headers = table.columns.map(\.header)
      return lines(
        kind: kind,
        records: table.rows.map { row in .object(zip(headers, row).map { (key: $0, value: .string($1)) }) })
    }
    return lines(kind: kind, records: records)
  }

  /// One line per record.
  static func lines(kind: String, records: [JSONValue]) -> String { lines(kind: kind, records: records) { $0 } }

  /// One line per record, each record's JSON made by `json` only when its line is written.
  static func lines<Records: Sequence>(kind: String, records: Records, _ json: (Records.Element) -> JSONValue) -> String
  {
    var text = ""
    for record in records { text += JSONValue.object(["kind": .string(kind), "record": json(record)]).compact + "\n" }
    return text
  }
}

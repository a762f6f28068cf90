/// Rows of records under named columns: the one shape every list command produces, and every
/// tabular format (table, plain, CSV, Markdown) renders.
struct Listing: Sendable {
  /// A column heading, and whether its cells may wrap when the terminal is narrow.
  struct Column: Sendable {
    let header: String
    let wraps: Bool

    init(_ header: String, wraps: Bool = false) {
      self.header = header
      self.wraps = wraps
    }
  }

  let columns: [Column]
  let rows: [[String]]
  /// What one row is, in the singular and plural, for the count line (`agreement`).
  let noun: (singular: String, plural: String)
  /// How many records there are before filtering, when a filter was applied.
  let total: Int?
  /// Words (folded) that a colour terminal shows highlighted, such as a search's terms.
  let highlighting: [String]
  /// What a table says when no row is left, such as what a search tried; `nil` for the count.
  let emptyLine: String?
  /// Lines under a table that explain its marks (`*` contested); empty when no row has one.
  let footnotes: [String]

  init(
    columns: [Column], rows: [[String]], noun: (String, String), total: Int? = nil, highlighting: [String] = [],
    emptyLine: String? = nil, footnotes: [String] = []
  ) {
    self.columns = columns
    self.rows = rows
    self.noun = noun
    self.total = total
    self.highlighting = highlighting
    self.emptyLine = emptyLine
    self.footnotes = footnotes
  }

  /// `13 agreements`, or `4 of 13 agreements` after a filter.
  var countLine: String {
    let word = rows.count == 1 ? noun.singular : noun.plural
    if let total, total != rows.count { return "\(rows.count) of \(total) \(word)" }
    return "\(rows.count) \(word)"
  }
}

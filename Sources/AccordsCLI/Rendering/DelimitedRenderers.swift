import AccordsCore

/// The formats for other programs and documents: plain (tab-separated), CSV and Markdown.
enum DelimitedRenderers {
  /// One record per line, fields separated by tabs, no header and nothing shortened, for
  /// `grep`, `cut` and `awk`. Tabs and line breaks inside a field are shown escaped.
  static func plain(_ listing: Listing) -> String {
    listing.rows.map { row in row.map { TerminalText.escaped($0) }.joined(separator: "\t") + "\n" }.joined()
  }

  /// RFC 4180: a header row, CRLF line ends, and fields with commas, quotes or line breaks
  /// quoted with inner quotes doubled. Control characters other than line breaks and tabs are
  /// shown escaped (`\e`), so a catalog cannot drive a terminal through CSV either; on a
  /// terminal, line breaks and tabs inside a field are shown escaped too (a lone carriage
  /// return would overwrite the line), while a pipe gets them exactly.
  static func csv(_ listing: Listing, onTerminal: Bool = false) -> String {
    ([listing.columns.map(\.header)] + listing.rows)
      .map { row in row.map { csvField($0, onTerminal: onTerminal) }.joined(separator: ",") + "\r\n" }
      .joined()
  }

  static func csvField(_ field: String, onTerminal: Bool = false) -> String {
    let field = TerminalText.escaped(field, keeping: onTerminal ? [] : ["\n", "\r", "\t"])
    // Scalars, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
    let needsQuotes =
      field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      || field.hasPrefix(" ") || field.hasSuffix(" ")
    guard needsQuotes else { return field }
    return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
  }

  /// A GitHub pipe table: `|` and backslashes in cells escaped, line breaks as `<br>`.
  static func markdown(_ listing: Listing) -> String {
    func row(_ cells: [String]) -> String {
      "| " + cells.map(markdownCell).joined(separator: " | ") + " |\n"
    }
    return row(listing.columns.map(\.header))
      + "|" + String(repeating: " --- |", count: listing.columns.count) + "\n"
      + listing.rows.map(row).joined()
  }

  static func markdownCell(_ text: String) -> String {
    let escaped =
      text
      .replacingAll("\\", with: "\\\\")
      .replacingAll("|", with: "\\|")
      .replacingAll("\r\n", with: "<br>")
      .replacingAll("\n", with: "<br>")
    return TerminalText.escaped(escaped)
  }
}

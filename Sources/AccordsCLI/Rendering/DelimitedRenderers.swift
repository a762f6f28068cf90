import AccordsCore

/// The formats for other programs and documents: plain (tab-separated), CSV and Markdown.
enum DelimitedRenderers {
  /// One record per line, fields separated by tabs, no header and nothing shortened, for
  /// `grep`, `cut` and `awk`. Tabs and line breaks inside a field are shown escaped.
  static func plain(_ listing: Listing) -> String {
    listing.rows.map { row in row.map { TerminalText.escaped($0) }.joined(separator: "\t") + "\n" }.joined()
  }

  /// RFC 4180: a header row, CRLF line ends, and fields with commas, quotes or line breaks
  /// quoted with inner quotes doubled. Control and invisible characters other than line breaks
  /// and tabs are shown escaped (`\e`, `\u{202e}`), so a catalog cannot drive a terminal or
  /// hide text through CSV either; on a terminal, line breaks and tabs inside a field are shown
  /// escaped too (a lone carriage return would overwrite the line), while a pipe gets them
  /// exactly. A text cell that a spreadsheet would take for a formula gets a leading apostrophe
  /// (see `csvField`).
  static func csv(_ listing: Listing, onTerminal: Bool = false) -> String {
    csv(rows: [listing.columns.map(\.header)] + listing.rows, onTerminal: onTerminal)
  }

  /// A table for spreadsheets and other programs (`RecordTable`): a header row of field names,
  /// then one row per record, every cell written as `csvField` writes it.
  static func csv(_ table: RecordTable, onTerminal: Bool = false) -> String {
    csv(rows: [table.columns] + table.rows.map { $0.map(\.text) }, onTerminal: onTerminal)
  }

  /// The rows as CSV, written into one string as they go: a listing of ten thousands of rows
  /// spent more in joining arrays of pieces than in the fields.
  private static func csv(rows: [[String]], onTerminal: Bool) -> String {
    var output = ""
    output.reserveCapacity(rows.reduce(0) { $0 + $1.reduce(2) { $0 + $1.utf8.count + 1 } })
    for row in rows {
      for (place, field) in row.enumerated() {
        if place > 0 { output += "," }
        output += csvField(field, onTerminal: onTerminal)
      }
      output += "\r\n"
    }
    return output
  }

  /// Tab-separated values (IANA `text/tab-separated-values`): a header row of field names, one
  /// row per record. A field cannot hold a tab or a line break there, so those are written as
  /// `\t`, `\n` and `\r`, and a backslash as `\\`, the escapes PostgreSQL's `COPY`, MySQL and
  /// pandas read; control and invisible characters are shown escaped, and a cell a spreadsheet
  /// would take for a formula gets a leading `'`, as in CSV.
  static func tsv(_ table: RecordTable) -> String {
    ([table.columns] + table.rows.map { $0.map(\.text) })
      .map { row in row.map(tsvField).joined(separator: "\t") + "\n" }
      .joined()
  }

  static func tsvField(_ field: String) -> String {
    var output = ""
    for scalar in field.unicodeScalars {
      switch scalar {
      case "\\": output += "\\\\"
      case "\t": output += "\\t"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      default: output.unicodeScalars.append(scalar)
      }
    }
    output = TerminalText.escaped(output)
    return startsAFormula(output) ? "'" + output : output
  }

  /// One CSV field. A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return (or
  /// their full-width forms, which Japanese input methods type) is a formula to Excel,
  /// LibreOffice and Google Sheets, so such a cell gets a leading `'` and is read as text — unless
  /// the whole cell is a plain number (`-5`, `+1.5e3`), which no spreadsheet runs and which
  /// stays exact. This is OWASP's advice for CSV injection.
  static func csvField(_ field: String, onTerminal: Bool = false) -> String {
    if isPlainCSVField(field) { return field }
    var field = TerminalText.escaped(field, keeping: onTerminal ? [] : lineBreaksAndTab)
    if startsAFormula(field) { field = "'" + field }
    // Scalars, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
    let scalars = field.unicodeScalars
    let needsQuotes =
      scalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      || scalars.first == " " || scalars.last == " "
    guard needsQuotes else { return field }
    return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
  }

  private static let lineBreaksAndTab: Set<Unicode.Scalar> = ["\n", "\r", "\t"]

  /// Whether `field` is written as it is: printable ASCII with no comma or quote, no space at
  /// either end, and no formula sign first. Most cells are; a byte scan tells.
  private static func isPlainCSVField(_ field: String) -> Bool {
    let utf8 = field.utf8
    guard let first = utf8.first, let last = utf8.last else { return true }
    guard first != 0x20, last != 0x20, !"=+-@".utf8.contains(first) else { return false }
    return utf8.allSatisfy { (0x20..<0x7F).contains($0) && $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: "\"") }
  }

  /// Whether a spreadsheet would read `field` as a formula: it starts with one of the formula
  /// signs and is not a plain number.
  static func startsAFormula(_ field: String) -> Bool {
    guard let first = field.unicodeScalars.first else { return false }
    switch first {
    case "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}":
      return !isPlainNumber(field)
    default: return false
    }
  }

  /// `-5`, `+12.50`, `1e3`: an optional sign, digits, an optional fraction and exponent.
  private static func isPlainNumber(_ text: String) -> Bool {
    var bytes = text.utf8[...]
    if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
    func digits() -> Int {
      let count = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
      bytes = bytes.dropFirst(count)
      return count
    }
    guard digits() > 0 else { return false }
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst()
      guard digits() > 0 else { return false }
    }
    if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
      guard digits() > 0 else { return false }
    }
    return bytes.isEmpty
  }

  /// A GitHub pipe table: every cell written so that a Markdown renderer shows its text and
  /// nothing else (`markdownCell`).
  static func markdown(_ listing: Listing) -> String {
    func row(_ cells: [String]) -> String {
      "| " + cells.map(markdownCell).joined(separator: " | ") + " |\n"
    }
    return row(listing.columns.map(\.header))
      + "|" + String(repeating: " --- |", count: listing.columns.count) + "\n"
      + listing.rows.map(row).joined()
  }

  /// A table cell that renders as exactly its text, never as markup: `&`, `<` and `>` become
  /// the entities `&amp;`, `&lt;` and `&gt;` (no raw HTML, no autolink, no entity trick), the
  /// inline-markup characters `\` `` ` `` `*` `_` `[` `]` `~` `|` are escaped with a backslash
  /// (no emphasis, code, link or image: a `javascript:` address can never become a link), line
  /// breaks become `<br>`, and control and invisible characters are shown escaped (`\u{202e}`).
  /// Block markup (`#`, `>`, lists) has no meaning inside a table cell.
  static func markdownCell(_ text: String) -> String {
    var output = ""
    var scalars = TerminalText.escaped(text, keeping: ["\n", "\r"]).unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\\", "`", "*", "_", "[", "]", "~", "|":
        output += "\\"
        output.unicodeScalars.append(scalar)
      case "\r":
        if pending == "\n" { pending = scalars.next() }
        output += "<br>"
      case "\n": output += "<br>"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}

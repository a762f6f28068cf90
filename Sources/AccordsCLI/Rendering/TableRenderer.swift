import CommandLineKit

/// Aligned columns for people. On a terminal the table fits the width by wrapping the columns
/// that allow it, and ends with a count line; into a pipe nothing is ever shortened.
enum TableRenderer {
  static let gap = 2
  /// A wrapping column is never squeezed narrower than this.
  static let minimumWrapWidth = 12

  /// - Parameter showsCount: whether a terminal gets the `3 of 13 agreements` line; off where
  ///   the command prints its own heading.
  static func render(_ listing: Listing, style: OutputStyle, showsCount: Bool = true) -> String {
    let headers = listing.columns.map { $0.header.uppercased() }
    let cells = listing.rows.map { $0.map { TerminalText.escaped($0) } }
    var widths = headers.map(TextWrapping.width)
    for row in cells {
      for (column, cell) in row.enumerated() { widths[column] = max(widths[column], TextWrapping.width(cell)) }
    }
    if style.isTerminal {
      fit(&widths, columns: listing.columns, into: style.width)
      if widths.reduce(0, +) + gap * (widths.count - 1) > style.width {
        return stacked(listing, headers: headers, cells: cells, style: style, showsCount: showsCount)
      }
    }

    var lines = [line(headers, widths: widths, style: style, isHeader: true, highlighting: [])]
    for row in cells {
      let wrapped = row.enumerated().map { column, cell in
        listing.columns[column].wraps
          ? TextWrapping.wrap(cell, width: widths[column], keepingAddressesWhole: false) : [cell]
      }
      let height = wrapped.map(\.count).max() ?? 1
      for lineIndex in 0..<height {
        let parts = wrapped.map { lineIndex < $0.count ? $0[lineIndex] : "" }
        lines.append(line(parts, widths: widths, style: style, isHeader: false, highlighting: listing.highlighting))
      }
    }
    var output = lines.joined(separator: "\n") + "\n" + notes(listing, style: style)
    if style.isTerminal, showsCount { output += style.dim(listing.countLine) + "\n" }
    return output
  }

  /// One block of `LABEL  value` lines per record, for terminals too narrow for columns.
  static func stacked(
    _ listing: Listing, headers: [String], cells: [[String]], style: OutputStyle, showsCount: Bool
  ) -> String {
    let labelWidth = (headers.map(TextWrapping.width).max() ?? 0) + gap
    let valueWidth = max(style.width - labelWidth, minimumWrapWidth)
    let blocks = cells.map { row in
      // An empty field says nothing in a block of its own; the columns of a table keep it.
      zip(headers, row).filter { !$0.1.isEmpty }.map { header, cell in
        let lines = TextWrapping.wrap(cell, width: valueWidth, keepingAddressesWhole: false)
        let indent = String(repeating: " ", count: labelWidth)
        return style.bold(TextWrapping.padded(header, to: labelWidth)) + lines.joined(separator: "\n" + indent)
      }.joined(separator: "\n")
    }
    let count = showsCount ? "\n" + style.dim(listing.countLine) + "\n" : ""
    let notes = notes(listing, style: style)
    return blocks.joined(separator: "\n\n") + (blocks.isEmpty ? "" : "\n") + (notes.isEmpty ? "" : "\n" + notes) + count
  }

  /// The lines under a table: what its marks mean, or, with no rows, what was looked for;
  /// wrapped to a terminal's width, whole into a pipe.
  static func notes(_ listing: Listing, style: OutputStyle) -> String {
    let lines = listing.rows.isEmpty ? listing.emptyLine.map { [$0] } ?? [] : listing.footnotes
    return lines.map { line in
      let text = TerminalText.escaped(line)
      return (style.isTerminal ? TextWrapping.wrap(text, width: style.width).joined(separator: "\n") : text) + "\n"
    }.joined()
  }

  /// Narrows the widest wrapping column, one column a step, until the table fits or every
  /// wrapping column is at its minimum; the table may still overflow a very narrow terminal.
  static func fit(_ widths: inout [Int], columns: [Listing.Column], into width: Int) {
    func total() -> Int { widths.reduce(0, +) + gap * (widths.count - 1) }
    while total() > width {
      let candidates = widths.indices.filter { columns[$0].wraps && widths[$0] > minimumWrapWidth }
      guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { return }
      // One column at a time, so that the widest columns end up sharing the space evenly.
      widths[widest] -= 1
    }
  }

  private static func line(
    _ parts: [String], widths: [Int], style: OutputStyle, isHeader: Bool, highlighting: [String]
  ) -> String {
    var text = ""
    for (column, part) in parts.enumerated() {
      let isLast = column == parts.count - 1
      let cell = isLast ? part : TextWrapping.padded(part, to: widths[column])
      // Highlighting goes in after padding, so the escape codes take no columns.
      text += isHeader ? style.bold(cell) : style.highlighting(highlighting, in: cell)
      if !isLast { text += String(repeating: " ", count: gap) }
    }
    return String(text.reversed().drop(while: { $0 == " " }).reversed())
  }
}

import AccordsCore

/// Checks of each format against what its reader takes as code, written apart from the
/// writers they check, for the render fuzzer and the tests: where a catalog's text could
/// become a command, markup or a formula, the check finds it.
package enum OutputGrammar {
  /// What is wrong with `text` written in `format`, or `nil`.
  package static func problem(in text: String, format: String) -> String? {
    switch format {
    case "sql": sqlProblem(text)
    case "markdown": markdownProblem(text)
    case "mermaid": mermaidProblem(text)
    case "dot": dotProblem(text)
    case "csv": csvProblem(text)
    default: nil
    }
  }

  /// A SQL script as the `sqlite3` shell and psql read it: outside string literals, no
  /// backslash (a psql meta-command) and no line that starts with a dot (a sqlite3 command);
  /// inside them, no backslash (an escape when `standard_conforming_strings` is off; the one
  /// literal `'\\'` excepted, which is one backslash at its start either way) and no
  /// carriage return before a line feed (the sqlite3 shell drops it); in a comment, nothing
  /// hidden or control (psql ends a comment at a carriage return); every literal closed.
  static func sqlProblem(_ script: String) -> String? {
    enum Place { case code, literal, comment }
    var place = Place.code
    var scalars = script.unicodeScalars.makeIterator()
    var previous: Unicode.Scalar = "\n"
    var pending: Unicode.Scalar? = nil
    while let scalar = pending ?? scalars.next() {
      pending = nil
      defer { previous = scalar }
      switch place {
      case .code:
        if scalar == "\\" { return "a backslash outside a literal, which psql reads as a command" }
        if scalar == ".", previous == "\n" { return "a line that starts with a dot, which sqlite3 reads as a command" }
        if scalar == "'" { place = .literal }
        if scalar == "-" {
          let next = scalars.next()
          if next == "-" { place = .comment } else { pending = next }
        }
      case .literal:
        if scalar == "\\" {
          // Only the literal '\\' itself, which every engine reads as one backslash at its start
          // whatever its settings (`substr('\\', 1, 1)`), holds backslashes.
          guard previous == "'", scalars.next() == "\\", scalars.next() == "'" else {
            return "a backslash inside a literal"
          }
          place = .code
          continue
        }
        if scalar == "\r" {
          let next = scalars.next()
          if next == "\n" { return "a carriage return before a line feed inside a literal" }
          pending = next
        }
        if scalar == "'" {
          let next = scalars.next()
          if next != "'" {
            place = .code
            pending = next
          }
        }
      case .comment:
        if scalar == "\n" {
          place = .code
        } else if scalar.isHiddenOrControl {
          return "a control or invisible character U+\(String(scalar.value, radix: 16, uppercase: true)) in a comment"
        }
      }
    }
    return place == .literal ? "a literal that is never closed" : nil
  }

  /// A Markdown pipe table: every line a row of the header's width, and in the cells no raw
  /// HTML but `<br>`, no entity but `&amp;`, `&lt;` and `&gt;`, and no unescaped character that
  /// starts inline markup.
  static func markdownProblem(_ text: String) -> String? {
    var width: Int?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
      guard line.hasPrefix("| "), line.hasSuffix(" |") else { return "a line that is not a table row: \(line)" }
      var cells = 1
      var scalars = Array(line.unicodeScalars.dropFirst().dropLast())[...]
      while let scalar = scalars.popFirst() {
        switch scalar {
        case "\\":
          guard scalars.popFirst() != nil else { return "a backslash at the end of a cell" }
        case "|": cells += 1
        case "&":
          let rest = String(String.UnicodeScalarView(scalars.prefix(4)))
          guard rest.hasPrefix("amp;") || rest.hasPrefix("lt;") || rest.hasPrefix("gt;") else {
            return "a raw '&' in a cell, which may start an entity"
          }
        case "<":
          guard String(String.UnicodeScalarView(scalars.prefix(3))) == "br>" else { return "raw HTML in a cell" }
          scalars = scalars.dropFirst(3)
        case "`", "*", "_", "[", "]", "~", ">":
          return "an unescaped '\(scalar)' in a cell, which may start markup"
        default: break
        }
      }
      if let width, width != cells { return "a row of \(cells) cells under a header of \(width)" }
      width = width ?? cells
    }
    return nil
  }

  /// Mermaid: only the statements Accords writes, labels inside their quotes, and no `%%`
  /// (a comment, or a directive that reconfigures the renderer).
  static func mermaidProblem(_ text: String) -> String? {
    if text.contains("%%") { return "'%%' in Mermaid" }
    for line in text.split(separator: "\n") where (try? mermaidStatement.wholeMatch(in: String(line))) == nil {
      return "a Mermaid line that is not one of Accords' statements: \(line)"
    }
    return nil
  }

  private static var mermaidStatement: Regex<AnyRegexOutput> {
    let label = #"[^"%`<>]*"#
    let statements = [
      "flowchart LR", "timeline", "  title [^:#%]*", "  [0-9-]+ : [^:#%]* : [^:#%]*", "  end",
      #"  subgraph group\d+\[""# + label + #""\]"#, #"    n_\w+\[""# + label + #""\]"#,
      #"  n_\w+ (-->|---)(\|""# + label + #""\|)? n_\w+"#,
    ]
    // The pattern is Accords' own and always compiles.
    return (try? Regex("^(" + statements.joined(separator: "|") + ")$")) ?? Regex(/$^/)
  }

  /// DOT: on every line, quoted strings closed, and a backslash inside one only before a
  /// quote or a backslash (so `\N`, `\G` and `\l` never reach Graphviz as escapes).
  static func dotProblem(_ text: String) -> String? {
    for line in text.split(separator: "\n") {
      var quoted = false
      var scalars = line.unicodeScalars.makeIterator()
      while let scalar = scalars.next() {
        if scalar.isHiddenOrControl { return "a control or invisible character in DOT" }
        if quoted, scalar == "\\" {
          let next = scalars.next()
          guard next == "\"" || next == "\\" else {
            return "a Graphviz escape '\\\(next.map(String.init) ?? "")' in a label"
          }
        } else if scalar == "\"" {
          quoted.toggle()
        }
      }
      if quoted { return "a quoted string left open: \(line)" }
    }
    return nil
  }

  /// CSV: no cell that a spreadsheet would read as a formula (a formula sign first, and not
  /// a plain number).
  static func csvProblem(_ text: String) -> String? {
    for cell in RenderProbe.csvRows(text).joined() {
      guard let first = cell.unicodeScalars.first,
        "=+-@\t\r\u{FF1D}\u{FF0B}\u{FF0D}\u{FF20}".unicodeScalars.contains(first)
      else { continue }
      if Double(cell) == nil { return "a CSV cell a spreadsheet reads as a formula: \(cell)" }
    }
    return nil
  }
}

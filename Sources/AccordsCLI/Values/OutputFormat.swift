import CommandLineKit

/// The ways a listing can be written.
enum OutputFormat: String, Sendable, CaseIterable {
  case table, plain, json, jsonl, csv, tsv, markdown
  /// An Excel workbook of one sheet, the table CSV writes, as bytes for a file.
  case xlsx
  /// Pictures, for the commands whose records link to each other.
  case mermaid, dot

  /// The formats every listing offers.
  static let listings: [OutputFormat] = [.table, .plain, .json, .jsonl, .csv, .tsv, .markdown, .xlsx]
  /// The formats of listings that can also be drawn.
  static let graphs: [OutputFormat] = listings + [.mermaid, .dot]

  /// What the format is, in a few words, for completions that show it.
  var summary: String {
    switch self {
    case .table: "aligned columns for people"
    case .plain: "tab-separated, no header, for grep and cut"
    case .json: "JSON, every field"
    case .jsonl: "JSON Lines, one record a line"
    case .csv: "CSV table for spreadsheets"
    case .tsv: "tab-separated table with a header"
    case .markdown: "GitHub Markdown table"
    case .xlsx: "Excel workbook, to a pipe or file"
    case .mermaid: "Mermaid diagram"
    case .dot: "Graphviz DOT graph"
    }
  }

  /// Reads `--format` and the `--json` shorthand together.
  ///
  /// - Throws: `UsageError` for an unknown format, one this command does not offer, or
  ///   `--json` beside a different `--format`.
  static func chosen(in parsed: ParsedCommand, allowed: [OutputFormat] = listings) throws(UsageError) -> OutputFormat {
    let requested = try parsed.value("format").map { text throws(UsageError) in
      try matcher(allowed).match(text, option: "--format <format>")
    }
    if parsed.flag("json") {
      if let requested, requested != .json { throw .conflictingOptions("--json", "--format \(requested.rawValue)") }
      return .json
    }
    return requested ?? .table
  }

  private static func matcher(_ allowed: [OutputFormat]) -> ValueMatcher<OutputFormat> {
    ValueMatcher(
      entries: allowed.map { format in
        let spellings: [String] =
          switch format {
          case .table: ["text", "human"]
          case .plain: ["tab", "tabs"]
          case .tsv: ["tab-separated"]
          case .xlsx: ["excel", "workbook"]
          case .json: []
          case .jsonl: ["ndjson", "json-lines", "jsonlines"]
          case .csv: []
          case .markdown: ["md", "gfm"]
          case .mermaid: ["mmd"]
          case .dot: ["graphviz", "gv"]
          }
        return .init(value: format, canonical: format.rawValue, spellings: spellings)
      })
  }
}

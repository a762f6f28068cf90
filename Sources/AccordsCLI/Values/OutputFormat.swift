import CommandLineKit

/// The ways a listing can be written.
enum OutputFormat: String, Sendable, CaseIterable {
  case table, plain, json, csv, markdown

  /// Reads `--format` and the `--json` shorthand together.
  ///
  /// - Throws: `UsageError` for an unknown format, one this command does not offer, or
  ///   `--json` beside a different `--format`.
  static func chosen(in parsed: ParsedCommand, allowed: [OutputFormat] = allCases) throws(UsageError) -> OutputFormat {
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
          case .plain: ["tsv", "tab", "tabs"]
          case .json: []
          case .csv: []
          case .markdown: ["md", "gfm"]
          }
        return .init(value: format, canonical: format.rawValue, spellings: spellings)
      })
  }
}

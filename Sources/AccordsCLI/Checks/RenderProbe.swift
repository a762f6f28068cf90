package import AccordsCore
import CommandLineKit

/// Runs every command in every format it offers over one catalog and checks what comes out,
/// for the render fuzzer (`Scripts/fuzz render`) and the tests that walk the fixtures.
///
/// The commands, their formats and their argument values all come from the command table and
/// the catalog, so a new command or format is probed without anyone listing it here.
package enum RenderProbe {
  /// The terminals each command line is run in: a pipe, a wide colour terminal, and terminals
  /// narrower than any table.
  package static let environments: [ProcessEnvironment] = [
    ProcessEnvironment(),
    ProcessEnvironment(stdoutIsTerminal: true, terminalColumns: 100),
    ProcessEnvironment(stdoutIsTerminal: true, terminalColumns: 20),
    ProcessEnvironment(variables: ["COLUMNS": "1"], stdoutIsTerminal: true),
  ]

  /// Command lines that exercise every visible command and format over `catalog`, each
  /// argument filled with values taken from the catalog (by the same helper shell completion
  /// uses), at most `valuesPerArgument` of them.
  package static func commandLines(for catalog: Catalog, valuesPerArgument: Int = 3) -> [[String]] {
    var lines: [[String]] = []
    for command in Accords.root.visibleSubcommands {
      let formats = command.option(named: "format")?.allowedValues ?? []
      let argumentSets = argumentValues(for: command, catalog: catalog, limit: valuesPerArgument)
      for arguments in argumentSets {
        lines.append([command.name] + arguments)
        for format in formats { lines.append([command.name] + arguments + ["--format", format]) }
      }
    }
    return lines
  }

  /// What is wrong with one command's output, or `nil` when nothing is.
  package static func problem(
    in result: CommandResult, arguments: [String], environment: ProcessEnvironment
  ) -> String? {
    if result.exitCode == .internalError { return "internal error: \(result.stderr)" }
    guard result.exitCode == .success else { return nil }
    if let formatIndex = arguments.firstIndex(of: "--format"), formatIndex + 1 < arguments.count {
      let format = arguments[formatIndex + 1]
      switch format {
      case "json":
        var scanner = JSONScanner(bytes: Array(result.stdout.utf8))
        do {
          try scanner.skipValue()
          try scanner.finish()
        } catch {
          return "--format json is not JSON: \(error)"
        }
      case "jsonl":
        for line in result.stdout.split(separator: "\n") {
          var scanner = JSONScanner(bytes: Array(line.utf8))
          do {
            try scanner.skipValue()
            try scanner.finish()
          } catch {
            return "--format jsonl has a line that is not JSON: \(error)"
          }
        }
      case "csv":
        let widths = Set(csvRows(result.stdout).map(\.count))
        if widths.count > 1 { return "CSV rows have different numbers of fields: \(widths.sorted())" }
      case "tsv":
        let widths = Set(
          result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).count }
        )
        if widths.count > 1 { return "TSV rows have different numbers of fields: \(widths.sorted())" }
      case "xlsx":
        // A workbook is bytes for a pipe or a file; a terminal gets a usage error instead.
        guard !environment.stdoutIsTerminal else { return "--format xlsx succeeded on a terminal" }
        guard let bytes = result.binary, bytes.starts(with: [0x50, 0x4b, 0x03, 0x04]), result.stdout.isEmpty else {
          return "--format xlsx wrote no ZIP package"
        }
      default: break
      }
      // What each format's reader would take as code; into a pipe, as that reader gets it.
      if !environment.stdoutIsTerminal, let problem = OutputGrammar.problem(in: result.stdout, format: format) {
        return "--format \(format): \(problem)"
      }
    }
    if environment.stdoutIsTerminal, let scalar = rawControl(in: result.stdout) {
      return "raw control character U+\(String(scalar.value, radix: 16, uppercase: true)) on a terminal"
    }
    return nil
  }

  /// Every value an argument can take from the catalog: completion candidates, or the
  /// declared values.
  private static func argumentValues(for command: CommandSpec, catalog: Catalog, limit: Int) -> [[String]] {
    guard let argument = command.arguments.first else { return [[]] }
    let candidates: [String]
    switch argument.completion {
    case .values(let values): candidates = values
    case .command(let helper):
      let words = Accords.run(arguments: helper) { () throws(CatalogError) in catalog }.stdout
        .split(separator: "\n").map(String.init)
      candidates = Array(words.prefix(limit))
    case .file, .none:
      // Free text, as `search` takes: the first words of a few names.
      candidates = catalog.regions.prefix(limit).map(\.name)
    }
    return candidates.isEmpty ? (argument.isOptional ? [[]] : []) : candidates.map { [$0] }
  }

  /// The first control character that is not a line break, a tab or part of a colour sequence.
  private static func rawControl(in text: String) -> Unicode.Scalar? {
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      if scalar == "\u{1B}" {
        // Only Select Graphic Rendition sequences, ESC [ digits ; m, are Accords' own.
        guard scalars.next() == "[" else { return scalar }
        while let next = scalars.next(), next != "m" {
          guard ("0"..."9").contains(next) || next == ";" else { return scalar }
        }
      } else if scalar == "\r" {
        // Only as the first half of CSV's CRLF line end.
        guard scalars.next() == "\n" else { return scalar }
      } else if scalar != "\n", scalar != "\t", scalar.isHiddenOrControl {
        // Tabs separate `--format plain` fields; data's own tabs are escaped.
        return scalar
      }
    }
    return nil
  }

  /// RFC 4180 rows, read scalar by scalar (Swift's "\r\n" is one Character), written apart
  /// from the CSV writer it checks; the tests read CSV with it too.
  package static func csvRows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" { field.unicodeScalars.append(scalars.removeFirst()) } else { quoted = false }
        } else {
          field.unicodeScalars.append(scalar)
        }
      } else if scalar == "\"" {
        quoted = true
      } else if scalar == "," {
        row.append(field)
        field = ""
      } else if scalar == "\n" || (scalar == "\r" && scalars.first == "\n") {
        // A row ends at LF or CRLF; a lone CR is data, as engines that end rows with LF write it.
        if scalar == "\r" { scalars.removeFirst() }
        rows.append(row + [field])
        row = []
        field = ""
      } else {
        field.unicodeScalars.append(scalar)
      }
    }
    if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
    return rows
  }
}

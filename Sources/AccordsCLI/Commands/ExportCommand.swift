import AccordsCore
import CommandLineKit
import FoundationEssentials

/// `accords export`: the whole catalog, in the published format or as CSV.
enum ExportCommand {
  static let spec = CommandSpec(
    name: "export",
    abstract: "Write the whole catalog: JSON in the published format (what --data reads), or CSV.",
    discussion:
      "JSON export read back with --data and exported again is byte for byte the same. CSV has one row per value: section, id, field path and value. --output writes atomically and never replaces a file without --force.",
    examples: [
      Example("accords export --output mine.json", "Start your own catalog from the bundled one."),
      Example("accords --data mine.json export --format csv > mine.csv", "Your catalog as one CSV table."),
    ],
    options: [
      .value(
        "format", short: "f", valueName: "format", help: "json or csv.", allowedValues: ["json", "csv"],
        defaultValue: "json"),
      .value(
        "output", short: "o", valueName: "file", help: "Write to this file instead of standard output.",
        completion: .file),
      .flag("force", help: "Replace the output file if it exists."),
    ])

  static let formats = ValueMatcher<OutputFormat>(
    entries: [
      .init(value: .json, canonical: "json", spellings: []), .init(value: .csv, canonical: "csv", spellings: []),
    ])

  static let command = Subcommand(spec: spec) { (parsed, context) throws(CommandFailure) -> String in
    let format: OutputFormat
    do throws(UsageError) {
      format =
        try parsed.value("format").map { text throws(UsageError) in try formats.match(text, option: "--format <format>")
        } ?? .json
    } catch {
      throw .usage(error)
    }
    guard let output = parsed.value("output") else {
      return format == .csv
        ? CatalogCSV.text(context.catalog, onTerminal: context.style.isTerminal) : CatalogWriter.json(context.catalog)
    }
    let text = format == .csv ? CatalogCSV.text(context.catalog) : CatalogWriter.json(context.catalog)
    try write(text, to: output, force: parsed.flag("force"))
    return ""
  }

  /// Writes through a temporary file renamed into place, so that a crash never leaves half a
  /// catalog, and refuses to replace an existing file unless forced.
  static func write(_ text: String, to path: String, force: Bool) throws(CommandFailure) {
    if FileManager.default.fileExists(atPath: path), !force {
      throw .cannotCreate("'\(path)' already exists; give --force to replace it.")
    }
    do {
      try Data(text.utf8).write(to: URL(filePath: path), options: .atomic)
    } catch {
      throw .cannotCreate("cannot write '\(path)': check that its folder exists and is writable.")
    }
  }
}

/// The catalog as one CSV table with a row per value: `section,id,field,value`, where `field`
/// is the value's path inside its record (`sources[0].quote`).
enum CatalogCSV {
  /// The table; on a terminal, line breaks inside values are shown escaped, as in listings.
  static func text(_ catalog: Catalog, onTerminal: Bool = false) -> String {
    var rows: [[String]] = [["section", "id", "field", "value"]]
    guard case .object(let sections) = CatalogWriter.value(catalog) else { return "" }
    for (section, value) in sections {
      switch value {
      case .array(let records):
        for record in records {
          let id = identifier(of: record)
          flatten(record, path: "", into: &rows) { [section, id, $0, $1] }
        }
      default:
        flatten(value, path: "", into: &rows) { [section, "", $0, $1] }
      }
    }
    return rows.map { row in
      row.map { DelimitedRenderers.csvField($0, onTerminal: onTerminal) }.joined(separator: ",") + "\r\n"
    }.joined()
  }

  private static func identifier(of record: JSONValue) -> String {
    guard case .object(let members) = record else { return "" }
    for member in members where member.key == "id" || member.key == "code" {
      if case .string(let id) = member.value { return id }
    }
    return ""
  }

  private static func flatten(
    _ value: JSONValue, path: String, into rows: inout [[String]], row: (String, String) -> [String]
  ) {
    switch value {
    case .object(let members):
      for member in members {
        flatten(member.value, path: path.isEmpty ? member.key : path + "." + member.key, into: &rows, row: row)
      }
    case .array(let elements):
      for (index, element) in elements.enumerated() {
        flatten(element, path: path + "[\(index)]", into: &rows, row: row)
      }
    case .string(let text): rows.append(row(path, text))
    case .number(let number): rows.append(row(path, JSONValue.number(number).prettyPrinted))
    case .bool(let flag): rows.append(row(path, flag ? "true" : "false"))
    case .null: rows.append(row(path, ""))
    }
  }
}

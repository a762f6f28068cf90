import AccordsCore
import CommandLineKit

/// `accords export`: the whole catalog, in the published format, as JSON Lines, a folder of
/// CSV tables or SQL.
enum ExportCommand {
  /// The ways the whole catalog can be written.
  enum Format: String, CaseIterable, Sendable {
    case json, jsonl, csv, sql, html, xlsx

    /// The catalog in this format; `onTerminal` escapes what a terminal would act on.
    func text(_ catalog: Catalog, onTerminal: Bool) throws(CommandFailure) -> String {
      switch self {
      case .json: return CatalogWriter.json(catalog)
      case .jsonl: return CatalogLines.text(catalog)
      case .csv, .xlsx: return ""  // A folder or a binary file, written apart.
      case .html:
        let page = HTMLPage.render(catalog)
        return onTerminal ? TerminalText.escaped(page, keeping: ["\n", "\t"]) : page
      case .sql:
        let script: String
        do { script = try CatalogSQL.script(catalog) } catch {
          throw .unwritable("cannot write the catalog as SQL: \(error)")
        }
        // Literals hold the data exactly, control characters included; a terminal gets them
        // shown escaped, as CSV does, and a pipe or file gets them exact.
        return onTerminal ? TerminalText.escaped(script, keeping: ["\n", "\t"]) : script
      }
    }
  }

  static let spec = CommandSpec(
    name: "export",
    abstract:
      "Write the whole catalog: JSON in the published format (what --data reads), JSON Lines, a folder of CSV tables, or SQL.",
    discussion:
      "JSON export read back with --data and exported again is byte for byte the same. JSON Lines has one record per line with its kind. CSV writes a folder (--output): one file per table, the same tables, columns and keys as the SQL, and a datapackage.json describing them in the Frictionless Data Package standard. XLSX is one workbook with a sheet per table of the SQL, header rows frozen, dates as dates. HTML is one self-contained page to publish — every visit, document, partnership and figure with its sources as links — searchable, filterable and sortable in a browser, readable without JavaScript, asking the network for nothing. SQL drops and recreates normalized tables with keys and constraints, and views for common questions, in one transaction that SQLite, DuckDB and PostgreSQL load as written, again over an earlier export. --output writes atomically, never replaces a file without --force, replaces only a regular file (keeping its permissions), and takes '-' for standard output.",
    examples: [
      Example("accords export --output mine.json", "Start your own catalog from the bundled one."),
      Example("accords export --format sql | sqlite3 accords.db", "The catalog as a SQLite database."),
      Example(
        "accords export --format csv --output accords-tables", "Every table as a CSV file, with a datapackage.json."),
      Example("accords export --format html --output accords.html", "The register as one web page to publish."),
      Example("accords export --format xlsx --output accords.xlsx", "Every table as a sheet of one Excel workbook."),
    ],
    options: [
      .value(
        "format", short: "f", valueName: "format",
        help: "json, jsonl, csv (a folder), sql, html (one page to publish) or xlsx (a workbook).",
        allowedValues: Format.allCases.map(\.rawValue), defaultValue: "json"),
      .value(
        "output", short: "o", valueName: "file",
        help: "Write to this file instead of standard output (for csv, to this folder, made if missing).",
        completion: .file),
      .flag("force", help: "Replace the output file if it exists."),
    ])

  static let formats = ValueMatcher<Format>(
    entries: Format.allCases.map { .init(value: $0, canonical: $0.rawValue, spellings: $0 == .jsonl ? ["ndjson"] : []) }
  )

  static let command = Subcommand(spec: spec) { (parsed, context) throws(CommandFailure) -> String in
    let format: Format
    do throws(UsageError) {
      format =
        try parsed.value("format").map { text throws(UsageError) in try formats.match(text, option: "--format <format>")
        } ?? .json
    } catch {
      throw .usage(error)
    }
    if format == .csv {
      guard let folder = parsed.value("output"), folder != "-" else {
        throw .usage(
          .needsOption(
            "--output <folder>", given: "--format csv",
            reason: "writes a folder, one CSV file per table and a datapackage.json"))
      }
      try CSVFolder.write(context.catalog, to: folder, force: parsed.flag("force"))
      return ""
    }
    if format == .xlsx {
      let workbook = Workbook(tables: CatalogSQL.tables(context.catalog)).data
      if let file = parsed.value("output"), file != "-" {
        try write(workbook, to: file, force: parsed.flag("force"))
      } else {
        context.style.binary.store(workbook)
      }
      return ""
    }
    // `-` is standard output, as for most tools that take a file name.
    guard let output = parsed.value("output"), output != "-" else {
      return try format.text(context.catalog, onTerminal: context.style.isTerminal)
    }
    try write(try format.text(context.catalog, onTerminal: false), to: output, force: parsed.flag("force"))
    return ""
  }

  /// Writes through a temporary file put into place, so that a crash never leaves half a
  /// catalog; replaces only a regular file, and only when forced.
  static func write(_ text: String, to path: String, force: Bool) throws(CommandFailure) {
    try write(Array(text.utf8), to: path, force: force)
  }

  static func write(_ bytes: [UInt8], to path: String, force: Bool) throws(CommandFailure) {
    do throws(FileOutput.Failure) {
      try FileOutput.write(bytes, to: path, replacing: force)
    } catch {
      switch error {
      case .exists:
        throw .cannotCreate("'\(path)' already exists; give --force to replace it.")
      case .notARegularFile(let kind):
        throw .cannotCreate(
          "'\(path)' is \(kind); --output writes only regular files. Name a file, or give '-' for standard output.")
      case .cannotCreate(let code):
        throw .cannotCreate(
          "cannot create '\(path)': \(FileOutput.reason(code)). Check that its folder exists and is writable.")
      case .cannotWrite(let code):
        throw .outputFailed("cannot write '\(path)': \(FileOutput.reason(code)); nothing was written there.")
      case .notAFolder(let kind):
        throw .cannotCreate("'\(path)' is \(kind), not a folder.")
      }
    }
  }
}

import AccordsCore

/// `export --format csv --output <folder>`: one CSV file per table of the SQL export, and a
/// `datapackage.json` that describes them (`DataPackage`), so that the folder opens as linked,
/// typed tables in spreadsheets, pandas, R and the Frictionless tools.
enum CSVFolder {
  /// The files of the folder, by name: every table's CSV, then the descriptor.
  static func files(_ catalog: Catalog) -> [(name: String, text: String)] {
    let tables = CatalogSQL.tables(catalog)
    return tables.map { (DataPackage.fileName(of: $0), csv($0)) }
      + [("datapackage.json", DataPackage.descriptor(catalog.dataset, tables: tables).prettyPrintedLine)]
  }

  /// A table as RFC 4180 CSV: the column names, then the rows, written as listings write CSV.
  static func csv(_ table: SQLTable) -> String {
    ([table.columns.map(\.name)] + table.rows.map { $0.map(text) })
      .map { row in row.map { DelimitedRenderers.csvField($0) }.joined(separator: ",") + "\r\n" }
      .joined()
  }

  private static func text(_ value: SQLTable.Value) -> String {
    switch value {
    case .text(let text): text
    case .integer(let number): String(number)
    case .double(let number): JSONValue.format(number)
    case .null: ""
    }
  }

  /// Writes the folder, making it if needed. Nothing is written when a file of the same name is
  /// already there, unless `force`; each file is written whole or not at all.
  static func write(_ catalog: Catalog, to folder: String, force: Bool) throws(CommandFailure) {
    do throws(FileOutput.Failure) {
      try FileOutput.folder(folder)
    } catch {
      switch error {
      case .notAFolder(let kind):
        throw .cannotCreate(
          "'\(folder)' is \(kind); CSV export writes a folder of tables. Name a new or existing folder.")
      case .cannotCreate(let code):
        throw .cannotCreate(
          "cannot create the folder '\(folder)': \(FileOutput.reason(code)). Check that its parent exists and is writable."
        )
      default:
        throw .cannotCreate("cannot use the folder '\(folder)'.")
      }
    }
    let files = files(catalog)
    let base = folder.hasSuffix("/") ? folder : folder + "/"
    if !force, let taken = files.first(where: { FileOutput.exists(base + $0.name) }) {
      throw .cannotCreate(
        "'\(base + taken.name)' already exists; give --force to replace the files of an earlier export.")
    }
    for file in files { try ExportCommand.write(file.text, to: base + file.name, force: force) }
  }
}

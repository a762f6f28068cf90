import AccordsCore
import AccordsData
import Foundation
import Testing

@testable import AccordsCLI

/// `export --format xlsx`: a workbook Accords writes itself, read back by openpyxl and by
/// LibreOffice, cell by cell the same as the CSV folder.
@Suite(.serialized) struct WorkbookTests {
  private func withFolder(_ body: (URL) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accords-xlsx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try body(folder)
  }

  @Test func writesAZipPackageToAFileOrAPipe() throws {
    let piped = Accords.run(arguments: ["export", "--format", "xlsx"])
    #expect(piped.exitCode == .success && piped.binary?.prefix(4) == [0x50, 0x4b, 0x03, 0x04])
    let terminal = Accords.run(
      arguments: ["export", "--format", "xlsx"], environment: ProcessEnvironment(stdoutIsTerminal: true))
    #expect(terminal.exitCode == .usage)
    #expect(terminal.stderr.contains("'--format xlsx' writes a binary workbook"))
    try withFolder { folder in
      let file = folder.appendingPathComponent("accords.xlsx")
      #expect(Accords.run(arguments: ["export", "--format", "xlsx", "--output", file.path]).exitCode == .success)
      let bytes = try Data(contentsOf: file)
      #expect(bytes.prefix(4) == Data([0x50, 0x4b, 0x03, 0x04]), "a ZIP local header")
      let again = folder.appendingPathComponent("again.xlsx")
      _ = Accords.run(arguments: ["export", "--format", "xlsx", "--output", again.path])
      #expect(try Data(contentsOf: again) == bytes, "the same catalog makes the same bytes")
    }
  }

  @Test func checksumsAndDatesAreRight() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(Workbook.serial(of: PartialDate("2025-08-29")!) == 45898)
    #expect(Workbook.serial(of: PartialDate("1952-04-28")!) == 19112)
    #expect(Workbook.columnName(0) == "A" && Workbook.columnName(25) == "Z" && Workbook.columnName(26) == "AA")
  }

  /// openpyxl reads every sheet as the CSV folder has it, dates as dates, the header frozen;
  /// LibreOffice opens the workbook and, saving it again, keeps every value.
  @Test(.requires(.libreoffice)) func spreadsheetsReadWhatTheCSVHolds() throws {
    try Tool.libreoffice.require()
    let catalog = try Catalog.bundled()
    try withFolder { folder in
      let file = folder.appendingPathComponent("accords.xlsx")
      #expect(Accords.run(arguments: ["export", "--format", "xlsx", "--output", file.path]).exitCode == .success)
      try Self.reader.write(to: folder.appendingPathComponent("read.py"), atomically: true, encoding: .utf8)
      let script = """
        cd "$0" && mkdir -p again && \
        soffice -env:UserInstallation=file://$0/profile --headless --convert-to xlsx --outdir again accords.xlsx \
          >/dev/null 2>&1 && python3 read.py accords.xlsx again/accords.xlsx
        """
      let result = try ProcessRunner.run(URL(fileURLWithPath: "/bin/sh"), ["-c", script, folder.path])
      #expect(result.status == 0, "\(result.stderr)")
      let books = try #require(try json(result.stdout) as? [[String: [String: Any]]])
      let (ours, libreOffice) = (books[0], books[1])
      for table in CatalogSQL.tables(catalog) {
        let sheet = try #require(ours[table.name], "\(table.name)")
        let rows = try #require(sheet["rows"] as? [[String]])
        let csv = parseCSV(CSVFolder.csv(table)).map { row in
          row.map { $0.hasPrefix("'") ? String($0.dropFirst()) : $0 }
        }
        #expect(rows == csv, "\(table.name)")
        #expect(sheet["freeze"] as? String == "A2", "\(table.name)")
        let dates = table.columns.filter { $0.kind == .date }.count
        if dates > 0, !table.rows.isEmpty { #expect((sheet["dates"] as? Int ?? 0) > 0, "\(table.name) has dates") }
        #expect(libreOffice[table.name]?["rows"] as? [[String]] == rows, "LibreOffice: \(table.name)")
      }
    }
  }

  /// Every listing's `--format xlsx` is its CSV as a one-sheet workbook, cell by cell, with
  /// the header frozen; on a terminal it is refused, as binary output.
  @Test(.requires(.libreoffice)) func everyListingIsAWorkbookOfItsCSV() throws {
    try Tool.libreoffice.require()
    try withFolder { folder in
      // The whole export's sheets are read in `spreadsheetsReadWhatTheCSVHolds`.
      let commands = CommandTable.offering("xlsx").filter { $0 != "export" }
      #expect(commands.contains("agreements") && commands.contains("partnerships"))
      for command in commands {
        let bytes = try #require(Accords.run(arguments: [command, "--format", "xlsx"]).binary, "\(command)")
        try Data(bytes).write(to: folder.appendingPathComponent("\(command).xlsx"))
      }
      try Self.reader.write(to: folder.appendingPathComponent("read.py"), atomically: true, encoding: .utf8)
      let result = try ProcessRunner.run(
        URL(fileURLWithPath: "/usr/bin/env"),
        ["python3", folder.appendingPathComponent("read.py").path]
          + commands.map { folder.appendingPathComponent("\($0).xlsx").path })
      let books = try #require(try json(result.stdout) as? [[String: [String: Any]]])
      for (command, book) in zip(commands, books) {
        let sheet = try #require(book.values.first, "\(command)")
        let csv = parseCSV(Accords.run(arguments: [command, "--format", "csv"]).stdout)
          .map { row in row.map { $0.hasPrefix("'") ? String($0.dropFirst()) : $0 } }
        #expect(sheet["rows"] as? [[String]] == csv, "\(command)")
        #expect(sheet["freeze"] as? String == "A2")
      }
    }
    let terminal = ProcessEnvironment(stdoutIsTerminal: true, terminalColumns: 80)
    let refused = Accords.run(arguments: ["agreements", "--format", "xlsx"], environment: terminal)
    #expect(refused.exitCode == .usage && refused.binary == nil)
    #expect(refused.stderr.contains("writes a binary workbook, which a terminal cannot show"))
  }

  /// A catalog written to attack spreadsheets: every formula payload is a text cell in the
  /// workbook (an inline string is never a formula), kept exactly, with no apostrophe added.
  @Test(.requires(.libreoffice)) func aHostileCatalogHoldsNoFormula() throws {
    try Tool.libreoffice.require()
    let injection = try InjectionCatalog.make()
    defer { try? FileManager.default.removeItem(at: injection.markerFolder) }
    try withFolder { folder in
      let file = folder.appendingPathComponent("hostile.xlsx")
      let result = injection.run(["export", "--format", "xlsx", "--output", file.path])
      #expect(result.exitCode == .success, "\(result.stderr)")
      let program = """
        import json, sys, openpyxl
        cells = [c for ws in openpyxl.load_workbook(sys.argv[1]).worksheets for row in ws.iter_rows() for c in row]
        print(json.dumps({"formulas": [str(c.value) for c in cells if c.data_type == "f"],
                          "texts": [c.value for c in cells if isinstance(c.value, str)]}))
        """
      let read = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", program, file.path])
      let cells = try #require(try json(read.stdout) as? [String: [String]])
      #expect(cells["formulas"] == [])
      for payload in ["=HYPERLINK(", "@SUM(1,1)", "+1+1", "-2+3", "＝1+1"] {
        #expect(cells["texts"]?.contains { $0.contains(payload) && !$0.contains("'" + payload) } == true, "\(payload)")
      }
      #expect(injection.markers.isEmpty)
    }
  }

  /// Each sheet's rows as text (a date as YYYY-MM-DD, a whole number without a fraction, no
  /// value as ""), its frozen cell and how many cells are dates; rows padded to the header.
  static let reader = #"""
    import datetime, json, sys, openpyxl
    def text(value):
        if value is None: return ""
        if isinstance(value, (datetime.datetime, datetime.date)): return value.strftime("%Y-%m-%d")
        if isinstance(value, float) and value.is_integer(): return str(int(value))
        return str(value)
    books = []
    for path in sys.argv[1:]:
        book = {}
        for sheet in openpyxl.load_workbook(path).worksheets:
            rows = [[text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            width = len(rows[0]) if rows else 0
            rows = [(row + [""] * width)[:width] for row in rows]
            dates = sum(1 for row in sheet.iter_rows() for cell in row if cell.is_date)
            book[sheet.title] = {"rows": rows, "freeze": sheet.freeze_panes, "dates": dates}
        books.append(book)
    print(json.dumps(books))
    """#
}

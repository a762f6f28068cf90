import AccordsCore
import CommandLineKit
import Foundation
import Testing

@testable import AccordsCLI

/// Nothing from a catalog is ever code in the programs that read Accords' output: a catalog
/// written to attack them (`InjectionCatalog`) is exported and read by the real programs, and
/// no payload runs (no marker file appears) while every value comes back as it went in.
@Suite struct ConsumerSafetyTests {
  // One test per engine, so that each is skipped with its reason where it is missing.
  @Test(.requires(.sqlite3)) func sqliteShell() throws { try sqlRunsNothing(.sqliteShell) }
  @Test(.requires(.python3)) func sqliteThroughPython() throws { try sqlRunsNothing(.sqlitePython) }
  @Test(.requires(.duckdb)) func duckdb() throws { try sqlRunsNothing(.duckdb) }
  @Test(.requires(.postgres)) func postgres() throws { try sqlRunsNothing(.postgres) }
  @Test(.requires(.postgres)) func postgresWithoutStandardStrings() throws {
    try sqlRunsNothing(.postgresWithoutStandardStrings)
  }

  /// The export loads through the engine's own client (the `sqlite3` shell reads dot commands,
  /// psql its meta-commands), the dataset's name and version and every agreement's title,
  /// summary and note come back exactly, and no payload ran.
  private func sqlRunsNothing(_ engine: SQLEngine) throws {
    try engine.tool.require()
    let injection = try InjectionCatalog.make()
    defer { try? FileManager.default.removeItem(at: injection.markerFolder) }
    let catalog = try injection.load()
    let result = injection.run(["export", "--format", "sql"])
    #expect(result.exitCode == .success, "\(result.stderr)")
    let answers: [[[String]]]
    do {
      answers = try engine.answers(
        loading: result.stdout,
        queries: [
          "SELECT \"name\", \"version\" FROM \"dataset\"",
          "SELECT \"id\", \"title\", \"summary\" FROM \"agreements\" ORDER BY \"id\"",
          "SELECT \"record_id\", \"text\" FROM \"notes\" WHERE \"record_kind\" = 'agreement' ORDER BY \"record_id\"",
        ])
    } catch {
      Issue.record("\(engine) could not load the export: \(error)")
      #expect(injection.markers.isEmpty, "\(engine) ran \(injection.markers)")
      return
    }
    #expect(answers[0] == [[catalog.dataset.name, catalog.dataset.version]], "\(engine)")
    let agreements = catalog.agreements.sorted { $0.id.rawValue < $1.id.rawValue }
    #expect(answers[1] == agreements.map { [$0.id.rawValue, $0.title, $0.summary] }, "\(engine)")
    #expect(answers[2] == agreements.map { [$0.id.rawValue, $0.notes[0].text] }, "\(engine)")
    #expect(injection.markers.isEmpty, "\(engine) ran \(injection.markers)")
  }

  /// Every listing's Markdown, rendered by GitHub's renderer with raw HTML allowed, is a table
  /// and nothing else: no element but the table's own and line breaks, no attribute, no link;
  /// and with every field chosen, each cell shows exactly the text the JSON of the same
  /// records holds.
  @Test(.requires(.cmarkGFM), arguments: CommandTable.offering("markdown"))
  func markdownRendersAsTextOnly(command: String) throws {
    try Tool.cmarkGFM.require()
    let injection = try InjectionCatalog.make()
    defer { try? FileManager.default.removeItem(at: injection.markerFolder) }
    let folder = injection.markerFolder
    try Self.htmlReader.write(to: folder.appendingPathComponent("read.py"), atomically: true, encoding: .utf8)
    func rendered(_ arguments: [String]) throws -> [[String]] {
      let markdown = injection.run([command, "--format", "markdown"] + arguments).stdout
      try markdown.write(to: folder.appendingPathComponent("page.md"), atomically: true, encoding: .utf8)
      let result = try ProcessRunner.run(
        URL(fileURLWithPath: "/bin/sh"),
        ["-c", "cmark-gfm --unsafe -e table \"$0/page.md\" | python3 \"$0/read.py\"", folder.path])
      #expect(result.status == 0, "\(result.stderr)")
      let page = try #require(try json(result.stdout) as? [String: Any])
      #expect(page["foreign"] as? [String] == [], "\(command): \(page["foreign"] ?? "")")
      return try #require(page["rows"] as? [[String]])
    }
    let listing = try rendered([])
    guard let fields = CommandTable.visible.first(where: { $0.name == command })?.option(named: "fields") else {
      // A listing of plain values (stats): each cell shows what its CSV holds.
      let csv = parseCSV(injection.run([command, "--format", "csv"]).stdout)
      #expect(listing == csv.map { row in row.map(Self.shownText) }, "\(command)")
      return
    }
    // Every field chosen: each cell shows what the record's JSON holds, a list as a listing joins it.
    let names = fields.allowedValues
    let chosen = ["--fields", names.joined(separator: ",")]
    let records = try #require(try json(injection.run([command, "--json"] + chosen).stdout) as? [[String: Any]])
    let expected =
      [names]
      + records.map { record in
        names.map { Self.shownText(VisibleText.escaped(Self.cellText(record[$0]), keeping: ["\n", "\r", "\t"])) }
      }
    #expect(try rendered(chosen) == expected, "\(command)")
  }

  /// A JSON value as a table for people shows it: a list joined by "; ", `null` as nothing.
  private static func cellText(_ value: Any?) -> String {
    switch value {
    case let text as String: text
    case let list as [Any]: list.map { cellText($0) }.joined(separator: "; ")
    case let number as NSNumber: number.stringValue
    default: ""
    }
  }

  /// What a rendered cell shows for a CSV cell: the text without the apostrophe that keeps a
  /// spreadsheet from reading a formula, with line breaks as the renderer's `<br>`, trimmed as
  /// a table cell is.
  private static func shownText(_ csvCell: String) -> String {
    var text = csvCell
    if text.hasPrefix("'"), DelimitedRenderers.startsAFormula(String(text.dropFirst())) { text.removeFirst() }
    text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
      .replacingOccurrences(of: "\t", with: "\\t")
    return text.trimmingCharacters(in: .whitespaces)
  }

  /// Reads the HTML that cmark-gfm writes: the text of each cell (line breaks as "\n") and
  /// every element or attribute that a table of text does not need.
  static let htmlReader = #"""
    import html.parser, json, sys
    class Reader(html.parser.HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.rows, self.cell, self.foreign = [], None, []
        def handle_starttag(self, tag, attrs):
            if tag not in ("table", "thead", "tbody", "tr", "th", "td", "br"):
                self.foreign.append(tag)
            for name, value in attrs:
                if not (name == "align" and tag in ("th", "td")):
                    self.foreign.append(tag + "@" + name)
            if tag == "tr": self.rows.append([])
            elif tag in ("th", "td"): self.cell = ""
            elif tag == "br" and self.cell is not None: self.cell += "\n"
        def handle_endtag(self, tag):
            if tag in ("th", "td"):
                self.rows[-1].append(self.cell.strip(" ")); self.cell = None
        def handle_data(self, data):
            if self.cell is not None: self.cell += data
            elif data.strip(): self.foreign.append("text outside the table: " + data)
        def handle_comment(self, data): self.foreign.append("comment")
    reader = Reader()
    reader.feed(sys.stdin.read())
    print(json.dumps({"rows": reader.rows, "foreign": reader.foreign}))
    """#

  /// Every drawing in DOT, drawn by Graphviz: labels show `\N`, `\G` and quotes as text (no
  /// node name put in, no attribute, link or node added by a label).
  @Test(.requires(.dot), arguments: CommandTable.offering("dot"))
  func graphvizDrawsLabelsAsText(command: String) throws {
    try Tool.dot.require()
    let injection = try InjectionCatalog.make()
    defer { try? FileManager.default.removeItem(at: injection.markerFolder) }
    let dot = injection.run([command, "--format", "dot"]).stdout
    let result = try ProcessRunner.sh("dot -Tsvg", input: dot)
    #expect(result.status == 0, "\(result.stderr)")
    let svg = result.stdout
    #expect(
      svg.contains(#"\N \G \L \l \E label&quot; ]; evil [label=&quot;x&quot; URL=&quot;javascript:alert(1)&quot;"#))
    #expect(!svg.contains("<a "), "a label made a link")
    #expect(!svg.contains("<title>evil</title>"), "a label added a node")
    #expect(injection.markers.isEmpty)
  }

  /// Mermaid text: no `%%` (a comment, or a directive that reconfigures the renderer), and every
  /// label stays inside its quotes: each line is one of the statements Accords writes.
  @Test(arguments: CommandTable.offering("mermaid"))
  func mermaidLabelsStayLabels(command: String) throws {
    let injection = try InjectionCatalog.make()
    defer { try? FileManager.default.removeItem(at: injection.markerFolder) }
    let mermaid = injection.run([command, "--format", "mermaid"]).stdout
    #expect(mermaid.split(separator: "\n").count > 2, "\(command) drew nothing")
    #expect(!mermaid.contains("%%"))
    let label = #"[^"%`]*"#
    let statements = [
      "flowchart LR", "timeline", "  title [^:#%]*", "  [0-9-]+ : [^:#%]* : [^:#%]*", "  end",
      #"  subgraph group\d+\[""# + label + #""\]"#, #"    n_\w+\[""# + label + #""\]"#,
      #"  n_\w+ (-->|---)(\|""# + label + #""\|)? n_\w+"#,
    ]
    let statement = try Regex("^(" + statements.joined(separator: "|") + ")$")
    for line in mermaid.split(separator: "\n") {
      #expect(line.wholeMatch(of: statement) != nil, "\(line)")
    }
  }

  /// CSV for spreadsheets: a cell that starts with a formula sign is a plain number or starts
  /// with an apostrophe, in every listing and the whole export.
  @Test(arguments: CommandTable.offering("csv"))
  func csvCellsAreNeverFormulas(command: String) throws {
    let injection = try InjectionCatalog.make()
    defer { try? FileManager.default.removeItem(at: injection.markerFolder) }
    let rows = try CSVOutput.texts(command) { injection.run($0) }.flatMap { parseCSV($0.text) }
    #expect(!rows.isEmpty)
    for cell in rows.joined() {
      guard let first = cell.unicodeScalars.first, "=+-@\t\r＝＋－＠".unicodeScalars.contains(first) else { continue }
      #expect(Double(cell) != nil, "'\(cell)' would be read as a formula")
    }
  }

  /// A spreadsheet opens the CSV of every listing and the whole export and finds no formula:
  /// LibreOffice Calc (headless) converts each to a workbook, which openpyxl reads; every cell
  /// is a value, and each formula payload is there as text.
  @Test(.requires(.libreoffice)) func aSpreadsheetFindsNoFormula() throws {
    try Tool.libreoffice.require()
    let injection = try InjectionCatalog.make()
    defer { try? FileManager.default.removeItem(at: injection.markerFolder) }
    let folder = injection.markerFolder
    var files: [String] = []
    for command in CommandTable.offering("csv") {
      for (name, text) in try CSVOutput.texts(command, run: { injection.run($0) }) {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        files.append(name)
      }
    }
    let reader = #"""
      import json, sys, openpyxl
      found = {}
      for path in sys.argv[1:]:
          sheet = openpyxl.load_workbook(path).active
          found[path] = [[cell.data_type, str(cell.value)] for row in sheet.iter_rows() for cell in row]
      print(json.dumps(found))
      """#
    try reader.write(to: folder.appendingPathComponent("read.py"), atomically: true, encoding: .utf8)
    // A profile of its own, so that a LibreOffice already running elsewhere is not disturbed.
    let script = """
      cd "$0" && soffice -env:UserInstallation=file://$0/profile --headless --convert-to xlsx \
        --infilter=CSV:44,34,76,1 \(files.joined(separator: " ")) >/dev/null 2>&1 &&
      python3 read.py \(files.map { $0.replacingOccurrences(of: ".csv", with: ".xlsx") }.joined(separator: " "))
      """
    let result = try ProcessRunner.run(URL(fileURLWithPath: "/bin/sh"), ["-c", script, folder.path])
    #expect(result.status == 0, "\(result.stderr)")
    let workbooks = try #require(try json(result.stdout) as? [String: [[String]]])
    #expect(workbooks.count == files.count)
    var texts: Set<String> = []
    for (name, cells) in workbooks {
      for cell in cells {
        #expect(cell[0] != "f", "\(name): a formula \(cell[1])")
        texts.insert(cell[1])
      }
    }
    for payload in ["'=HYPERLINK(", "'@SUM(1,1)", "'+1+1", "'-2+3", "'＝1+1"] {
      #expect(texts.contains { $0.hasPrefix(payload) }, "\(payload) is not there as text")
    }
  }

  /// A plain number keeps its sign and digits; formula text gets its apostrophe.
  @Test func csvNeutralisesFormulasAndKeepsNumbers() {
    #expect(DelimitedRenderers.csvField("-5") == "-5")
    #expect(DelimitedRenderers.csvField("+1.5e3") == "+1.5e3")
    #expect(DelimitedRenderers.csvField("-2+3") == "'-2+3")
    #expect(DelimitedRenderers.csvField("=1+1") == "'=1+1")
    #expect(DelimitedRenderers.csvField("@SUM(1)") == "'@SUM(1)")
    #expect(DelimitedRenderers.csvField("＝1") == "'＝1")
    #expect(DelimitedRenderers.csvField("\t=1") == "'\t=1")
    #expect(DelimitedRenderers.csvField("2014-12") == "2014-12")
  }
}

import AccordsCLI
import AccordsCore
import Foundation
import Testing

/// No text from a catalog reaches a terminal raw, in any format of any command.
@Suite struct TerminalSafetyTests {
  static let commands: [[String]] =
    ((try? CommandTable.tableLines(for: HostileCatalog.load())) ?? [])
    + [["show", "escape"], ["show", "tricky"], ["show", "s1"]]

  @Test(arguments: commands)
  func humanFormatsShowControlCharactersEscaped(arguments: [String]) {
    for environment in [
      ProcessEnvironment(),
      ProcessEnvironment(variables: ["NO_COLOR": "1"], stdoutIsTerminal: true, terminalColumns: 80),
    ] {
      let result = Accords.run(arguments: arguments, environment: environment, loadCatalog: HostileCatalog.load)
      #expect(result.exitCode == .success)
      #expect(!HostileCatalog.hasRawControls(result.stdout), "raw control in \(arguments)")
    }
  }

  @Test(arguments: ["plain", "csv", "markdown", "json"])
  func machineFormatsCarryNoRawControls(format: String) {
    for command in CommandTable.offering(format) {
      let output = HostileCatalog.run(command, "--format", format).stdout
      // CSV keeps line breaks inside quoted fields (RFC 4180); CRLF ends its rows.
      let withoutLineEnds = output.replacingOccurrences(of: "\r\n", with: "").replacingOccurrences(of: "\r", with: "")
      if format == "csv" {
        #expect(!HostileCatalog.hasRawControls(withoutLineEnds.replacingOccurrences(of: "\t", with: "")))
      } else if format == "plain" {
        // Tabs separate the fields; any tab inside a field is shown as \t.
        #expect(!HostileCatalog.hasRawControls(output.replacingOccurrences(of: "\t", with: "")))
      } else {
        #expect(!HostileCatalog.hasRawControls(output), "\(command) --format \(format)")
      }
    }
  }

  @Test func jsonEscapesControlsAndReadsBackTheOriginal() throws {
    let output = HostileCatalog.run("agreements", "--json").stdout
    #expect(output.contains("\\u001B[2J"))
    let items = try #require(try json(output) as? [[String: Any]])
    #expect(items.map { $0["title"] as? String } == [HostileCatalog.trickyTitle, HostileCatalog.escapeTitle])
  }

  @Test func csvReadsBackACellWithACommaAQuoteAndANewline() {
    let rows = parseCSV(HostileCatalog.run("agreements", "--format", "csv").stdout)
    #expect(rows.count == 3)
    let title = rows[0].firstIndex(of: "title") ?? 0
    #expect(rows[1][title] == HostileCatalog.trickyTitle)
    #expect(rows[2][title] == "Clear\\e[2J\\e]0;owned\\u{7} the screen\rnow")
  }

  @Test func markdownEscapesPipesAndLineBreaks() {
    let output = HostileCatalog.run("agreements", "--format", "markdown").stdout
    #expect(output.contains("| Title, with \"quotes\"<br>and a line break |"))
  }

  @Test func plainKeepsOneRecordPerLine() {
    let lines = HostileCatalog.run("agreements", "--format", "plain").stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].hasSuffix("Title, with \"quotes\"\\nand a line break\t"), "the last column is `contested`, empty")
  }

  @Test func graphFormatsKeepLabelsInsideTheirNodes() {
    let mermaid = HostileCatalog.run("partnerships", "--format", "mermaid").stdout
    #expect(!HostileCatalog.hasRawControls(mermaid))
    let dot = HostileCatalog.run("areas", "--format", "dot").stdout
    #expect(!HostileCatalog.hasRawControls(dot))
    #expect(dot.contains("label=\"Title, with \\\"quotes\\\" and a line break\""))
  }

  @Test func usageErrorsEscapeWhatTheUserTyped() {
    let result = accords("agreements", "--type", "\u{1B}[2J")
    #expect(result.exitCode == .usage)
    #expect(result.stderr.hasPrefix("Error: The value '\\e[2J' is invalid"))
  }

  /// The catalog written to attack readers, in every table command, on terminals wide and
  /// narrow: nothing raw, and its visit's count and number of 2³¹ − 1 draw without overflow.
  @Test(arguments: [80, 20, 1])
  func attackingCatalogShowsEscapedOnEveryTerminal(width: Int) throws {
    let injection = try InjectionCatalog.make()
    defer { try? FileManager.default.removeItem(at: injection.markerFolder) }
    let catalog = try injection.load()
    let environment = ProcessEnvironment(
      variables: ["COLUMNS": String(width), "NO_COLOR": "1"], stdoutIsTerminal: true)
    let lines = CommandTable.tableLines(for: catalog) + [["show", "p18"], ["show", "v1"], ["visits"], ["stats"]]
    for arguments in lines {
      let result = injection.run(arguments, environment: environment)
      #expect(result.exitCode == .success, "\(arguments): \(result.stderr)")
      #expect(!HostileCatalog.hasRawControls(result.stdout), "raw control in \(arguments) at \(width) columns")
    }
    let visits = injection.run(["visits"], environment: environment).stdout
    #expect(visits.contains("2147483647"))
  }

  /// `--version` prints the data's version, which a catalog writes: an OSC 52 sequence (which
  /// would set the clipboard) and a bidi override show escaped.
  @Test func versionShowsTheDataVersionEscaped() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("accords-\(UUID().uuidString).json").path
    try HostileCatalog.json.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = Accords.run(arguments: ["--data", path, "--version"])
    #expect(result.exitCode == .success)
    #expect(!HostileCatalog.hasRawControls(result.stdout))
    #expect(result.stdout.contains("data 1\\e]52;c;b3duZWQ=\\u{7}\\u{202e} "))
  }

  /// File names come from the user or the environment and may hold anything: the closing
  /// "the catalog '…' has N problems" line and every problem line show them escaped.
  @Test func catalogFileNamesShowEscaped() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accords-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("evil\u{1B}]0;title\u{07}\u{202E}nosj.json").path
    try #"{"dataset": {"name": "T", "version": "1", "asOf": "2026", "description": "D"}, "sources": [{"id": 1}]}"#
      .write(toFile: path, atomically: true, encoding: .utf8)
    // The default loader reads the file named by --data.
    let result = Accords.run(arguments: ["--data", path, "validate"])
    #expect(result.exitCode == .dataError)
    #expect(!HostileCatalog.hasRawControls(result.stderr))
    #expect(result.stderr.contains("evil\\e]0;title\\u{7}\\u{202e}nosj.json' has"))
  }
}

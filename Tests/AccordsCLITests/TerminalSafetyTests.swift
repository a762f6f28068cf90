import AccordsCLI
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
    #expect(rows[1][5] == HostileCatalog.trickyTitle)
    #expect(rows[2][5] == "Clear\\e[2J\\e]0;owned\\u{7} the screen\rnow")
  }

  @Test func markdownEscapesPipesAndLineBreaks() {
    let output = HostileCatalog.run("agreements", "--format", "markdown").stdout
    #expect(output.contains("| Title, with \"quotes\"<br>and a line break |"))
  }

  @Test func plainKeepsOneRecordPerLine() {
    let lines = HostileCatalog.run("agreements", "--format", "plain").stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].hasSuffix("Title, with \"quotes\"\\nand a line break"))
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
}

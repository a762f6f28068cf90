import AccordsCLI
import AccordsCore
import AccordsData
import Foundation
import Testing

@Suite struct HelpTests {
  static let commands = CommandTable.names

  @Test(arguments: commands)
  func everyCommandHasHelpWithAtLeastTwoExamples(command: String) {
    let help = accords(command, "--help").stdout
    #expect(help.hasPrefix("OVERVIEW: "))
    #expect(help.components(separatedBy: "\n  $ ").count - 1 >= 2, "\(command) needs two examples")
    #expect(accords("help", command).stdout == help)
  }

  @Test(arguments: [60, 80, 120])
  func helpWrapsToColumns(width: Int) {
    for command in Self.commands {
      let help = accords(command, "--help", environment: .init(variables: ["COLUMNS": String(width)])).stdout
      // Example command lines are left whole, to be copied.
      for line in help.split(separator: "\n") where line.count > width && !line.hasPrefix("  $ ") {
        Issue.record("\(command) help too wide at \(width): \(line)")
      }
    }
  }

  @Test func helpListsAllowedValuesAndDefaults() {
    let help = accords("agreements", "--help", environment: .init(variables: ["COLUMNS": "200"])).stdout
    #expect(help.contains("(values: joint-vision, joint-statement, joint-declaration,"))
    #expect(help.contains("(values: table, plain, json, jsonl, csv, tsv, markdown, xlsx; default: table)"))
  }
}

@Suite struct WidthTests {
  static let commands: [[String]] =
    ((try? CommandTable.tableLines(for: Catalog.bundled())) ?? [])
    + [["partners", "Gujarat"], ["agreements", "--help"]]

  /// On a 60- or 40-column terminal every line fits; tables wrap and stack rather than
  /// overflow, `stats` included. Web addresses are the one exception, never broken so that they
  /// can be copied.
  @Test(arguments: commands + [["stats", "--by", "visit"]], [60, 40])
  func fitsTheTerminal(arguments: [String], width: Int) {
    let result = Accords.run(arguments: arguments, environment: terminal(width: width, variables: ["NO_COLOR": "1"]))
    for line in result.stdout.split(separator: "\n") where !line.contains("://") {
      #expect(displayWidth(line) <= width, "\(arguments): \(line)")
    }
  }

  private func displayWidth(_ line: Substring) -> Int {
    line.unicodeScalars.reduce(0) { width, scalar in
      width + ((0x3000...0x9FFF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value) ? 2 : 1)
    }
  }
}

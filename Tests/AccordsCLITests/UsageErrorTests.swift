import AccordsCLI
import AccordsCore
import CommandLineKit
import Testing

/// Each mistake gets one clear line, the usage, a pointer to help, exit 64 and empty stdout.
@Suite struct UsageErrorTests {
  @Test(arguments: [
    (
      ["agreements", "--type", "charter"],
      "Error: The value 'charter' is invalid for '--type <type> ...'. Please provide one of "
        + UsageError.quotedList(DocumentType.allCases.map(\.rawValue))
        + ". '--type' may be given more than once, for several values."
    ),
    (
      ["agreements", "--type", "mox"],
      "Error: The value 'mox' is invalid for '--type <type> ...'. Did you mean 'moc' or 'mou'? '--type' may be given more than once, for several values."
    ),
    (
      // The start of a longer name suggests what it starts.
      ["agreements", "--type", "memo"],
      "Error: The value 'memo' is invalid for '--type <type> ...'. Did you mean 'mou' or 'moc'? '--type' may be given more than once, for several values."
    ),
    (["agreements", "--tpye", "moc"], "Error: Unknown option '--tpye'. Did you mean '--type'?"),
    (["agremeents"], "Error: Unknown command 'agremeents'. Did you mean 'agreements'?"),
    (["agreements", "--format"], "Error: Missing value for '--format <format>'."),
    (
      ["agreements", "--format", "yaml"],
      "Error: The value 'yaml' is invalid for '--format <format>'. Please provide one of 'table', 'plain', 'json', 'jsonl', 'csv', 'tsv', 'markdown' or 'xlsx'."
    ),
    (
      ["agreements", "--json", "--format", "csv"],
      "Error: The options '--json' and '--format csv' cannot be used together."
    ),
    (["partners"], "Error: Missing expected argument '<name>'."),
    (["stats", "Tamil", "Nadu"], "Error: 2 unexpected arguments: 'Tamil', 'Nadu'."),
    (["show", "--json=yes", "x"], "Error: The flag '--json' takes no value, but was given 'yes'."),
    (
      ["agreements", "--since", "2025-02-30"],
      "Error: The value '2025-02-30' is invalid for '--since <date>'. Please provide a date that exists, as YYYY, YYYY-MM or YYYY-MM-DD."
    ),
    (
      ["agreements", "--since", "2018", "--until", "2016"],
      "Error: '--since 2018' comes after '--until 2016', so nothing could match. Did you mean to swap them?"
    ),
    (
      ["stats", "--by", "year"],
      "Error: The value 'year' is invalid for '--by <grouping>'. Please provide 'visit'."
    ),
    (
      ["stats", "--color", "sometimes"],
      "Error: The value 'sometimes' is invalid for '--color <when>'. Please provide one of 'auto', 'always' or 'never'."
    ),
  ])
  func explainsTheMistake(arguments: [String], message: String) {
    let result = Accords.run(arguments: arguments)
    #expect(result.exitCode == .usage)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first.map(String.init) == message)
    #expect(lines.count == 4)
    #expect(lines.dropFirst().first?.hasPrefix("Usage: accords") == true)
    #expect(lines.dropFirst(2).first?.hasPrefix("  See 'accords") == true)
  }

  @Test func pointsAtTheSubcommandsHelp() {
    #expect(
      accords("agreements", "--tpye", "moc").stderr.hasSuffix(
        "  See 'accords agreements --help' for more information.\n"))
  }

  /// A global option's value before the command is not taken for a command name: the usage
  /// shown is the command's (it was the root's when `--data <path>` came first).
  @Test func showsTheCommandsUsageAfterAGlobalOptionWithAValue() {
    for arguments in [
      ["--data", "catalog.json", "agreements", "--tpye", "moc"], ["--color", "never", "agreements", "--type"],
    ] {
      let stderr = Accords.run(arguments: arguments).stderr
      #expect(stderr.contains("Usage: accords agreements ["), "\(arguments)")
      #expect(stderr.hasSuffix("  See 'accords agreements --help' for more information.\n"), "\(arguments)")
    }
  }

  @Test func listsTheCommandsWhenNothingIsClose() {
    #expect(
      accords("frobnicate").stderr.hasPrefix(
        "Error: Unknown command 'frobnicate'. Available commands: agreements, visits, show, partners,"))
  }
}

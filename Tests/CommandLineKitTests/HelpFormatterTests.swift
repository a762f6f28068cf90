import CommandLineKit
import Testing

@Suite struct HelpFormatterTests {
  static let command = CommandSpec(
    name: "list", abstract: "List the outcome documents of a visit, by type, area, party or words of their text.",
    examples: [Example("tool list --type a", "Only type a.")],
    arguments: [ArgumentSpec("filter", help: "A filter.", isOptional: true)],
    options: [
      .value(
        "type", short: "t", valueName: "type", help: "Only this type.", allowedValues: ["a", "b"], defaultValue: "a",
        isRepeatable: true)
    ])
  static let root = CommandSpec(name: "tool", abstract: "A tool.", subcommands: [command])

  @Test func hasTheSectionsInOrder() {
    let help = HelpFormatter(width: 80).help(for: [Self.root, Self.command])
    let positions = ["OVERVIEW:", "USAGE:", "EXAMPLES:", "ARGUMENTS:", "OPTIONS:"].compactMap {
      help.firstRange(of: $0)?.lowerBound
    }
    #expect(positions.count == 5)
    #expect(positions == positions.sorted())
  }

  @Test func listsValuesAndDefaults() {
    let help = HelpFormatter(width: 80).help(for: [Self.root, Self.command])
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(help.contains("(values: a, b; default: a)"))
    #expect(help.contains("-t, --type <type>"))
  }

  @Test(arguments: [40, 60, 100])
  func wrapsToTheWidth(width: Int) {
    let help = HelpFormatter(width: width).help(for: [Self.root, Self.command])
    #expect(help.split(separator: "\n").allSatisfy { $0.count <= width })
  }

  @Test func writesTheUsageLine() {
    #expect(
      HelpFormatter(width: 80).usage(for: [Self.root, Self.command]) == "tool list [<filter>] [--type <type> ...]")
  }

  @Test func pointsToSubcommandHelp() {
    #expect(HelpFormatter(width: 80).help(for: [Self.root]).contains("See 'tool help <subcommand>' for detailed help."))
  }
}

import CommandLineKit
import Testing

@Suite struct ArgumentParserTests {
  static let list = CommandSpec(
    name: "list", aliases: ["ls"], abstract: "List things.",
    arguments: [ArgumentSpec("filter", help: "A filter.", isOptional: true)],
    options: [
      .value("type", short: "t", valueName: "type", help: "A type.", allowedValues: ["a", "b"], isRepeatable: true),
      .value("format", valueName: "format", help: "A format."),
      .flag("json", help: "JSON."),
    ])
  static let show = CommandSpec(
    name: "show", abstract: "Show one.", arguments: [ArgumentSpec("id", help: "An id.")])
  static let root = CommandSpec(
    name: "tool", abstract: "A tool.",
    options: [.value("color", valueName: "when", help: "Colour.")],
    subcommands: [list, show])

  private func parse(_ arguments: String...) throws(UsageError) -> ParseOutcome {
    try ArgumentParser(root: Self.root).parse(arguments)
  }

  private func command(_ arguments: String...) throws -> ParsedCommand {
    guard case .run(let parsed) = try ArgumentParser(root: Self.root).parse(arguments) else {
      throw UsageError.missingSubcommand(available: [])
    }
    return parsed
  }

  @Test func readsOptionsWithSpaceOrEquals() throws {
    let parsed = try command("list", "--format", "json", "--type=a")
    #expect(parsed.value("format") == "json")
    #expect(parsed.allValues("type") == ["a"])
  }

  @Test func collectsRepeatedOptionsInOrder() throws {
    #expect(try command("list", "--type", "a", "-t", "b", "-tc").allValues("type") == ["a", "b", "c"])
  }

  @Test func letsTheLastValueOfASingleOptionWin() throws {
    #expect(try command("list", "--format", "csv", "--format", "json").value("format") == "json")
  }

  @Test func treatsEverythingAfterTheTerminatorAsArguments() throws {
    #expect(try command("show", "--", "--json").arguments == ["--json"])
  }

  @Test func selectsSubcommandsByAlias() throws {
    #expect(try command("ls", "--json").commandNames == ["list"])
  }

  @Test func acceptsGlobalOptionsAfterTheSubcommand() throws {
    #expect(try command("list", "--color", "never").value("color") == "never")
  }

  @Test func showsHelpWhereverItIsAsked() throws {
    for arguments in [["--help"], ["list", "-h"], ["list", "--type", "a", "--help"], ["help", "list"]] {
      guard case .help(let path) = try ArgumentParser(root: Self.root).parse(arguments) else {
        Issue.record("no help for \(arguments)")
        continue
      }
      #expect(path.last?.name == (arguments.contains("list") ? "list" : "tool"))
    }
  }

  @Test func showsRootHelpWhenNoCommandIsGiven() throws {
    guard case .help(let path) = try parse() else {
      Issue.record("expected help")
      return
    }
    #expect(path.map(\.name) == ["tool"])
  }

  @Test func recognisesVersion() throws {
    guard case .version = try parse("--version") else {
      Issue.record("expected version")
      return
    }
  }

  @Test func suggestsTheNearestOption() {
    #expect(throws: UsageError.unknownOption("--tpye", suggestion: "--type")) { try parse("list", "--tpye", "a") }
  }

  @Test func suggestsTheNearestSubcommand() {
    #expect(throws: UsageError.unknownSubcommand("lst", suggestions: ["list"], available: ["list", "show", "help"])) {
      try parse("lst")
    }
  }

  @Test func reportsAMissingValue() {
    #expect(throws: UsageError.missingValue(option: "--format <format>")) { try parse("list", "--format") }
    #expect(throws: UsageError.missingValue(option: "--type <type>")) { try parse("list", "--type", "--json") }
  }

  @Test func reportsAValueGivenToAFlag() {
    #expect(throws: UsageError.unexpectedValue(option: "--json", value: "yes")) { try parse("list", "--json=yes") }
  }

  @Test func reportsAMissingArgument() {
    #expect(throws: UsageError.missingArgument("id")) { try parse("show") }
  }

  @Test func reportsUnexpectedArguments() {
    #expect(throws: UsageError.unexpectedArguments(["b", "c"])) { try parse("show", "a", "b", "c") }
  }

  @Test func reportsAnUnknownHelpTopic() {
    #expect(throws: UsageError.self) { try parse("help", "lits") }
  }
}

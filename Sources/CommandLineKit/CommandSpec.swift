/// The declaration of one command: its name, help text, arguments, options and subcommands.
///
/// Parsing, help pages, shell completions and the manual are all generated from these
/// declarations, so they cannot disagree with each other.
public struct CommandSpec: Sendable {
  /// The word that selects this command, such as `agreements`.
  public let name: String
  /// Other words that select it, such as `ls`.
  public let aliases: [String]
  /// One line that says what the command does.
  public let abstract: String
  /// Further paragraphs for the help page, if any.
  public let discussion: String?
  /// Example invocations shown near the top of the help page.
  public let examples: [Example]
  public let arguments: [ArgumentSpec]
  public let options: [OptionSpec]
  public let subcommands: [CommandSpec]
  /// Whether the command is left out of help, suggestions and the manual, as helpers that
  /// completion scripts call are.
  public let isHidden: Bool
  /// What `--version` shows, as the root's help describes it.
  public let versionHelp: String

  /// Creates a command declaration.
  public init(
    name: String, aliases: [String] = [], abstract: String, discussion: String? = nil,
    examples: [Example] = [], arguments: [ArgumentSpec] = [], options: [OptionSpec] = [],
    subcommands: [CommandSpec] = [], isHidden: Bool = false, versionHelp: String = "Show the version."
  ) {
    self.name = name
    self.aliases = aliases
    self.abstract = abstract
    self.discussion = discussion
    self.examples = examples
    self.arguments = arguments
    self.options = options
    self.subcommands = subcommands
    self.isHidden = isHidden
    self.versionHelp = versionHelp
  }

  /// The subcommands a person should see.
  public var visibleSubcommands: [CommandSpec] { subcommands.filter { !$0.isHidden } }

  /// The subcommand selected by `word`, by name or alias.
  public func subcommand(named word: String) -> CommandSpec? {
    subcommands.first { $0.name == word || $0.aliases.contains(word) }
  }

  /// The option with the long name `name`.
  public func option(named name: String) -> OptionSpec? {
    options.first { $0.name == name }
  }

  /// The option with the one-letter name `letter`.
  public func option(short letter: Character) -> OptionSpec? {
    options.first { $0.shortName == letter }
  }
}

/// An example invocation and what it shows.
public struct Example: Sendable {
  /// The command line, without the leading `$ `.
  public let command: String
  /// What it does, in a few words.
  public let explanation: String

  /// Creates an example.
  public init(_ command: String, _ explanation: String) {
    self.command = command
    self.explanation = explanation
  }
}

/// A positional argument.
public struct ArgumentSpec: Sendable {
  /// The placeholder shown in usage, such as `name`, printed as `<name>`.
  public let name: String
  public let help: String
  public let isOptional: Bool
  /// How shells should complete the argument.
  public let completion: Completion
  /// Whether the words that follow are taken whole, joined by single spaces, so that a name
  /// of several words needs no quotes (`partners Uttar Pradesh`). Only the last argument may.
  public let takesWords: Bool

  /// Creates an argument declaration.
  public init(
    _ name: String, help: String, isOptional: Bool = false, takesWords: Bool = false, completion: Completion = .none
  ) {
    self.name = name
    self.help = help
    self.isOptional = isOptional
    self.takesWords = takesWords
    self.completion = completion
  }

  /// The argument as written in usage lines: `<name>`, `<words> ...`, `[<name>]`.
  public var synopsis: String {
    let word = "<\(name)>" + (takesWords ? " ..." : "")
    return isOptional ? "[\(word)]" : word
  }
}

/// How a shell should complete a value.
public enum Completion: Sendable, Hashable {
  /// No completion.
  case none
  /// One of a fixed list of words.
  case values([String])
  /// A file path.
  case file
  /// Words printed by running the tool itself with these arguments, one per line.
  case command([String])
}

/// A named option: a flag (`--json`) or an option that takes a value (`--type mou`).
public struct OptionSpec: Sendable {
  /// The long name without dashes, such as `type`.
  public let name: String
  /// The one-letter name without its dash, such as `t`.
  public let shortName: Character?
  /// The placeholder for the value, such as `type`; `nil` for a flag.
  public let valueName: String?
  public let help: String
  /// The values accepted, listed in help and completions; empty for free text.
  public let allowedValues: [String]
  /// The value used when the option is absent, shown in help.
  public let defaultValue: String?
  /// Whether the option may be given more than once, each value adding to a list.
  public let isRepeatable: Bool
  /// How shells should complete the value.
  public let completion: Completion
  /// What each allowed value means, for shells that show it beside the value (fish).
  public private(set) var valueHelp: [String: String] = [:]

  /// The option with each value's meaning (`mou`: "Memorandum of Understanding").
  public func describing(_ help: [String: String]) -> OptionSpec {
    var option = self
    option.valueHelp = help
    return option
  }

  /// Declares a flag.
  public static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
    OptionSpec(
      name: name, shortName: short, valueName: nil, help: help, allowedValues: [],
      defaultValue: nil, isRepeatable: false, completion: .none)
  }

  /// Declares an option that takes a value.
  public static func value(
    _ name: String, short: Character? = nil, valueName: String, help: String,
    allowedValues: [String] = [], defaultValue: String? = nil, isRepeatable: Bool = false,
    completion: Completion? = nil
  ) -> OptionSpec {
    OptionSpec(
      name: name, shortName: short, valueName: valueName, help: help,
      allowedValues: allowedValues, defaultValue: defaultValue, isRepeatable: isRepeatable,
      completion: completion ?? (allowedValues.isEmpty ? .none : .values(allowedValues)))
  }

  /// Whether the option takes a value.
  public var takesValue: Bool { valueName != nil }

  /// The option as written in usage lines: `--type <type>` or `--json`.
  public var synopsis: String {
    valueName.map { "--\(name) <\($0)>" } ?? "--\(name)"
  }
}

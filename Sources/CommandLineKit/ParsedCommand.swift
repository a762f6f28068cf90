/// What the parser understood: which command, and the options and arguments given to it.
public struct ParsedCommand: Sendable {
  /// The chain of commands from the root to the one selected.
  public let path: [CommandSpec]
  /// Every value given to each option, by long name, in command-line order.
  public let values: [String: [String]]
  /// The flags that were given, by long name.
  public let flags: Set<String>
  /// The positional arguments, in order.
  public let arguments: [String]

  /// Creates a parse result.
  public init(path: [CommandSpec], values: [String: [String]], flags: Set<String>, arguments: [String]) {
    self.path = path
    self.values = values
    self.flags = flags
    self.arguments = arguments
  }

  /// The selected command.
  public var command: CommandSpec { path[path.count - 1] }

  /// The command words after the root, such as `["agreements"]`.
  public var commandNames: [String] { path.dropFirst().map(\.name) }

  /// The last value given to `option`, or `nil` when it was not given.
  public func value(_ option: String) -> String? { values[option]?.last }

  /// Every value given to a repeatable `option`.
  public func allValues(_ option: String) -> [String] { values[option] ?? [] }

  /// Whether the flag `option` was given.
  public func flag(_ option: String) -> Bool { flags.contains(option) }
}

/// What a command line asks for.
public enum ParseOutcome: Sendable {
  /// Run a command.
  case run(ParsedCommand)
  /// Show the help page of the command at the end of this path.
  case help([CommandSpec])
  /// Show the version; the command line's other options (such as a data file) come along.
  case version(ParsedCommand)
}

/// Parses a command line against a tree of `CommandSpec`s, in swift-argument-parser's manner:
/// subcommands first, then `--option value` or `--option=value`, repeatable options, the `--`
/// terminator, and `-h`/`--help` anywhere.
public struct ArgumentParser: Sendable {
  /// The root command, whose name is the executable's.
  public let root: CommandSpec

  /// Creates a parser for the command tree under `root`.
  public init(root: CommandSpec) { self.root = root }

  /// Reads `arguments` (without the executable's name).
  ///
  /// - Throws: `UsageError` for the first mistake found, with a suggestion where one is near.
  public func parse(_ arguments: [String]) throws(UsageError) -> ParseOutcome {
    var state = State(path: [root])
    try read(arguments, into: &state)
    return try outcome(of: state)
  }

  /// The commands a command line names, as far as it can be read: where a mistake stops the
  /// reading, the commands named before it. An error's usage line is that of the last one,
  /// found as parsing finds it (the value of `--data <path>` is not taken for a command).
  public func commandPath(for arguments: [String]) -> [CommandSpec] {
    var state = State(path: [root])
    try? read(arguments, into: &state)
    return state.path
  }

  // MARK: - Steps

  /// Reads every token into `state`; `state` keeps what was read before a mistake.
  private func read(_ arguments: [String], into state: inout State) throws(UsageError) {
    var index = 0
    var pastTerminator = false

    while index < arguments.count {
      let token = arguments[index]
      index += 1
      if pastTerminator {
        state.arguments.append(token)
      } else if token == "--" {
        pastTerminator = true
      } else if token == "-h" || token == "--help" {
        state.wantsHelp = true
      } else if token == "--version" {
        state.wantsVersion = true
      } else if token.hasPrefix("--") {
        try parseLongOption(token, arguments: arguments, index: &index, state: &state)
      } else if token.hasPrefix("-"), token.count > 1 {
        try parseShortOptions(token, arguments: arguments, index: &index, state: &state)
      } else if state.arguments.isEmpty, !state.current.subcommands.isEmpty || isHelpWord(token, state) {
        try selectSubcommand(token, state: &state)
      } else {
        state.arguments.append(token)
      }
    }
  }

  private struct State {
    var path: [CommandSpec]
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var arguments: [String] = []
    var wantsHelp = false
    var wantsVersion = false
    var helpTopic: [String]?

    var current: CommandSpec { path[path.count - 1] }
  }

  private func isHelpWord(_ token: String, _ state: State) -> Bool {
    token == "help" && state.path.count == 1
  }

  private func selectSubcommand(_ word: String, state: inout State) throws(UsageError) {
    if state.helpTopic != nil {
      state.helpTopic?.append(word)
      return
    }
    if isHelpWord(word, state) {
      state.helpTopic = []
      return
    }
    guard let subcommand = state.current.subcommand(named: word) else {
      let names = state.current.visibleSubcommands.map(\.name)
      throw .unknownSubcommand(
        word, suggestions: Suggestions.nearest(to: word, among: names + ["help"]), available: names + ["help"])
    }
    state.path.append(subcommand)
  }

  /// Options of the current command, then of each command above it (global options live on
  /// the root and may be written after a subcommand).
  private func lookUp(_ name: String, in state: State) -> OptionSpec? {
    for command in state.path.reversed() {
      if let option = command.option(named: name) { return option }
    }
    return nil
  }

  private func lookUp(short letter: Character, in state: State) -> OptionSpec? {
    for command in state.path.reversed() {
      if let option = command.option(short: letter) { return option }
    }
    return nil
  }

  private func parseLongOption(
    _ token: String, arguments: [String], index: inout Int, state: inout State
  ) throws(UsageError) {
    let body = token.dropFirst(2)
    let name: String
    var inlineValue: String?
    if let equals = body.firstIndex(of: "=") {
      name = String(body[..<equals])
      inlineValue = String(body[body.index(after: equals)...])
    } else {
      name = String(body)
    }
    guard let option = lookUp(name, in: state) else {
      let known = state.path.flatMap { $0.options.map { "--" + $0.name } } + ["--help"]
      throw .unknownOption(
        "--" + name, suggestion: Suggestions.nearest(to: "--" + name, among: known, limit: 1).first)
    }
    try record(
      option, spelled: "--" + name, inlineValue: inlineValue, arguments: arguments, index: &index, state: &state)
  }

  private func parseShortOptions(
    _ token: String, arguments: [String], index: inout Int, state: inout State
  ) throws(UsageError) {
    var letters = Array(token.dropFirst())
    while !letters.isEmpty {
      let letter = letters.removeFirst()
      if letter == "h" {
        state.wantsHelp = true
        continue
      }
      guard let option = lookUp(short: letter, in: state) else {
        throw .unknownOption("-\(letter)", suggestion: nil)
      }
      if option.takesValue {
        // `-tmou` carries its value inline; `-t mou` takes the next word.
        let inline = letters.isEmpty ? nil : String(letters)
        letters = []
        try record(
          option, spelled: "-\(letter)", inlineValue: inline, arguments: arguments, index: &index, state: &state)
      } else {
        try record(option, spelled: "-\(letter)", inlineValue: nil, arguments: arguments, index: &index, state: &state)
      }
    }
  }

  private func record(
    _ option: OptionSpec, spelled: String, inlineValue: String?, arguments: [String],
    index: inout Int, state: inout State
  ) throws(UsageError) {
    guard option.takesValue else {
      if let inlineValue { throw .unexpectedValue(option: spelled, value: inlineValue) }
      state.flags.insert(option.name)
      return
    }
    let value: String
    if let inlineValue {
      value = inlineValue
    } else if index < arguments.count, !looksLikeOption(arguments[index]) {
      value = arguments[index]
      index += 1
    } else {
      throw .missingValue(option: option.synopsis)
    }
    if option.isRepeatable {
      state.values[option.name, default: []].append(value)
    } else {
      state.values[option.name] = [value]
    }
  }

  /// Whether a token after a value option is another option rather than its value. A negative
  /// number (`-1`) is a value, so that its range check, not "missing value", answers it: no
  /// option's short name is a digit.
  private func looksLikeOption(_ token: String) -> Bool {
    let scalars = token.unicodeScalars.dropFirst()
    guard token.hasPrefix("-"), let next = scalars.first else { return false }
    return !("0"..."9").contains(next)
  }

  private func outcome(of state: State) throws(UsageError) -> ParseOutcome {
    if let topic = state.helpTopic {
      var path = [root]
      for word in topic + state.arguments {
        guard let next = path[path.count - 1].subcommand(named: word) else {
          let names = path[path.count - 1].visibleSubcommands.map(\.name)
          throw .unknownSubcommand(word, suggestions: Suggestions.nearest(to: word, among: names), available: names)
        }
        path.append(next)
      }
      return .help(path)
    }
    if state.wantsHelp { return .help(state.path) }
    if state.wantsVersion {
      return .version(
        ParsedCommand(path: state.path, values: state.values, flags: state.flags, arguments: state.arguments))
    }
    if !state.current.subcommands.isEmpty {
      if state.path.count == 1 { return .help(state.path) }
      throw .missingSubcommand(available: state.current.visibleSubcommands.map(\.name))
    }
    let declared = state.current.arguments
    let required = declared.filter { !$0.isOptional }
    if state.arguments.count < required.count {
      throw .missingArgument(required[state.arguments.count].name)
    }
    var arguments = state.arguments
    if let last = declared.last, last.takesWords, arguments.count > declared.count {
      // `partners Uttar Pradesh`: the last argument takes the remaining words as one.
      let words = arguments[(declared.count - 1)...].joined(separator: " ")
      arguments = Array(arguments.prefix(declared.count - 1)) + [words]
    }
    if arguments.count > declared.count {
      throw .unexpectedArguments(Array(arguments.dropFirst(declared.count)))
    }
    return .run(ParsedCommand(path: state.path, values: state.values, flags: state.flags, arguments: arguments))
  }
}

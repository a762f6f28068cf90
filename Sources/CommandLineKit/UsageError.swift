/// A mistake on the command line. Each case reads as one sentence in swift-argument-parser's
/// wording, with a suggestion where a near miss can be found.
public enum UsageError: Error, Equatable, Sendable, CustomStringConvertible {
  case unknownOption(String, suggestion: String?)
  case unknownSubcommand(String, suggestions: [String], available: [String])
  case missingValue(option: String)
  case unexpectedValue(option: String, value: String)
  case missingArgument(String)
  case unexpectedArguments([String])
  case invalidValue(String, option: String, allowed: [String], suggestions: [String])
  case conflictingOptions(String, String)
  case missingSubcommand(available: [String])
  /// A value that must be a whole number in a range is not.
  case invalidNumber(String, option: String, range: ClosedRange<Int>)
  /// A value that must be a date (YYYY, YYYY-MM or YYYY-MM-DD) is not one that exists.
  case invalidDate(String, option: String)
  /// An argument was given but holds nothing to look for, such as only spaces.
  case blankArgument(String, value: String)
  /// A search with no letter or digit in it: empty, spaces or symbols only.
  case noWords(String, option: String)
  /// A value longer than the command reads, such as a search of thousands of words.
  case tooLong(String, option: String, limit: Int)
  /// A range's start comes after its end (`--since 2018 --until 2016`), so nothing could match.
  case reversedRange(start: String, end: String)
  /// One option needs another: `given` cannot work without `needed`, for `reason`.
  case needsOption(String, given: String, reason: String)

  public var description: String {
    let short = Self.shortened
    return switch self {
    case .tooLong(let value, let option, let limit):
      // The value is not quoted: its length is the point, and a long one would fill the screen.
      "The value for '\(option)' is \(value.count) characters long; at most \(limit) are read. Use fewer words."
    case .unknownOption(let option, let suggestion):
      "Unknown option '\(short(option))'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
    case .unknownSubcommand(let word, let suggestions, let available):
      "Unknown command '\(short(word))'."
        + (suggestions.isEmpty
          ? " Available commands: \(available.joined(separator: ", "))."
          : " Did you mean \(Self.quotedList(suggestions))?")
    case .missingValue(let option):
      "Missing value for '\(option)'."
    case .unexpectedValue(let option, let value):
      "The flag '\(option)' takes no value, but was given '\(short(value))'."
    case .missingArgument(let name):
      "Missing expected argument '<\(name)>'."
    case .unexpectedArguments(let arguments):
      arguments.count == 1
        ? "Unexpected argument '\(short(arguments[0]))'."
        : "\(arguments.count) unexpected arguments: \(arguments.map { "'\(short($0))'" }.joined(separator: ", "))."
    case .invalidValue(let value, let option, let allowed, let suggestions):
      "The value '\(short(value))' is invalid for '\(option)'."
        + (suggestions.isEmpty
          ? (allowed.count == 1
            ? " Please provide '\(allowed[0])'."
            : " Please provide one of \(Self.quotedList(allowed, conjunction: "or")).")
          : " Did you mean \(Self.quotedList(suggestions))?")
        + (option.hasSuffix(" ...")
          ? " '\(option.prefix { $0 != " " })' may be given more than once, for several values." : "")
    case .conflictingOptions(let first, let second):
      "The options '\(first)' and '\(second)' cannot be used together."
    case .missingSubcommand(let available):
      "Missing command. Available commands: \(available.joined(separator: ", "))."
    case .invalidNumber(let value, let option, let range):
      "The value '\(short(value))' is invalid for '\(option)'. Please provide a whole number from \(range.lowerBound) to \(range.upperBound)."
    case .invalidDate(let value, let option):
      "The value '\(short(value))' is invalid for '\(option)'. Please provide a date that exists, as YYYY, YYYY-MM or YYYY-MM-DD."
    case .blankArgument(let name, let value):
      "The argument '<\(name)>' needs at least one letter or digit; '\(short(value))' has none."
    case .noWords(let value, let option):
      "'\(option)' needs at least one word or number to search for; '\(short(value))' has none. "
        + "Give a word, such as 'accords search hydrogen'."
    case .reversedRange(let start, let end):
      "'\(short(start))' comes after '\(short(end))', so nothing could match. Did you mean to swap them?"
    case .needsOption(let needed, let given, let reason):
      "'\(given)' \(reason): give '\(needed)'."
    }
  }

  /// `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`: the form every "Did you mean" uses.
  public static func quotedList(_ words: [String], conjunction: String = "or") -> String {
    let quoted = words.map { "'\($0)'" }
    guard quoted.count > 1 else { return quoted.first ?? "" }
    return quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + quoted[quoted.count - 1]
  }

  /// `text` as an error message quotes it: whole up to 60 characters, else its first 60 and
  /// how long it is, so that a value of megabytes makes a message of one line.
  public static func shortened(_ text: String) -> String {
    let limit = 60
    guard text.utf8.count > limit, text.count > limit else { return text }
    return text.prefix(limit) + "… (\(text.count) characters)"
  }
}

import AccordsCore
import CommandLineKit

/// `--as-of <date>`: the day a command works statuses out for — of instruments, from their
/// recorded lives, and of partnerships, from their terms. The data's as-of date by default.
enum StatusDay {
  /// The option, for every command that shows a status.
  static let option = OptionSpec.value(
    "as-of", valueName: "date",
    help: "The day statuses are worked out for (YYYY, YYYY-MM or YYYY-MM-DD); the data's as-of date by default.")

  /// The day `--as-of` names, or `nil` when it was not given.
  static func asked(_ parsed: ParsedCommand) throws(UsageError) -> PartialDate? {
    guard let text = parsed.value("as-of") else { return nil }
    guard let date = PartialDate(text) else { throw .invalidDate(text, option: "--as-of <date>") }
    return date
  }

  /// The day `--as-of` names, or the data's as-of date.
  static func chosen(_ parsed: ParsedCommand, catalog: Catalog) throws(UsageError) -> PartialDate {
    try asked(parsed) ?? catalog.dataset.asOf
  }
}

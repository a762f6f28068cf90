import AccordsCore
import CommandLineKit

/// The one place where failures become messages and exit codes, as swift-argument-parser's
/// `MessageInfo` does: usage errors with the usage line and a pointer to help (64), missing
/// names (1), bad data (65), missing files (66).
enum ErrorReport {
  static func usage(_ error: UsageError, path: [CommandSpec], help: HelpFormatter) -> CommandResult {
    let names = path.map(\.name).joined(separator: " ")
    // The message may quote what the user typed, which may hold control characters.
    let text =
      "Error: \(TerminalText.escaped(error.description))\nUsage: \(help.usage(for: path))\n  See '\(names) --help' for more information.\n"
    return CommandResult(stderr: text, exitCode: .usage)
  }

  static func failure(_ failure: CommandFailure, path: [CommandSpec], help: HelpFormatter) -> CommandResult {
    switch failure {
    case .usage(let error):
      return usage(error, path: path, help: help)
    case .notFound(let message):
      return CommandResult(stderr: "Error: \(TerminalText.escaped(message))\n", exitCode: .notFound)
    case .catalog(let error):
      return catalogFailure(error)
    case .cannotCreate(let message):
      return CommandResult(stderr: "Error: \(TerminalText.escaped(message))\n", exitCode: .cannotCreate)
    case .outputFailed(let message):
      return CommandResult(stderr: "Error: \(TerminalText.escaped(message))\n", exitCode: .outputFailed)
    case .unwritable(let message):
      return CommandResult(stderr: "Error: \(TerminalText.escaped(message))\n", exitCode: .dataError)
    }
  }

  /// Every problem of a catalog on a line of its own (`file:line:column: path: message`, the
  /// form editors jump to), then one line that says nothing was loaded.
  static func catalogFailure(_ error: CatalogError) -> CommandResult {
    switch error {
    case .unreadable:
      return CommandResult(stderr: "Error: \(TerminalText.escaped(error.description))\n", exitCode: .noInput)
    case .malformed:
      return CommandResult(stderr: "Error: \(TerminalText.escaped(error.description))\n", exitCode: .dataError)
    case .invalid(let problems):
      let lines = problems.map { TerminalText.escaped($0.description) + "\n" }.joined()
      let files = Array(Set(problems.map(\.file))).sorted().joined(separator: ", ")
      let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
      return CommandResult(
        stderr: lines + "Error: the catalog '\(TerminalText.escaped(files))' has \(count); nothing was loaded.\n",
        exitCode: .dataError)
    }
  }

  /// ` Did you mean 'a' or 'b'?` when there are near names, else ` ` and `otherwise`.
  static func hint(_ suggestions: [String], otherwise: String) -> String {
    suggestions.isEmpty ? " " + otherwise : " Did you mean \(UsageError.quotedList(suggestions))?"
  }
}

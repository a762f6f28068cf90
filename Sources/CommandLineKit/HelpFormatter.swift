/// Writes help pages and usage lines in swift-argument-parser's layout: OVERVIEW, USAGE,
/// EXAMPLES, ARGUMENTS, OPTIONS, SUBCOMMANDS, two-space indents and 26-column labels, wrapped
/// to the terminal's width.
public struct HelpFormatter: Sendable {
  /// The width to wrap to, in columns.
  public let width: Int
  private let labelWidth = 26

  /// Creates a formatter that wraps at `width` columns (at least 40).
  public init(width: Int) { self.width = max(width, 40) }

  /// The full help page for the last command of `path`.
  public func help(for path: [CommandSpec]) -> String {
    let command = path[path.count - 1]
    var sections: [String] = []
    sections.append(paragraph("OVERVIEW: " + command.abstract))
    if let discussion = command.discussion {
      sections.append(
        discussion.split(separator: "\n", omittingEmptySubsequences: false)
          .map { paragraph(String($0)) }.joined(separator: "\n"))
    }
    sections.append(paragraph("USAGE: " + usage(for: path), hangingIndent: 2))
    if !command.examples.isEmpty {
      let lines = command.examples.map { example in
        exampleCommand(example.command) + "\n" + paragraph(example.explanation, indent: 6)
      }
      sections.append("EXAMPLES:\n" + lines.joined(separator: "\n"))
    }
    if !command.arguments.isEmpty {
      let rows = command.arguments.map { row(label: "<\($0.name)>", help: $0.help) }
      sections.append("ARGUMENTS:\n" + rows.joined(separator: "\n"))
    }
    let inherited = path.dropLast().flatMap(\.options)
    var optionRows = (command.options + inherited).map { option in
      row(label: label(for: option), help: optionHelp(option))
    }
    optionRows.append(row(label: "-h, --help", help: "Show help information."))
    if path.count == 1 {
      optionRows.append(row(label: "--version", help: command.versionHelp))
    }
    sections.append("OPTIONS:\n" + optionRows.joined(separator: "\n"))
    if !command.visibleSubcommands.isEmpty {
      let rows = command.visibleSubcommands.map { subcommand in
        row(label: ([subcommand.name] + subcommand.aliases).joined(separator: ", "), help: subcommand.abstract)
      }
      let names = path.map(\.name).joined(separator: " ")
      sections.append(
        "SUBCOMMANDS:\n" + rows.joined(separator: "\n") + "\n\n"
          + "  See '\(names) help <subcommand>' for detailed help.")
    }
    return sections.joined(separator: "\n\n") + "\n"
  }

  /// The usage line for the last command of `path`, without the `USAGE: ` label.
  public func usage(for path: [CommandSpec]) -> String {
    let command = path[path.count - 1]
    var words = path.map(\.name)
    if !command.subcommands.isEmpty { words.append("<subcommand>") }
    for argument in command.arguments {
      words.append(argument.synopsis)
    }
    for option in command.options {
      words.append("[" + option.synopsis + (option.isRepeatable ? " ..." : "") + "]")
    }
    return words.joined(separator: " ")
  }

  private func label(for option: OptionSpec) -> String {
    (option.shortName.map { "-\($0), " } ?? "") + option.synopsis
  }

  private func optionHelp(_ option: OptionSpec) -> String {
    var details: [String] = []
    if !option.allowedValues.isEmpty { details.append("values: " + option.allowedValues.joined(separator: ", ")) }
    if let defaultValue = option.defaultValue { details.append("default: " + defaultValue) }
    let repeatable = option.isRepeatable ? " Repeat to give several." : ""
    return option.help + repeatable + (details.isEmpty ? "" : " (" + details.joined(separator: "; ") + ")")
  }

  /// A two-column row: the label in 26 columns, the help wrapped beside it.
  private func row(label: String, help: String) -> String {
    let indent = String(repeating: " ", count: labelWidth)
    let helpLines = TextWrapping.wrap(help, width: width - labelWidth)
    let padded = "  " + label
    var lines: [String] = []
    if padded.count < labelWidth {
      lines.append(padded + String(repeating: " ", count: labelWidth - padded.count) + (helpLines.first ?? ""))
      lines += helpLines.dropFirst().map { indent + $0 }
    } else {
      lines.append(padded)
      lines += helpLines.map { indent + $0 }
    }
    return lines.joined(separator: "\n")
  }

  /// `  $ accords …`, continued on indented lines ending in ` \` when longer than the width, so
  /// that it still runs when pasted whole.
  private func exampleCommand(_ command: String) -> String {
    guard command.count + 4 > width else { return "  $ " + command }
    let lines = TextWrapping.wrap(command, width: max(20, width - 8))
    return "  $ " + lines.joined(separator: " \\\n      ")
  }

  private func paragraph(_ text: String, indent: Int = 0, hangingIndent: Int = 0) -> String {
    let prefix = String(repeating: " ", count: indent)
    let lines = TextWrapping.wrap(text, width: width - indent - hangingIndent)
    return lines.enumerated().map { offset, line in
      prefix + (offset == 0 ? "" : String(repeating: " ", count: hangingIndent)) + line
    }.joined(separator: "\n")
  }
}

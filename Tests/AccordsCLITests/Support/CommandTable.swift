import AccordsCLI
import AccordsCore
import AccordsData
import CommandLineKit

/// The commands as the command table declares them, so that a test that walks "every command"
/// or "every command offering a format" covers a new one without anyone listing it.
enum CommandTable {
  /// Every command a person can type.
  static let visible: [CommandSpec] = Accords.root.visibleSubcommands

  /// The names of every command a person can type.
  static let names: [String] = visible.map(\.name)

  /// The commands that offer `format` and need no argument, such as the listings for `csv`.
  static func offering(_ format: String) -> [String] {
    visible.filter { command in
      (command.option(named: "format")?.allowedValues.contains(format) ?? false)
        && command.arguments.allSatisfy(\.isOptional)
    }.map(\.name)
  }

  /// One command line per visible command, arguments filled from `catalog`.
  static func sampleLines(for catalog: Catalog) -> [[String]] {
    RenderProbe.commandLines(for: catalog, valuesPerArgument: 1).filter { !$0.contains("--format") }
  }

  /// `sampleLines` for the commands written for people: those whose default output is a table.
  static func tableLines(for catalog: Catalog) -> [[String]] {
    let tables = Set(visible.filter { $0.option(named: "format")?.defaultValue == "table" }.map(\.name))
    return sampleLines(for: catalog).filter { tables.contains($0[0]) }
  }
}

import AccordsCore
import CommandLineKit

/// `accords __complete <kind>`: candidates for completion scripts, one per line. Hidden from
/// help: people never type it, the scripts call it.
enum CompleteCommand {
  static let spec = CommandSpec(
    name: "__complete",
    abstract: "Print completion candidates: regions, areas, ids or visits.",
    arguments: [ArgumentSpec("kind", help: "regions, areas, ids or visits.")],
    isHidden: true)

  static let command = Subcommand(spec: spec) { (parsed, context) throws(CommandFailure) -> String in
    let catalog = context.catalog
    let words: [String]
    switch parsed.arguments[0] {
    case "regions": words = catalog.regions.map(\.name) + catalog.regions.map(\.code.rawValue)
    case "areas": words = catalog.areas.map(\.id.rawValue)
    case "ids": words = ShowCommand.allIDs(catalog)
    case "visits": words = catalog.visits.map(\.id.rawValue)
    default:
      throw .usage(
        .invalidValue(
          parsed.arguments[0], option: "<kind>", allowed: ["regions", "areas", "ids", "visits"], suggestions: []))
    }
    return words.map { TerminalText.escaped($0) + "\n" }.joined()
  }
}

import AccordsCore
import CommandLineKit

/// `accords __complete <kind>`: candidates for completion scripts, one per line. Hidden from
/// help: people never type it, the scripts call it.
enum CompleteCommand {
  static let spec = CommandSpec(
    name: "__complete",
    abstract: "Print completion candidates: regions, areas, ids, visits or parties.",
    arguments: [ArgumentSpec("kind", help: kinds.joined(separator: ", ") + ".")],
    isHidden: true)

  /// What the completion scripts may ask for.
  static let kinds = ["regions", "areas", "ids", "visits", "parties"]

  static let command = Subcommand(spec: spec) { (parsed, context) throws(CommandFailure) -> String in
    let catalog = context.catalog
    let words: [String]
    switch parsed.arguments[0] {
    case "regions": words = catalog.regions.map(\.name) + catalog.regions.map(\.code.rawValue)
    case "areas": words = catalog.areas.map(\.id.rawValue)
    case "ids": words = ShowCommand.allIDs(catalog)
    case "visits": words = visitWords(catalog)
    case "parties": words = catalog.parties.flatMap { [$0.id.rawValue] + $0.acronyms }
    default:
      throw .usage(.invalidValue(parsed.arguments[0], option: "<kind>", allowed: kinds, suggestions: []))
    }
    return words.map { TerminalText.escaped($0) + "\n" }.joined()
  }

  /// What `--visit` takes as people type it: each visit's id, its number (`13th`), and every
  /// year with one visit in it (`2018`; not `2014`, which had two).
  static func visitWords(_ catalog: Catalog) -> [String] {
    var years: [Int: Int] = [:]
    for visit in catalog.visits { years[visit.start.year, default: 0] += 1 }
    let sorted = catalog.visits.sorted(by: Visit.isEarlier)
    return sorted.map(\.id.rawValue) + sorted.compactMap { $0.ordinal.map(Visit.ordinalWord) }
      + years.filter { $0.value == 1 }.keys.sorted().map(String.init)
  }
}

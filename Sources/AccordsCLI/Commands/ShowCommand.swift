import AccordsCore
import CommandLineKit

/// `accords show <id>`: one record in full, with its notes and every source quoted.
enum ShowCommand {
  static let spec = CommandSpec(
    name: "show",
    abstract:
      "Show one record in full: an agreement, initiative, partnership, figure, area, source, state or prefecture.",
    examples: [
      Example(
        "accords show lupex-implementing-arrangement", "The ISRO–JAXA lunar mission arrangement, with its sources."),
      Example("accords show mous-two-years-ians --json", "A headline figure and the conflict noted on it, as JSON."),
    ],
    arguments: [
      ArgumentSpec(
        "id", help: "The record's id as listed by the other commands, or its title or short name (LUPEX, JCM).",
        takesWords: true, completion: .command(["__complete", "ids"]))
    ],
    options: [CommonOptions.format([.table, .json]), CommonOptions.json])

  static let command = Subcommand(spec: spec) { (parsed, context) throws(CommandFailure) -> String in
    let format: OutputFormat
    do throws(UsageError) { format = try OutputFormat.chosen(in: parsed, allowed: [.table, .json]) } catch {
      throw .usage(error)
    }
    let name = parsed.arguments[0]
    let resolver = NameResolver(catalog: context.catalog, scope: .everything)
    let record: RecordDetail
    switch resolver.resolve(name) {
    case .found(let match):
      guard let found = RecordDetail(subject: match.subject, catalog: context.catalog) else {
        throw .notFound("No record has the id or name '\(name)'.")
      }
      record = found
    case .ambiguous(let matches):
      let ids = matches.map(\.subject.id).joined(separator: ", ")
      throw .notFound("'\(name)' could mean more than one record: \(ids). Give its id.")
    case .notFound(let suggestions):
      throw .notFound(
        "No record has the id or name '\(name)'."
          + ErrorReport.hint(
            suggestions,
            otherwise:
              "List ids with 'accords agreements', 'accords initiatives', or search with 'accords search \(name)'."))
    }
    return format == .json
      ? record.json.prettyPrinted + "\n"
      : record.view.render(catalog: context.catalog, style: context.style)
  }

  /// Every id `show` accepts, in listing order.
  static func allIDs(_ catalog: Catalog) -> [String] {
    catalog.agreements.map(\.id.rawValue) + catalog.initiatives.map(\.id.rawValue)
      + catalog.partnerships.map(\.id.rawValue) + catalog.figures.map(\.id.rawValue)
      + catalog.areas.map(\.id.rawValue) + catalog.sources.map(\.id.rawValue)
  }
}

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
    let record: any DetailViewable
    switch resolver.resolve(name) {
    case .found(let match):
      // The resolver only finds records of this catalog, and every kind has a detail view.
      guard let found = context.catalog.record(match.subject) as? any DetailViewable else {
        throw .notFound("No record has the id or name '\(UsageError.shortened(name))'.")
      }
      record = found
    case .ambiguous(let matches):
      let ids = matches.map(\.subject.id).joined(separator: ", ")
      throw .notFound("'\(UsageError.shortened(name))' could mean more than one record: \(ids). Give its id.")
    case .notFound(let suggestions):
      throw .notFound(
        "No record has the id or name '\(UsageError.shortened(name))'."
          + ErrorReport.hint(
            suggestions,
            otherwise:
              "List ids with 'accords agreements', 'accords visits', 'accords initiatives', or search with 'accords search \(name)'."
          ))
    }
    return format == .json
      ? context.records.encode(record).prettyPrintedLine
      : record.detailView(in: context.catalog).render(catalog: context.catalog, style: context.style)
  }

  /// The ids completion offers for `show`: every record's but the regions', which complete by
  /// name instead.
  static func allIDs(_ catalog: Catalog) -> [String] {
    catalog.records.filter { $0.reference.kind != .region }.map(\.reference.id)
  }
}

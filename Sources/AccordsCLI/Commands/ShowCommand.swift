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
      Example(
        "accords show jdsc-2008 --format mermaid",
        "The 2008 security declaration with every document that updates, implements or builds on it, drawn."),
    ],
    arguments: [
      ArgumentSpec(
        "id", help: "The record's id as listed by the other commands, or its title or short name (LUPEX, JCM).",
        takesWords: true, completion: .command(["__complete", "ids"]))
    ],
    options: [StatusDay.option, CommonOptions.format(formats), CommonOptions.json])

  /// A record as text or JSON; a document's or figure's chain of relations as a picture.
  static let formats: [OutputFormat] = [.table, .json, .mermaid, .dot]

  static let command = Subcommand(spec: spec) { (parsed, context) throws(CommandFailure) -> String in
    let format: OutputFormat
    let day: PartialDate?
    do throws(UsageError) {
      format = try OutputFormat.chosen(in: parsed, allowed: formats)
      day = try StatusDay.asked(parsed)
    } catch {
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
      let ids = matches.map { "\($0.subject.id) (\($0.subject.kind.rawValue))" }.joined(separator: ", ")
      throw .notFound("'\(UsageError.shortened(name))' could mean more than one record: \(ids). Give its id.")
    case .notFound(let suggestions):
      if let pointer = RegionLookup.cityPointer(name, in: context.catalog, command: "show") { throw .notFound(pointer) }
      throw .notFound(
        "No record has the id or name '\(UsageError.shortened(name))'."
          + ErrorReport.hint(
            suggestions, otherwise: "List ids with 'accords agreements', 'accords parties' or 'accords people'.")
          + SearchHint.sentence(for: name, in: context.catalog))
    }
    switch format {
    case .json: return context.records(on: day).encode(record).prettyPrintedLine
    case .mermaid, .dot: return try picture(of: record, format: format, catalog: context.catalog)
    default:
      return record.detailView(in: context.catalog, on: day ?? context.catalog.dataset.asOf)
        .render(catalog: context.catalog, style: context.style)
    }
  }

  /// The chain of relations of a document or a figure, both ways, as Mermaid or Graphviz.
  static func picture(of record: any CatalogRecord, format: OutputFormat, catalog: Catalog) throws(CommandFailure)
    -> String
  {
    let graph: Graph
    switch record.reference {
    case .agreement(let id): graph = GraphBuilder.chain(of: id, in: catalog)
    case .figure(let id): graph = GraphBuilder.chain(of: id, in: catalog)
    default:
      throw .usage(
        .invalidValue(
          format.rawValue, option: "--format <format> (for a \(record.reference.kind.rawValue))",
          allowed: ["table", "json"], suggestions: []))
    }
    return format == .mermaid
      ? MermaidRenderer.render(graph) : DotRenderer.render(graph, name: record.reference.id)
  }

  /// The ids completion offers for `show`: every record's but the regions', which complete by
  /// name instead.
  static func allIDs(_ catalog: Catalog) -> [String] {
    catalog.records.filter { $0.reference.kind != .region }.map(\.reference.id)
  }
}

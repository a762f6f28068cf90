import AccordsCore
import CommandLineKit

/// The listing commands with no filters of their own: each turns one section of the catalog
/// into a `Listing` and its JSON.
enum ListCommands {
  static let areas = listing(
    CommandSpec(
      name: "areas",
      abstract: "List the eight areas of the Joint Vision for the Next Decade, with what serves each.",
      examples: [
        Example("accords areas", "The areas, I to VIII, with counts of agreements and initiatives."),
        Example("accords areas --json", "Each area with the ids of its agreements, initiatives and figures."),
        Example("accords areas --format mermaid", "Areas linked to what serves them, for a GitHub page."),
      ]),
    formats: OutputFormat.graphs
  ) { context in
    let catalog = context.catalog
    return ListOutput(
      listing: Listing(
        columns: [.init("no"), .init("id"), .init("name", wraps: true), .init("agreements"), .init("initiatives")],
        rows: catalog.areas.map { area in
          [
            area.romanNumeral, area.id.rawValue, area.name,
            String(catalog.agreements(serving: area.id).count), String(catalog.initiatives(serving: area.id).count),
          ]
        },
        noun: ("area", "areas")),
      json: .array(catalog.areas.map(context.records.area)),
      graph: GraphBuilder.areas(catalog)
    )
  }

  static let initiatives = listing(
    CommandSpec(
      name: "initiatives",
      abstract: "List the initiatives announced without a signed document of their own.",
      examples: [
        Example("accords initiatives", "The initiatives with their Joint Vision areas (by numeral)."),
        Example("accords initiatives --json", "Each initiative with its summary and sources."),
      ])
  ) { context in
    let catalog = context.catalog
    return ListOutput(
      listing: Listing(
        columns: [.init("id"), .init("name", wraps: true), .init("areas")],
        rows: catalog.initiatives.map { initiative in
          [
            initiative.id.rawValue, initiative.name,
            initiative.areas.compactMap(catalog.area).map(\.romanNumeral).cellList,
          ]
        },
        noun: ("initiative", "initiatives")),
      json: .array(catalog.initiatives.map(context.records.initiative))
    )
  }

  static let figures = listing(
    CommandSpec(
      name: "figures",
      abstract: "List the headline figures: targets set at the summit and numbers stated around it.",
      examples: [
        Example("accords figures", "Each figure with its unit, qualifier and period."),
        Example("accords show mous-two-years-seed", "One figure with the disagreement noted on it."),
      ])
  ) { context in
    let figures = context.catalog.figures
    return ListOutput(
      listing: Listing(
        columns: [.init("id"), .init("amount"), .init("kind"), .init("period"), .init("label", wraps: true)],
        rows: figures.map { [$0.id.rawValue, $0.readableAmount, $0.kind.rawValue, $0.period ?? "", $0.label] },
        noun: ("figure", "figures")),
      json: .array(figures.map(context.records.figure))
    )
  }

  static let sources = listing(
    CommandSpec(
      name: "sources",
      abstract: "List every source the catalog cites, with its kind and address.",
      examples: [
        Example("accords sources", "Every source with its kind: official, wire, media or reference."),
        Example("accords sources --format csv", "The bibliography as CSV."),
      ])
  ) { context in
    let sources = context.catalog.sources
    return ListOutput(
      listing: Listing(
        columns: [.init("id"), .init("kind"), .init("publisher", wraps: true), .init("url", wraps: true)],
        rows: sources.map { [$0.id.rawValue, $0.kind.rawValue, $0.publisher, $0.url ?? ""] },
        noun: ("source", "sources")),
      json: .array(sources.map { context.records.source($0) })
    )
  }

  /// What a listing command produces: rows, their JSON and, for linked records, a graph.
  struct ListOutput {
    let listing: Listing
    let json: JSONValue
    var graph: Graph?
  }

  /// A command that prints one listing in any of `formats`.
  private static func listing(
    _ base: CommandSpec, formats: [OutputFormat] = OutputFormat.listings,
    build: @escaping @Sendable (CommandContext) -> ListOutput
  ) -> Subcommand {
    let spec = CommandSpec(
      name: base.name, abstract: base.abstract, examples: base.examples,
      options: [CommonOptions.format(formats), CommonOptions.json])
    return Subcommand(spec: spec) { (parsed, context) throws(CommandFailure) -> String in
      let format: OutputFormat
      do throws(UsageError) { format = try OutputFormat.chosen(in: parsed, allowed: formats) } catch {
        throw .usage(error)
      }
      let output = build(context)
      return ListingOutput.render(
        output.listing, json: output.json, graph: output.graph, name: base.name, format: format, style: context.style)
    }
  }
}

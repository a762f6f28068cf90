import AccordsCore
import CommandLineKit

/// `accords areas`: the eight Joint Vision areas with what serves each.
enum AreasCommand {
  static let command = SectionListing(
    kind: "area", fields: .areas, records: { catalog, _ in catalog.areas },
    listing: { context, _ in
      let catalog = context.catalog
      return Listing(
        columns: [.init("no"), .init("id"), .init("name", wraps: true), .init("agreements"), .init("initiatives")],
        rows: catalog.areas.map { area in
          [
            area.romanNumeral, area.id.rawValue, area.name,
            String(catalog.agreements(serving: area.id).count), String(catalog.initiatives(serving: area.id).count),
          ]
        },
        noun: ("area", "areas"))
    },
    json: { context, _ in .array(context.catalog.areas.map(context.records.area)) },
    graph: GraphBuilder.areas
  ).command(
    CommandSpec(
      name: "areas",
      abstract: "List the eight areas of the Joint Vision for the Next Decade, with what serves each.",
      examples: [
        Example("accords areas", "The areas, I to VIII, with counts of agreements and initiatives."),
        Example("accords areas --json", "Each area with the ids of its agreements, initiatives and figures."),
        Example("accords areas --format mermaid", "Areas linked to what serves them, for a GitHub page."),
      ]),
    formats: OutputFormat.graphs)
}

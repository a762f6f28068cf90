import AccordsCore
import CommandLineKit

/// `accords sources`: the bibliography.
enum SourcesCommand {
  static let command = SectionListing(
    kind: "source", fields: .sources, records: { catalog, _ in catalog.sources },
    listing: { context, _ in
      Listing(
        columns: [.init("id"), .init("kind"), .init("publisher", wraps: true), .init("url", wraps: true)],
        rows: context.catalog.sources.map { [$0.id.rawValue, $0.kind.rawValue, $0.publisher, $0.url ?? ""] },
        noun: ("source", "sources"))
    },
    json: { context, _ in .array(context.catalog.sources.map(context.records.source)) }
  ).command(
    CommandSpec(
      name: "sources",
      abstract: "List every source the catalog cites, with its kind and address.",
      examples: [
        Example("accords sources", "Every source with its kind: official, wire, media or reference."),
        Example("accords sources --format csv", "The bibliography as CSV."),
      ]))
}

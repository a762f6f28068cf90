import AccordsCore
import CommandLineKit

/// `accords initiatives`: what was announced without a signed document of its own.
enum InitiativesCommand {
  static let command = SectionListing(
    kind: "initiative", fields: .initiatives,
    records: { catalog, selection in catalog.initiatives.filter { selection.includes($0.visit) } },
    listing: { context, selection in
      let catalog = context.catalog
      let initiatives = catalog.initiatives.filter { selection.includes($0.visit) }
      return Listing(
        columns: [.init("id"), .init("name", wraps: true), .init("areas")],
        rows: initiatives.map { initiative in
          [
            initiative.id.rawValue, initiative.name,
            initiative.areas.compactMap(catalog.area).map(\.romanNumeral).cellList,
          ]
        },
        noun: ("initiative", "initiatives")
      ).markingContested(initiatives.map(\.notes))
    },
    json: { context, selection in
      .array(context.catalog.initiatives.filter { selection.includes($0.visit) }.map(context.records.initiative))
    },
    filtersByVisit: true
  ).command(
    CommandSpec(
      name: "initiatives",
      abstract: "List the initiatives announced without a signed document of their own.",
      examples: [
        Example("accords initiatives", "The initiatives with their Joint Vision areas (by numeral)."),
        Example("accords initiatives --json", "Each initiative with its summary and sources."),
      ]))
}

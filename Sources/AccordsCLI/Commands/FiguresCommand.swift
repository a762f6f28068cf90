import AccordsCore
import CommandLineKit

/// `accords figures`: the headline numbers, each with unit, qualifier, kind and period.
enum FiguresCommand {
  static let command = SectionListing(
    kind: "figure", fields: .figures,
    records: { catalog, selection in catalog.figures.filter { selection.includes($0.visit) } },
    listing: { context, selection in
      let figures = context.catalog.figures.filter { selection.includes($0.visit) }
      return Listing(
        columns: [.init("id"), .init("amount"), .init("kind"), .init("period"), .init("label", wraps: true)],
        rows: figures.map { [$0.id.rawValue, $0.readableAmount, $0.kind.rawValue, $0.period ?? "", $0.label] },
        noun: ("figure", "figures")
      ).markingContested(figures.map(\.notes))
    },
    json: { context, selection in
      .array(context.catalog.figures.filter { selection.includes($0.visit) }.map(context.records.figure))
    },
    filtersByVisit: true
  ).command(
    CommandSpec(
      name: "figures",
      abstract: "List the headline figures: targets set at the summits and numbers stated around them.",
      examples: [
        Example("accords figures", "Each figure with its unit, qualifier and period."),
        Example("accords figures --visit 2025", "The figures of the 2025 summit."),
        Example("accords show mous-two-years-seed", "One figure with the disagreement noted on it."),
      ]))
}

import AccordsCore
import CommandLineKit

/// `accords figures`: the headline numbers, each with unit, qualifier, kind and period.
enum FiguresCommand {
  static let command = SectionListing(
    kind: "figure",
    listing: { context in
      Listing(
        columns: [.init("id"), .init("amount"), .init("kind"), .init("period"), .init("label", wraps: true)],
        rows: context.catalog.figures.map {
          [$0.id.rawValue, $0.readableAmount, $0.kind.rawValue, $0.period ?? "", $0.label]
        },
        noun: ("figure", "figures"))
    },
    json: { context in .array(context.catalog.figures.map(context.records.figure)) }
  ).command(
    CommandSpec(
      name: "figures",
      abstract: "List the headline figures: targets set at the summit and numbers stated around it.",
      examples: [
        Example("accords figures", "Each figure with its unit, qualifier and period."),
        Example("accords show mous-two-years-seed", "One figure with the disagreement noted on it."),
      ]))
}

import AccordsCore
import CommandLineKit

/// A command that lists one section of the catalog with no filters of its own (`areas`,
/// `initiatives`, `figures`, `sources`). Its rows, JSON and picture are recipes, so only the
/// one the user asked for is ever built.
struct SectionListing: Sendable {
  /// What each record is, for JSON Lines.
  let kind: String
  /// The rows for the table, plain, CSV and Markdown formats, of the visits selected.
  let listing: @Sendable (CommandContext, VisitSelection) -> Listing
  /// The records for JSON, of the visits selected.
  let json: @Sendable (CommandContext, VisitSelection) -> JSONValue
  /// Whether the command offers `--visit`, for sections whose records belong to visits.
  var filtersByVisit = false
  /// The links between records, for commands that can be drawn.
  var graph: (@Sendable (Catalog) -> Graph)?

  /// The command that prints this listing in any of `formats`.
  func command(_ base: CommandSpec, formats: [OutputFormat] = OutputFormat.listings) -> Subcommand {
    let spec = CommandSpec(
      name: base.name, abstract: base.abstract, examples: base.examples,
      options: (filtersByVisit ? [VisitSelection.option] : []) + [CommonOptions.format(formats), CommonOptions.json])
    let listing = listing
    let json = json
    let graph = graph
    let kind = kind
    return Subcommand(spec: spec) { (parsed, context) throws(CommandFailure) -> String in
      let format: OutputFormat
      do throws(UsageError) { format = try OutputFormat.chosen(in: parsed, allowed: formats) } catch {
        throw .usage(error)
      }
      let selection = try VisitSelection(parsed, catalog: context.catalog)
      return ListingOutput.render(
        listing(context, selection), json: json(context, selection), graph: graph?(context.catalog), name: base.name,
        kind: kind,
        format: format,
        style: context.style)
    }
  }
}

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
  /// Every field of the records, in the table's order, for `--fields`.
  let fieldNames: [String]
  /// The typed table of the visits selected, of the fields chosen (or all), for CSV and TSV.
  let table: @Sendable (CommandContext, VisitSelection, [String]?) -> RecordTable
  /// Whether the command offers `--visit`, for sections whose records belong to visits.
  var filtersByVisit = false
  /// The links between records, for commands that can be drawn.
  var graph: (@Sendable (Catalog) -> Graph)?

  /// A listing of the records `records` selects, with their fields.
  init<Record>(
    kind: String, fields: FieldSet<Record>, records: @escaping @Sendable (Catalog, VisitSelection) -> [Record],
    listing: @escaping @Sendable (CommandContext, VisitSelection) -> Listing,
    json: @escaping @Sendable (CommandContext, VisitSelection) -> JSONValue, filtersByVisit: Bool = false,
    graph: (@Sendable (Catalog) -> Graph)? = nil
  ) {
    self.kind = kind
    self.listing = listing
    self.json = json
    self.fieldNames = fields.names
    self.table = { context, selection, chosen in
      fields.table(records(context.catalog, selection), context: FieldContext(catalog: context.catalog), chosen: chosen)
    }
    self.filtersByVisit = filtersByVisit
    self.graph = graph
  }

  /// The command that prints this listing in any of `formats`.
  func command(_ base: CommandSpec, formats: [OutputFormat] = OutputFormat.listings) -> Subcommand {
    let spec = CommandSpec(
      name: base.name, abstract: base.abstract, examples: base.examples,
      options: (filtersByVisit ? [VisitSelection.option] : []) + [
        FieldSelection.option(fieldNames), CommonOptions.format(formats), CommonOptions.json,
      ])
    let listing = listing
    let json = json
    let graph = graph
    let kind = kind
    let table = table
    let fieldNames = fieldNames
    return Subcommand(spec: spec) { (parsed, context) throws(CommandFailure) -> String in
      let format: OutputFormat
      let chosen: [String]?
      do throws(UsageError) {
        format = try OutputFormat.chosen(in: parsed, allowed: formats)
        chosen = try FieldSelection.chosen(parsed, valid: fieldNames)
      } catch {
        throw .usage(error)
      }
      let selection = try VisitSelection(parsed, catalog: context.catalog)
      return ListingOutput.render(
        listing(context, selection), json: json(context, selection), table: table(context, selection, chosen),
        chosen: chosen, graph: graph?(context.catalog), name: base.name,
        kind: kind,
        format: format,
        style: context.style)
    }
  }
}

import AccordsCore
import CommandLineKit

/// `accords agreements`: the outcome documents, filtered by type, area, party or text.
enum AgreementsCommand {
  static let spec = CommandSpec(
    name: "agreements", aliases: ["ls"],
    abstract: "List the outcome documents: MoUs, MoCs, declarations, plans and the rest.",
    discussion: "Filters combine: a document must match every option given, and any one value of a repeated option.",
    examples: [
      Example("accords agreements --type moc", "The four memoranda of cooperation."),
      Example("accords agreements --type mou --type moc --format csv", "All memoranda, as CSV."),
      Example("accords agreements --area ecological-legacies --json", "Documents serving area IV, as JSON."),
    ],
    options: [
      .value(
        "type", short: "t", valueName: "type", help: "Only documents of this type.",
        allowedValues: DocumentType.allCases.map(\.rawValue), isRepeatable: true),
      .value(
        "area", short: "a", valueName: "area",
        help: "Only documents serving this Joint Vision area, by id, number (4 or IV) or name.",
        isRepeatable: true, completion: .command(["__complete", "areas"])),
      .value(
        "party", short: "p", valueName: "name",
        help: "Only documents with a party whose name contains these words, such as METI or ISRO."),
      .value("search", short: "s", valueName: "words", help: "Only documents whose text contains all these words."),
      CommonOptions.format(),
      CommonOptions.json,
    ])

  static let command = Subcommand(spec: spec) { (parsed, context) throws(CommandFailure) -> String in
    let format: OutputFormat
    let filter: AgreementFilter
    do throws(UsageError) {
      format = try OutputFormat.chosen(in: parsed)
      filter = try makeFilter(parsed, catalog: context.catalog)
    } catch {
      throw .usage(error)
    }
    let catalog = context.catalog
    let agreements = catalog.agreements(matching: filter)
    return ListingOutput.render(
      Listing(
        columns: [
          .init("id"), .init("type", wraps: true), .init("date"), .init("signed"), .init("title", wraps: true),
        ],
        rows: agreements.map {
          [
            $0.id.rawValue, $0.type.abbreviation ?? $0.type.displayName, $0.date?.description ?? "",
            $0.signed?.description ?? "", $0.title,
          ]
        },
        noun: ("agreement", "agreements"), total: catalog.agreements.count),
      json: .array(agreements.map(context.records.agreement)), kind: "agreement", format: format,
      style: context.style)
  }

  static func makeFilter(_ parsed: ParsedCommand, catalog: Catalog) throws(UsageError) -> AgreementFilter {
    var filter = AgreementFilter(party: parsed.value("party"), text: parsed.value("search"))
    for text in parsed.allValues("type") {
      filter.types.insert(try ValueMatcher.documentTypes.match(text, option: "--type <type>"))
    }
    let areaNames = parsed.allValues("area")
    if !areaNames.isEmpty {
      let areas = ValueMatcher.areas(of: catalog)
      for text in areaNames { filter.areas.insert(try areas.match(text, option: "--area <area>")) }
    }
    return filter
  }
}

import AccordsCore
import CommandLineKit

/// `accords regions`: the gazetteer of states, union territories and prefectures.
enum RegionsCommand {
  static let spec = CommandSpec(
    name: "regions",
    abstract: "List the Indian states and union territories and the Japanese prefectures, with their codes.",
    examples: [
      Example("accords regions --country japan", "The 47 prefectures."),
      Example("accords regions --with-partners", "Only regions with a partner on record."),
    ],
    options: [
      .value(
        "country", short: "c", valueName: "country", help: "Only regions of this country.",
        allowedValues: ["india", "japan"]),
      .flag("with-partners", help: "Only regions with at least one partnership."),
      FieldSelection.option(FieldSet.regions.names), CommonOptions.format(), CommonOptions.json,
    ])

  static let countries = ValueMatcher(
    entries: Country.allCases.map {
      .init(value: $0, canonical: $0.name.lowercased(), spellings: [$0.rawValue, $0.name])
    })

  static let command = Subcommand(spec: spec) { (parsed, context) throws(CommandFailure) -> String in
    let format: OutputFormat
    let country: Country?
    let chosen: [String]?
    do throws(UsageError) {
      format = try OutputFormat.chosen(in: parsed)
      chosen = try FieldSelection.chosen(parsed, valid: FieldSet.regions.names)
      country = try parsed.value("country").map { text throws(UsageError) in
        try countries.match(text, option: "--country <country>")
      }
    } catch {
      throw .usage(error)
    }
    let catalog = context.catalog
    let regions = catalog.regions.filter { region in
      (country == nil || region.country == country)
        && (!parsed.flag("with-partners") || !catalog.partnerships(involving: region.code).isEmpty)
    }
    func listing() -> Listing {
      Listing(
        columns: [.init("code"), .init("name"), .init("japanese"), .init("kind"), .init("partners")],
        rows: regions.map { region in
          [
            region.code.rawValue, region.name, region.nameJa ?? "",
            region.prefectureSuffix.map { "\(region.kind.displayName) (\($0))" } ?? region.kind.displayName,
            String(catalog.partnerships(involving: region.code).count),
          ]
        },
        noun: ("region", "regions"), total: catalog.regions.count)
    }
    return ListingOutput.render(
      listing(), records: regions, json: context.records.region, fields: .regions, chosen: chosen,
      context: FieldContext(catalog: catalog), kind: "region", format: format, style: context.style)
  }
}

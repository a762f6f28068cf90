import AccordsCore
import CommandLineKit

/// `accords partners <name>`: the partners of a state or prefecture, from either side.
enum PartnersCommand {
  static let spec = CommandSpec(
    name: "partners",
    abstract: "Look up the partner prefectures of an Indian state, or the partner states of a prefecture.",
    discussion:
      "Names match without regard to case, spacing or diacritics; ISO 3166-2 codes (IN-TN, JP-38) and names in Japanese script work too. A region with no partner on record is not an error.",
    examples: [
      Example("accords partners Tamil Nadu", "Tamil Nadu's five partner prefectures, with dates and status."),
      Example("accords partners Toyama", "Toyama's partner state (Andhra Pradesh)."),
      Example("accords partners IN-GJ --json", "Gujarat's two partners, as JSON."),
    ],
    arguments: [
      ArgumentSpec(
        "name", help: "A state, union territory or prefecture: its name, Japanese name or ISO code; quotes optional.",
        takesWords: true, completion: .command(["__complete", "regions"]))
    ],
    options: [StatusDay.option, FieldSelection.option(fields.names), CommonOptions.format(), CommonOptions.json])

  /// A partnership's fields, led by the partner's code and name, as seen from the region asked.
  static let fields = FieldSet.partnerships(leading: [
    Field("partner") { _, _ in .empty }, Field("partnerName") { _, _ in .empty },
  ])

  static func fields(seenFrom region: Region.Code) -> FieldSet<Partnership> {
    FieldSet.partnerships(leading: [
      Field("partner") { .optional($0.partner(of: region)?.rawValue) },
      Field("partnerName") { partnership, context in
        .optional(partnership.partner(of: region).flatMap(context.catalog.region)?.name)
      },
    ])
  }

  static let command = Subcommand(spec: spec) { (parsed, context) throws(CommandFailure) -> String in
    let format: OutputFormat
    let day: PartialDate?
    let chosen: [String]?
    do throws(UsageError) {
      format = try OutputFormat.chosen(in: parsed)
      chosen = try FieldSelection.chosen(parsed, valid: fields.names)
      day = try StatusDay.asked(parsed)
    } catch {
      throw .usage(error)
    }
    let catalog = context.catalog
    let (region, reason) = try RegionLookup.resolve(parsed.arguments[0], in: catalog)
    let partnerships = catalog.partnerships(involving: region.code)
    // Recipes, not values: only the format asked for is built.
    func json() -> JSONValue {
      .array(partnerships.map { context.records(on: day).partnership($0, seenFrom: region.code) })
    }
    func listing() -> Listing {
      Listing(
        columns: [
          .init("partner"), .init("code"), .init("kind", wraps: true), .init("signed"), .init("renewed", wraps: true),
          .init("status", wraps: true), .init("title", wraps: true),
        ],
        rows: partnerships.map { partnership in
          let partner = partnership.partner(of: region.code).flatMap(catalog.region)
          return [
            partner?.name ?? "", partner?.code.rawValue ?? "", partnership.kind.displayName,
            partnership.signed?.readable ?? "", partnership.renewals.map(\.date.readable).cellList,
            partnership.status(on: day ?? catalog.dataset.asOf).readable, partnership.title,
          ]
        },
        noun: ("partner", "partners"))
    }
    guard format == .table, chosen == nil else {
      return ListingOutput.render(
        listing(), json: json(),
        table: fields(seenFrom: region.code).table(
          partnerships, context: FieldContext(catalog: catalog, day: day), chosen: chosen),
        chosen: chosen, kind: "partnership", format: format, style: context.style)
    }

    let side = region.country == .india ? "prefecture" : "state"
    var output = ""
    if partnerships.isEmpty {
      output = "\(RegionLookup.label(region, reason: reason)) has no partner \(side) on record.\n"
    } else {
      let count = partnerships.count == 1 ? "1 partner \(side)" : "\(partnerships.count) partner \(side)s"
      let heading = "\(RegionLookup.label(region, reason: reason)): \(count)"
      output =
        TextWrapping.wrap(heading, width: context.style.width).map(context.style.bold).joined(separator: "\n") + "\n\n"
      output += TableRenderer.render(listing(), style: context.style, showsCount: false)
    }
    for note in region.notes {
      output += "\n" + NoteText.render(note, catalog: catalog, style: context.style)
    }
    return output
  }
}

/// Finds the region a person means, or explains why none was found.
enum RegionLookup {
  /// The region `name` resolves to, and how it was understood; the domain decides, this says
  /// what went wrong in words.
  static func resolve(_ name: String, in catalog: Catalog) throws(CommandFailure) -> (Region, NameResolver.Reason) {
    switch catalog.region(named: name) {
    case .found(let region, let reason):
      return (region, reason)
    case .ambiguous(let regions):
      throw .notFound(
        "'\(UsageError.shortened(name))' could mean more than one region: \(regions.map { label($0) }.joined(separator: "; ")). "
          + "Give its ISO code instead.")
    case .notFound(let suggestions):
      if let pointer = cityPointer(name, in: catalog, command: "partners") { throw .notFound(pointer) }
      throw .notFound(
        "No state, union territory or prefecture is named '\(UsageError.shortened(name))'."
          + ErrorReport.hint(
            suggestions, otherwise: "Try 'accords regions' for the list of states, union territories and prefectures."))
    }
  }

  /// `Mumbai is a city in Maharashtra (IN-MH), not a state or union territory: accords partners
  /// Maharashtra`, when `name` is a city the gazetteer lists; `nil` otherwise.
  static func cityPointer(_ name: String, in catalog: Catalog, command: String) -> String? {
    guard let (city, region) = catalog.city(named: name) else { return nil }
    let typed = TextFolding.compact(name) == TextFolding.compact(city.name) ? city.name : "\(name) (\(city.name))"
    let what = region.country == .india ? "a state or union territory" : "a prefecture"
    return TerminalText.escaped(
      "\(typed) is a city in \(region.name) (\(region.code)), not \(what): accords \(command) \(ShellWord.quoted(region.name))"
    )
  }

  /// `Tamil Nadu (IN-TN, state)`, `Ehime 愛媛県 (JP-38, prefecture)`, or, when found through an
  /// alias, `Uttarakhand (IN-UK, formerly Uttaranchal)`.
  static func label(_ region: Region, reason: NameResolver.Reason = .exact) -> String {
    // Prefectures show their Japanese name, which Japanese readers search by.
    let name =
      region.prefectureSuffix != nil ? region.nameJa.map { "\(region.name) \($0)" } ?? region.name : region.name
    // Names come from the catalog and may hold control characters; the label goes to a terminal.
    if case .alias(let alias) = reason {
      return TerminalText.escaped("\(name) (\(region.code), \(alias.readable))")
    }
    return TerminalText.escaped("\(name) (\(region.code), \(region.kind.displayName))")
  }
}

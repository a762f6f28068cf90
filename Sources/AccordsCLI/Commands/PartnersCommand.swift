import AccordsCore
import CommandLineKit

/// `accords partners <name>`: the partners of a state or prefecture, from either side; several
/// regions at once when their names are separated by commas.
enum PartnersCommand {
  static let spec = CommandSpec(
    name: "partners",
    abstract: "Look up the partner prefectures of an Indian state, or the partner states of a prefecture.",
    discussion:
      "Names match without regard to case, spacing or diacritics; ISO 3166-2 codes (IN-TN, JP-38) and names in Japanese script work too. Several regions, separated by commas, are looked up together. A region with no partner on record is not an error.",
    examples: [
      Example("accords partners Tamil Nadu", "Tamil Nadu's five partner prefectures, with dates and status."),
      Example("accords partners Toyama", "Toyama's partner state (Andhra Pradesh)."),
      Example("accords partners Gujarat, Kerala, Kochi", "Three regions at once."),
      Example("accords partners IN-GJ --json", "Gujarat's two partners, as JSON."),
    ],
    arguments: [
      ArgumentSpec(
        "name",
        help:
          "A state, union territory or prefecture: its name, Japanese name or ISO code; quotes optional; several separated by commas.",
        takesWords: true, completion: .command(["__complete", "regions"]))
    ],
    options: [StatusDay.option, FieldSelection.option(fields.names), CommonOptions.format(), CommonOptions.json])

  /// A partnership's fields, led by the region asked about and the partner's code and name.
  static let fields = fields(seenFrom: Region.Code(rawValue: ""))

  static func fields(seenFrom region: Region.Code) -> FieldSet<Partnership> {
    FieldSet.partnerships(leading: [
      Field("region") { _, _ in .text(region.rawValue) },
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
    var regions: [(region: Region, reason: NameResolver.Reason)] = []
    for name in names(in: parsed.arguments[0]) {
      let found = try RegionLookup.resolve(name, in: catalog)
      if !regions.contains(where: { $0.region.code == found.0.code }) { regions.append(found) }
    }
    if format == .table, chosen == nil {
      return regions.map { section($0.region, reason: $0.reason, day: day, context: context) }.joined(separator: "\n")
    }
    let several = regions.count > 1
    let pairs = regions.flatMap { entry in catalog.partnerships(involving: entry.region.code).map { (entry.region, $0) }
    }
    // Recipes, not values: only the format asked for is built.
    func json() -> JSONValue {
      .array(pairs.map { context.records(on: day).partnership($1, seenFrom: $0.code) })
    }
    func table() -> RecordTable {
      let tables = regions.map { entry in
        fields(seenFrom: entry.region.code).table(
          catalog.partnerships(involving: entry.region.code), context: FieldContext(catalog: catalog, day: day),
          chosen: chosen)
      }
      return RecordTable(columns: tables.first?.columns ?? [], rows: tables.flatMap(\.rows))
    }
    let rows = pairs.map { region, partnership in
      (several ? [region.name] : []) + row(partnership, seenFrom: region.code, day: day, catalog: catalog)
    }
    return ListingOutput.render(
      Listing(columns: (several ? [.init("region")] : []) + columns, rows: rows, noun: ("partner", "partners")),
      json: json(), table: table(), chosen: chosen, kind: "partnership", format: format, style: context.style)
  }

  /// The names in the argument: one, or several separated by commas.
  static func names(in argument: String) -> [String] {
    let names = argument.split(separator: ",").map { piece in
      String(piece.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }.filter { !$0.isEmpty }
    return names.isEmpty ? [argument] : names
  }

  static let columns: [Listing.Column] = [
    .init("partner"), .init("code"), .init("kind", wraps: true), .init("signed"), .init("renewed", wraps: true),
    .init("status", wraps: true), .init("title", wraps: true),
  ]

  static func row(_ partnership: Partnership, seenFrom region: Region.Code, day: PartialDate?, catalog: Catalog)
    -> [String]
  {
    let partner = partnership.partner(of: region).flatMap(catalog.region)
    return [
      partner?.name ?? "", partner?.code.rawValue ?? "", partnership.kind.displayName,
      partnership.signed?.readable ?? "", partnership.renewals.map(\.date.readable).cellList,
      partnership.status(on: day ?? catalog.dataset.asOf).readable, partnership.title,
    ]
  }

  /// One region's partners for a terminal: a heading, the table, the region's notes.
  static func section(_ region: Region, reason: NameResolver.Reason, day: PartialDate?, context: CommandContext)
    -> String
  {
    let catalog = context.catalog
    let partnerships = catalog.partnerships(involving: region.code)
    let side = region.country == .india ? "prefecture" : "state"
    var output = ""
    if partnerships.isEmpty {
      output = "\(RegionLookup.label(region, reason: reason)) has no partner \(side) on record.\n"
    } else {
      let count = partnerships.count == 1 ? "1 partner \(side)" : "\(partnerships.count) partner \(side)s"
      let heading = "\(RegionLookup.label(region, reason: reason)): \(count)"
      output =
        TextWrapping.wrap(heading, width: context.style.width).map(context.style.bold).joined(separator: "\n") + "\n\n"
      let listing = Listing(
        columns: columns, rows: partnerships.map { row($0, seenFrom: region.code, day: day, catalog: catalog) },
        noun: ("partner", "partners"))
      output += TableRenderer.render(listing, style: context.style, showsCount: false)
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

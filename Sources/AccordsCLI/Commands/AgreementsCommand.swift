import AccordsCore
import CommandLineKit

/// `accords agreements`: the documents, newest first, filtered by type, area, party, text,
/// visit or date.
enum AgreementsCommand {
  static let spec = CommandSpec(
    name: "agreements", aliases: ["ls"],
    abstract: "List the documents: agreements, MoUs, MoCs, declarations, statements and plans, newest first.",
    discussion:
      "Filters combine: a document must match every option given, and any one value of a repeated option. Dates are the day a document was exchanged, adopted or announced; --since and --until take YYYY, YYYY-MM or YYYY-MM-DD, and keep a document known only to its month or year when that period reaches the date.",
    examples: [
      Example("accords agreements --type moc", "The memoranda of cooperation."),
      Example(
        "accords agreements --visit 2016", "What the 2016 summit produced, the civil nuclear agreement among it."),
      Example("accords agreements --since 2015 --until 2017 -f csv", "Three years of documents, as CSV."),
      Example("accords agreements --area ecological-legacies --json", "Documents serving area IV, as JSON."),
    ],
    options: [
      .value(
        "type", short: "t", valueName: "type", help: "Only documents of this type.",
        allowedValues: DocumentType.allCases.map(\.rawValue), isRepeatable: true
      ).describing(Dictionary(uniqueKeysWithValues: DocumentType.allCases.map { ($0.rawValue, $0.displayName) })),
      .value(
        "area", short: "a", valueName: "area",
        help: "Only documents serving this Joint Vision area, by id, number (4 or IV) or name.",
        isRepeatable: true, completion: .command(["__complete", "areas"])),
      .value(
        "party", short: "p", valueName: "name",
        help:
          "Only documents with this party, by name, short form or Japanese name (METI, 経済産業省), or words of its name.",
        completion: .command(["__complete", "parties"])),
      .value(
        "search", short: "s", valueName: "words",
        help: "Only documents holding all these words, found as 'accords search' finds them."),
      VisitSelection.option,
      .value(
        "since", valueName: "date", help: "Only documents dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
      .value("until", valueName: "date", help: "Only documents dated on or before this date."),
      .value(
        "status", valueName: "status",
        help: "Only documents with this status on the as-of date, worked out from their recorded life.",
        allowedValues: InstrumentStatus.Kind.allCases.map(\.rawValue), isRepeatable: true
      ).describing(
        Dictionary(uniqueKeysWithValues: InstrumentStatus.Kind.allCases.map { ($0.rawValue, $0.displayName) })),
      .flag("in-force", help: "Only documents in force on the as-of date; short for --status in-force."),
      StatusDay.option,
      FieldSelection.option(FieldSet.agreements.names),
      CommonOptions.format(),
      CommonOptions.json,
    ])

  static let command = Subcommand(spec: spec, agreementNeeds: agreementNeeds) {
    (parsed, context) throws(CommandFailure) -> String in
    let format: OutputFormat
    let filter: AgreementFilter
    let chosen: [String]?
    do throws(UsageError) {
      format = try OutputFormat.chosen(in: parsed)
      chosen = try FieldSelection.chosen(parsed, valid: FieldSet.agreements.names)
      filter = try makeFilter(parsed, catalog: context.catalog)
    } catch {
      throw .usage(error)
    }
    let catalog = context.catalog
    var visitFilter = filter
    visitFilter.visits = try VisitSelection(parsed, catalog: catalog).visits
    if let name = parsed.value("party") { visitFilter.parties = try PartyLookup.parties(named: name, in: catalog) }
    let (statuses, day) = try statusFilter(parsed, catalog: catalog)
    let byStatus = statuses.isEmpty && parsed.value("as-of") == nil ? nil : day
    let agreements = catalog.newestAgreements(matching: visitFilter).filter { agreement in
      statuses.isEmpty || statuses.contains(catalog.status(of: agreement, on: day).kind)
    }
    let records = RecordEncoder(catalog: catalog, style: .expanded, asOf: byStatus)
    return ListingOutput.render(
      listing(agreements, catalog: catalog, parsed: parsed, statusOn: byStatus), records: agreements,
      json: records.agreement, fields: .agreements, chosen: chosen, context: FieldContext(catalog: catalog, day: day),
      kind: "agreement", format: format, style: context.style)
  }

  /// The rows, with a `status` column when statuses were asked about, and the line an empty
  /// search shows.
  static func listing(_ agreements: [Agreement], catalog: Catalog, parsed: ParsedCommand, statusOn day: PartialDate?)
    -> Listing
  {
    var columns: [Listing.Column] = [
      .init("id"), .init("type", wraps: true), .init("date"), .init("signed"), .init("visit", wraps: true),
      .init("title", wraps: true),
    ]
    if day != nil { columns.append(.init("status", wraps: true)) }
    let rows = agreements.map { agreement -> [String] in
      var row = [
        agreement.id.rawValue, agreement.type.abbreviation ?? agreement.type.displayName,
        agreement.date?.description ?? "", agreement.signed?.description ?? "",
        agreement.visit.flatMap(catalog.visit)?.shortLabel ?? "", agreement.title,
      ]
      if let day { row.append(StatusText.cell(catalog.status(of: agreement, on: day))) }
      return row
    }
    let emptyLine = parsed.value("search").flatMap(SearchQuery.init).map { query in
      let narrowed = ["type", "area", "party", "visit", "since", "until", "status", "in-force"].contains {
        parsed.value($0) != nil || parsed.flag($0)
      }
      return "No document holds every word of: \(query.tried)" + (narrowed ? " and meets the other filters." : ".")
    }
    return Listing(
      columns: columns, rows: rows, noun: ("agreement", "agreements"), total: catalog.agreements.count,
      emptyLine: emptyLine
    ).markingContested(agreements.map(\.notes))
  }

  /// The agreements the command may show, from what the command line says without the
  /// catalog: every filter but `--area` and `--visit`, which name things in the catalog. Every
  /// agreement whole when the command line is wrong, so the error is reported as usual.
  /// Outlines alone when every column chosen is one an outline holds and no option reads
  /// more of a document (`--search` its text, a status its life's sources).
  static func agreementNeeds(_ parsed: ParsedCommand) -> AgreementNeeds {
    guard let filter = try? makeFilter(parsed, catalog: nil) else { return .whole }
    let chosen = (try? FieldSelection.chosen(parsed, valid: FieldSet.agreements.names)) ?? nil
    let readsMore = ["search", "status", "as-of", "in-force"].contains { parsed.value($0) != nil || parsed.flag($0) }
    if let chosen, !readsMore, chosen.allSatisfy(FieldSet<Agreement>.outlineFields.contains) { return .outlines }
    return .listing(filter)
  }

  /// The filter the command line asks for; without a catalog, `--area` is left out.
  static func makeFilter(_ parsed: ParsedCommand, catalog: Catalog?) throws(UsageError) -> AgreementFilter {
    for option in ["search", "party"] {
      if let text = parsed.value(option), text.count > Catalog.longestQuery {
        throw .tooLong(
          text, option: "--\(option) <\(option == "search" ? "words" : "name")>", limit: Catalog.longestQuery)
      }
    }
    var filter = AgreementFilter(since: try date(parsed, "since"), until: try date(parsed, "until"))
    if let since = filter.since, let until = filter.until, since.firstDay > until.lastDay {
      throw .reversedRange(start: "--since \(since)", end: "--until \(until)")
    }
    for text in parsed.allValues("type") {
      filter.types.insert(try ValueMatcher.documentTypes.match(text, option: "--type <type> ..."))
    }
    guard let catalog else { return filter }
    let areas = ValueMatcher.areas(of: catalog)
    for text in parsed.allValues("area") { filter.areas.insert(try areas.match(text, option: "--area <area>")) }
    if let words = parsed.value("search") {
      filter.among = Set(try SearchQuery.checked(words, option: "--search <words>").agreementHits(in: catalog))
    }
    return filter
  }

  static let statuses = ValueMatcher(
    entries: InstrumentStatus.Kind.allCases.map {
      .init(
        value: $0, canonical: $0.rawValue,
        spellings: [$0.displayName] + ($0 == .ended ? ["terminated", "expired", "lapsed"] : []))
    })

  /// The statuses `--status` and `--in-force` ask for, and the day they are worked out for.
  static func statusFilter(_ parsed: ParsedCommand, catalog: Catalog) throws(CommandFailure) -> (
    Set<InstrumentStatus.Kind>, PartialDate
  ) {
    do throws(UsageError) {
      var wanted: Set<InstrumentStatus.Kind> = parsed.flag("in-force") ? [.inForce] : []
      for text in parsed.allValues("status") { wanted.insert(try statuses.match(text, option: "--status <status>")) }
      return (wanted, try StatusDay.chosen(parsed, catalog: catalog))
    } catch {
      throw .usage(error)
    }
  }

  /// A `--since` or `--until` date, at the precision written.
  static func date(_ parsed: ParsedCommand, _ option: String) throws(UsageError) -> PartialDate? {
    guard let text = parsed.value(option) else { return nil }
    guard let date = PartialDate(text) else {
      throw .invalidDate(text, option: "--\(option) <date>")
    }
    return date
  }
}

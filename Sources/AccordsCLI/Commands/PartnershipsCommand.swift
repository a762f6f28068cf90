import AccordsCore
import CommandLineKit

/// `accords partnerships`: the register of state–prefecture partnerships, with each one's
/// status worked out from its dates.
enum PartnershipsCommand {
  static let spec = CommandSpec(
    name: "partnerships",
    abstract: "List every state–prefecture partnership on record, with its status.",
    discussion:
      "Status comes from the dates, on the catalog's as-of date or the day --as-of names: in force until the end of the last known term, term ended when that date has passed and no renewal was found, no term stated when no source gives one, or not yet signed on a day before the signing.",
    examples: [
      Example("accords partnerships", "All pairs, oldest first, with their status."),
      Example(
        "accords partnerships --renewal-due 12",
        "Terms that end within a year of the as-of date, and terms already ended with no renewal on record."),
      Example("accords partnerships --as-of 2015", "The register as it stood in 2015: what was signed, what ran."),
      Example("accords partnerships --status term-ended", "Partnerships whose last known term has ended."),
      Example("accords partnerships --format dot | dot -Tsvg > pairs.svg", "A picture of the pairs, with Graphviz."),
    ],
    options: [
      .value(
        "status", valueName: "status", help: "Only partnerships with this status.",
        allowedValues: Partnership.Status.Kind.allCases.map(\.rawValue), isRepeatable: true
      ).describing(
        Dictionary(uniqueKeysWithValues: Partnership.Status.Kind.allCases.map { ($0.rawValue, $0.displayName) })),
      .value(
        "renewal-due", valueName: "months",
        help:
          "Only partnerships whose term in force ends within this many months of the as-of date, or whose last known term has ended with no renewal on record."
      ),
      StatusDay.option,
      FieldSelection.option(FieldSet.partnerships.names),
      CommonOptions.format(OutputFormat.graphs),
      CommonOptions.json,
    ])

  static let statuses = ValueMatcher(
    entries: Partnership.Status.Kind.allCases.map {
      .init(value: $0, canonical: $0.rawValue, spellings: [$0.displayName])
    })

  /// Up to a century ahead; beyond that no term is stated anywhere.
  static let monthRange = 0...1200

  static let command = Subcommand(spec: spec) { (parsed, context) throws(CommandFailure) -> String in
    let format: OutputFormat
    var wanted: Set<Partnership.Status.Kind> = []
    var months: Int?
    let asOf: PartialDate
    let chosen: [String]?
    do throws(UsageError) {
      chosen = try FieldSelection.chosen(parsed, valid: FieldSet.partnerships.names)
      asOf = try StatusDay.chosen(parsed, catalog: context.catalog)
      format = try OutputFormat.chosen(in: parsed, allowed: OutputFormat.graphs)
      for text in parsed.allValues("status") { wanted.insert(try statuses.match(text, option: "--status <status>")) }
      if let text = parsed.value("renewal-due") {
        guard let number = Int(text), monthRange.contains(number) else {
          throw .invalidNumber(text, option: "--renewal-due <months>", range: monthRange)
        }
        months = number
      }
    } catch {
      throw .usage(error)
    }
    let catalog = context.catalog
    let partnerships = catalog.partnerships.sorted(by: Partnership.isOlder).filter { partnership in
      (wanted.isEmpty || wanted.contains(partnership.status(on: asOf).kind))
        && (months.map { partnership.isDueForRenewal(withinMonths: $0, of: asOf) } ?? true)
    }
    func name(_ code: Region.Code) -> String { catalog.region(code)?.name ?? code.rawValue }
    return ListingOutput.render(
      Listing(
        columns: [
          .init("id"), .init("state"), .init("prefecture"), .init("kind", wraps: true), .init("signed"),
          .init("renewed", wraps: true), .init("status", wraps: true),
        ],
        rows: partnerships.map {
          [
            $0.id.rawValue, name($0.state), name($0.prefecture), $0.kind.displayName, $0.signed?.readable ?? "",
            $0.renewals.map(\.date.readable).cellList, $0.status(on: asOf).readable,
          ]
        },
        noun: ("partnership", "partnerships"), total: catalog.partnerships.count,
        footnotes: months == nil ? [] : renewalFootnotes(partnerships, on: asOf)
      ).markingContested(partnerships.map(\.notes)),
      json: .array(partnerships.map { context.records(on: asOf).partnership($0) }),
      table: FieldSet.partnerships.table(
        partnerships, context: FieldContext(catalog: catalog, day: asOf), chosen: chosen),
      chosen: chosen, graph: GraphBuilder.partnerships(catalog, only: partnerships), name: spec.name,
      kind: "partnership",
      format: format,
      style: context.style)
  }

  /// Under `--renewal-due`, what a term that has already ended means: no renewal is on record,
  /// which is not proof that none was signed.
  static func renewalFootnotes(_ partnerships: [Partnership], on day: PartialDate) -> [String] {
    let ended = partnerships.filter { $0.status(on: day).kind == .termEnded }
    guard !ended.isEmpty else { return [] }
    let names = ended.map(\.id.rawValue).joined(separator: ", ")
    return [
      "Term ended with no renewal on record: \(names). No source found records a renewal; check with the state and prefecture before quoting it as lapsed."
    ]
  }
}

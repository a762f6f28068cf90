import AccordsCore
import CommandLineKit

/// `accords stats`: counts over the whole catalog and the headline figures.
enum StatsCommand {
  static let spec = CommandSpec(
    name: "stats",
    abstract:
      "Print summary statistics: visits, documents by type, area and party, partnerships, headline figures.",
    discussion:
      "--visit narrows documents, initiatives and figures to those visits (partnerships, regions and sources belong to no visit and are counted whole); --by visit compares the visits side by side instead.",
    examples: [
      Example("accords stats", "The summary, with bar charts on a terminal."),
      Example("accords stats --by visit", "The summits compared: documents by type, recorded of announced."),
      Example("accords stats --visit 2025 --json", "The 2025 summit's numbers as JSON, for scripts."),
    ],
    options: [
      VisitSelection.option,
      .value(
        "by", valueName: "grouping", help: "Compare by this grouping instead of summing up.", allowedValues: ["visit"]),
      StatusDay.option, CommonOptions.format(), CommonOptions.json,
    ])

  /// Counts read nothing of an agreement but its type, visit, areas, parties and dates.
  static let command = Subcommand(spec: spec, agreementNeeds: countsOnly) {
    (parsed, context) throws(CommandFailure) -> String in
    let format: OutputFormat
    let day: PartialDate?
    do throws(UsageError) {
      format = try OutputFormat.chosen(in: parsed)
      day = try StatusDay.asked(parsed)
      if let grouping = parsed.value("by") { _ = try byMatcher.match(grouping, option: "--by <grouping>") }
    } catch {
      throw .usage(error)
    }
    let summary = Summary(
      of: context.catalog, visits: try VisitSelection(parsed, catalog: context.catalog).visits, on: day)
    if parsed.value("by") != nil {
      switch format {
      case .table: return StatsReport(summary: summary, style: context.style).byVisit
      case .json: return StatsJSON.byVisit(summary).prettyPrintedLine
      default:
        return ListingOutput.render(
          byVisitListing(summary), json: .null, table: RecordTable(listing: byVisitListing(summary)),
          kind: "visit-count",
          format: format, style: context.style)
      }
    }
    switch format {
    case .table: return StatsReport(summary: summary, style: context.style).text
    case .json: return StatsJSON.value(of: summary, records: context.records(on: day)).prettyPrintedLine
    default:
      return ListingOutput.render(
        listing(of: summary), json: .null, table: RecordTable(listing: listing(of: summary)), kind: "count",
        format: format, style: context.style)
    }
  }

  static let byMatcher = ValueMatcher(entries: [
    .init(value: "visit", canonical: "visit", spellings: ["visits", "summit"])
  ])

  /// One row per visit and document type, with the visit's coverage, for plain, CSV, Markdown.

  /// What `stats` needs of the agreements: counts, whatever the command line.
  @Sendable static func countsOnly(_: ParsedCommand) -> AgreementNeeds { .outlines }

  static func byVisitListing(_ summary: Summary) -> Listing {
    Listing(
      columns: [
        .init("visit"), .init("id"), .init("documents"), .init("recorded"), .init("announced"), .init("type"),
        .init("count"),
      ],
      rows: summary.visits.flatMap { entry in
        let announced = entry.coverage.announced.map { "\($0.count) \($0.scope.rawValue)" }.joined(separator: "; ")
        let base = [
          entry.visit.shortLabel, entry.visit.id.rawValue, String(entry.coverage.documents),
          String(entry.coverage.recorded), announced,
        ]
        return entry.byType.isEmpty
          ? [base + ["", "0"]] : entry.byType.map { base + [$0.label.rawValue, String($0.count)] }
      },
      noun: ("row", "rows"))
  }

  /// The counts as `section, item, count` rows, for the plain, CSV and Markdown formats.
  static func listing(of summary: Summary) -> Listing {
    var rows: [[String]] = summary.visits.map { ["visits", $0.visit.id.rawValue, String($0.coverage.documents)] }
    rows.append(["agreements", "total", String(summary.totalAgreements)])
    rows += summary.agreementsByType.map { ["agreements by type", $0.label.rawValue, String($0.count)] }
    rows += summary.agreementsByTiming.map { ["agreements by timing", $0.label.rawValue, String($0.count)] }
    rows += summary.agreementsByStatus.map { ["agreements by status", $0.label.rawValue, String($0.count)] }
    rows += summary.agreementsByDecade.map { ["agreements by decade", "\($0.label)s", String($0.count)] }
    rows.append(["agreements by decade", "undated", String(summary.undatedAgreements)])
    for (category, decades) in summary.coverageByCategory {
      rows += decades.map {
        ["\(category.rawValue) by decade", $0.label == 0 ? "undated" : "\($0.label)s", String($0.count)]
      }
    }
    rows += summary.byArea.map { ["agreements by area", $0.area.id.rawValue, String($0.agreements)] }
    rows.append(["agreements by area", "none", String(summary.agreementsWithoutArea)])
    rows += summary.byArea.map { ["initiatives by area", $0.area.id.rawValue, String($0.initiatives)] }
    rows += summary.agreementsByParty.map { ["agreements by party", $0.label, String($0.count)] }
    rows += summary.agreementsByTopBody.map { ["agreements by top body", $0.label, String($0.count)] }
    rows.append(["initiatives", "total", String(summary.totalInitiatives)])
    rows.append(["partnerships", "total", String(summary.totalPartnerships)])
    rows += summary.partnershipsByDecade.map { ["partnerships by decade", "\($0.label)s", String($0.count)] }
    rows += summary.partnershipsByKind.map { ["partnerships by kind", $0.label.rawValue, String($0.count)] }
    rows += summary.partnershipsByStatus.map { ["partnerships by status", $0.label.rawValue, String($0.count)] }
    rows += summary.partnershipsByState.map { ["partnerships by state", $0.label, String($0.count)] }
    rows += summary.partnershipsByPrefecture.map { ["partnerships by prefecture", $0.label, String($0.count)] }
    rows += summary.regionsByKind.map { ["regions by kind", $0.label.rawValue, String($0.count)] }
    rows.append(["regions", "with a partner", String(summary.partneredRegions)])
    rows.append(["sources", "total", String(summary.totalSources)])
    rows += summary.sourcesByKind.map { ["sources by kind", $0.label.rawValue, String($0.count)] }
    return Listing(
      columns: [.init("section"), .init("item"), .init("count")], rows: rows, noun: ("count", "counts"))
  }
}

/// The summary as JSON: counts keyed by their label, in a fixed order.
enum StatsJSON {
  /// Each visit, oldest first: its documents recorded, the counts announced, and by type.
  static func byVisit(_ summary: Summary) -> JSONValue {
    .array(
      summary.visits.map { entry in
        .object([
          "id": .string(entry.visit.id.rawValue), "title": .string(entry.visit.title),
          "ordinal": entry.visit.ordinal.map(JSONValue.int), "start": .string(entry.visit.start.description),
          "documents": .int(entry.coverage.documents), "recorded": .int(entry.coverage.recorded),
          "announced": .array(
            entry.coverage.announced.map { .object(["count": .int($0.count), "counts": .string($0.scope.rawValue)]) }),
          "coverage": .string(entry.coverage.sentence),
          "byType": .object(entry.byType.map { (key: $0.label.rawValue, value: .int($0.count)) }),
        ])
      })
  }

  static func value(of summary: Summary, records: RecordEncoder) -> JSONValue {
    func counts<Label>(_ counts: [Summary.Count<Label>], key: (Label) -> String) -> JSONValue {
      .object(counts.map { (key: key($0.label), value: .int($0.count)) })
    }
    return .object([
      "dataset": .object([
        "name": .string(summary.dataset.name), "version": .string(summary.dataset.version),
        "asOf": .string(summary.dataset.asOf.description),
      ]),
      "statusesOn": .string(summary.statusDay.description),
      "visits": byVisit(summary),
      "agreements": .object([
        "total": .int(summary.totalAgreements),
        "byType": counts(summary.agreementsByType) { $0.rawValue },
        "byArea": .object(summary.byArea.map { (key: $0.area.id.rawValue, value: .int($0.agreements)) }),
        "withoutArea": .int(summary.agreementsWithoutArea),
        "byParty": counts(summary.agreementsByParty) { $0 },
        "byTopBody": counts(summary.agreementsByTopBody) { $0 },
        "withoutParties": .int(summary.agreementsWithoutParties),
        "byTiming": counts(summary.agreementsByTiming) { $0.rawValue },
        "byStatus": counts(summary.agreementsByStatus) { $0.rawValue },
        "byDecade": counts(summary.agreementsByDecade) { "\($0)s" },
        "undated": .int(summary.undatedAgreements),
        "byCategoryAndDecade": .object(
          summary.coverageByCategory.map { entry in
            (key: entry.category.rawValue, value: counts(entry.byDecade) { $0 == 0 ? "undated" : "\($0)s" })
          }),
      ]),
      "initiatives": .object([
        "total": .int(summary.totalInitiatives),
        "byArea": .object(summary.byArea.map { (key: $0.area.id.rawValue, value: .int($0.initiatives)) }),
      ]),
      "partnerships": .object([
        "total": .int(summary.totalPartnerships),
        "byDecade": counts(summary.partnershipsByDecade) { "\($0)s" },
        "byKind": counts(summary.partnershipsByKind) { $0.rawValue },
        "byStatus": counts(summary.partnershipsByStatus) { $0.rawValue },
        "byState": counts(summary.partnershipsByState) { $0 },
        "byPrefecture": counts(summary.partnershipsByPrefecture) { $0 },
      ]),
      "regions": .object([
        "byKind": counts(summary.regionsByKind) { $0.rawValue },
        "withPartners": .int(summary.partneredRegions),
      ]),
      "figures": .array(summary.figures.map(records.figure)),
      "sources": .object([
        "total": .int(summary.totalSources),
        "byKind": counts(summary.sourcesByKind) { $0.rawValue },
      ]),
    ])
  }
}

import AccordsCore
import CommandLineKit

/// `accords visits`: the summits and visits on record, newest first, with how much of what each
/// produced the catalog holds.
enum VisitsCommand {
  static let formats = OutputFormat.listings + [.mermaid]

  static let spec = CommandSpec(
    name: "visits",
    abstract:
      "List the summits and visits on record: number, dates, places, leaders, documents recorded and announced.",
    discussion:
      "DOCS counts every document the catalog records for a visit — the number 'accords agreements --visit' lists and stats, CSV, JSON and SQL count. AGREEMENTS leaves out the leaders' own statements (joint statements, visions, fact sheets), which is what a count of 'agreements signed' is set against. ANNOUNCED gives each count the sources give, with what it counts; where sources disagree, every count is shown. No official listing gives this, and the catalog never pads a visit to match.",
    examples: [
      Example("accords visits", "Every visit, newest first, with a bar chart on a terminal."),
      Example("accords show 13th summit", "One summit in full: a year, a number or a place also names it."),
      Example("accords visits --format mermaid", "The visits as a Mermaid timeline, for a GitHub page."),
    ],
    options: [FieldSelection.option(FieldSet.visits.names), CommonOptions.format(formats), CommonOptions.json])

  static let command = Subcommand(spec: spec) { (parsed, context) throws(CommandFailure) -> String in
    let format: OutputFormat
    let chosen: [String]?
    do throws(UsageError) {
      format = try OutputFormat.chosen(in: parsed, allowed: formats)
      chosen = try FieldSelection.chosen(parsed, valid: FieldSet.visits.names)
    } catch {
      throw .usage(error)
    }
    let catalog = context.catalog
    let visits = catalog.visits.sorted(by: Visit.isEarlier).reversed().map { $0 }
    func coverage(_ visit: Visit) -> Coverage { catalog.coverage(of: visit) }
    if format == .mermaid { return timeline(visits.reversed(), coverage: coverage) }
    let listing = {
      Listing(
        columns: [
          .init("no"), .init("dates"), .init("id"), .init("places", wraps: true), .init("leaders", wraps: true),
          .init("docs"), .init("agreements"), .init("announced", wraps: true),
        ],
        rows: visits.map { visit in
          [
            visit.ordinal.map { Visit.ordinalWord($0) + (visit.ordinalIsDerived ? "*" : "") } ?? "",
            dates(visit), visit.id.rawValue, visit.places.map(\.name).cellList,
            visit.leaders.map { catalog.person($0.person)?.name ?? $0.person.rawValue }.cellList,
            String(coverage(visit).documents), String(coverage(visit).agreements), coverage(visit).announcedCell,
          ]
        },
        noun: ("visit", "visits"),
        footnotes: visits.contains(where: \.ordinalIsDerived) ? ["* derived: no source states the number."] : [])
    }
    var output = ListingOutput.render(
      listing(), json: .array(visits.map(context.records.visit)),
      table: FieldSet.visits.table(visits, context: FieldContext(catalog: catalog), chosen: chosen), chosen: chosen,
      kind: "visit", format: format, style: context.style)
    if format == .table, chosen == nil, !visits.isEmpty {
      // Bars on a terminal, or into a pipe when colour was asked for (`--color always`).
      if context.style.isTerminal || context.style.usesColor {
        output += "\n" + bars(visits.reversed(), coverage: coverage, style: context.style)
      }
    }
    return output
  }

  /// `29–30 Aug 2025`, `31 Aug 2014 – 3 Sep 2014`.
  static func dates(_ visit: Visit) -> String {
    visit.start == visit.end ? visit.start.readable : "\(visit.start.readable) – \(visit.end.readable)"
  }

  /// On a terminal, the visits oldest first as bars of documents recorded, each marked against
  /// the largest count announced; the table above says what each count counts.
  static func bars(_ visits: [Visit], coverage: (Visit) -> Coverage, style: OutputStyle) -> String {
    let largest = max(1, visits.map { max(coverage($0).recorded, coverage($0).largestAnnounced ?? 0) }.max() ?? 1)
    func figures(_ cover: Coverage) -> String {
      guard let announced = cover.largestAnnounced else { return String(cover.recorded) }
      return cover.recorded > announced
        ? "\(cover.recorded) (\(announced) announced)" : "\(cover.recorded) of \(announced)"
    }
    let labelWidth = visits.map { TextWrapping.width($0.shortLabel) }.max() ?? 0
    let figuresWidth = visits.map { figures(coverage($0)).count }.max() ?? 0
    let barSpace = max(10, min(50, style.width - labelWidth - figuresWidth - 5))
    // A visit with any document recorded shows at least one block, so that no bar reads as none.
    func blocks(_ count: Int) -> Int { BarScale.blocks(count, largest: largest, space: barSpace) }
    let title = "Recorded (█) of largest count announced (░), oldest first"
    var lines = TextWrapping.wrap(title, width: style.isTerminal ? style.width : Int.max).map(style.bold)
    for visit in visits {
      let cover = coverage(visit)
      let recorded = blocks(cover.recorded)
      let announced = max(recorded, blocks(cover.largestAnnounced ?? 0))
      let bar = String(repeating: "█", count: recorded) + String(repeating: "░", count: announced - recorded)
      lines.append(
        "  " + TextWrapping.padded(TerminalText.escaped(visit.shortLabel), to: labelWidth) + "  " + bar + " "
          + figures(cover))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A Mermaid `timeline`: one period per visit, oldest first, with its places and coverage.
  static func timeline(_ visits: [Visit], coverage: (Visit) -> Coverage) -> String {
    // Colons separate a timeline's events, `#` starts a comment and `%%` a comment or a
    // directive that reconfigures the renderer: none may pass through.
    func text(_ value: String) -> String {
      TerminalText.escaped(value).replacingAll(":", with: " ").replacingAll("#", with: " ").replacingAll("%", with: " ")
    }
    var lines = ["timeline", "  title India–Japan summits and visits on record"]
    for visit in visits {
      let number = visit.ordinal.map { Visit.ordinalWord($0) + " annual summit" } ?? visit.title
      let places = visit.places.map(\.name).joined(separator: ", ")
      lines.append(
        "  \(text(visit.start.description)) : \(text(number + (places.isEmpty ? "" : " (\(places))"))) : \(text(coverage(visit).sentence))"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

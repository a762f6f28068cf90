import AccordsCore
import CommandLineKit

/// The summary written for people. On a terminal it draws horizontal bar charts and wraps to
/// the width; into a pipe it prints the same lines unwrapped and without bars.
struct StatsReport {
  let summary: Summary
  let style: OutputStyle

  var text: String {
    var sections: [String] = []
    let dataset = summary.dataset
    sections.append(
      style.bold(TerminalText.escaped(dataset.name)) + "\n"
        + paragraph(
          "Data version \(TerminalText.escaped(dataset.version)), sources checked up to \(dataset.asOf.readable).",
          indent: 0))

    if !summary.visits.isEmpty {
      sections.append(
        heading("Visits: \(summary.visits.count)")
          + summary.visits.map { entry in
            paragraph("\(TerminalText.escaped(entry.visit.shortLabel)): \(entry.coverage.sentence)", indent: 2)
          }.joined(separator: "\n"))
    }
    if summary.isNarrowedToVisits {
      sections.append(
        paragraph(
          "Documents, initiatives and figures are those of the visits above; partnerships, regions and sources belong to no visit and are counted whole.",
          indent: 0))
    }

    let types = summary.agreementsByType.filter { $0.count > 0 }
    sections.append(
      heading("Agreements: \(summary.totalAgreements)")
        + chart(types.map { ($0.label.displayName + ($0.label.abbreviation.map { " (\($0))" } ?? ""), $0.count) }))

    sections.append(
      heading("Agreements by status on \(summary.statusDay.readable)")
        + chart(summary.agreementsByStatus.filter { $0.count > 0 }.map { ($0.label.displayName, $0.count) }))
    var decades = summary.agreementsByDecade.map { ("\($0.label)s", $0.count) }
    if summary.undatedAgreements > 0 { decades.append(("undated", summary.undatedAgreements)) }
    sections.append(heading("Agreements by decade") + chart(decades))
    sections.append(
      heading("Recorded by kind of instrument and decade")
        + summary.coverageByCategory.filter { !$0.byDecade.isEmpty }.map { entry in
          paragraph(
            "\(entry.category.displayName): "
              + entry.byDecade.map { "\($0.label == 0 ? "undated" : "\($0.label)s") \($0.count)" }.joined(
                separator: ", "),
            indent: 2)
        }.joined(separator: "\n"))
    sections.append(
      heading("Agreements by when signed, against their visit")
        + chart(summary.agreementsByTiming.map { ($0.label.displayName, $0.count) }))

    var areaRows = summary.byArea.map { ("\($0.area.romanNumeral). \($0.area.name)", $0.agreements) }
    areaRows.append(("(no area)", summary.agreementsWithoutArea))
    sections.append(heading("Agreements by Joint Vision area") + chart(areaRows))
    sections.append(
      heading("Initiatives by Joint Vision area: \(summary.totalInitiatives) initiatives")
        + chart(summary.byArea.map { ("\($0.area.romanNumeral). \($0.area.name)", $0.initiatives) }))

    var parties = summary.agreementsByParty.map { ($0.label, $0.count) }
    parties.append(("(parties not named in the sources)", summary.agreementsWithoutParties))
    sections.append(heading("Agreements by party") + chart(parties))
    sections.append(
      heading("Agreements by party, rolled up to the top body")
        + chart(summary.agreementsByTopBody.map { ($0.label, $0.count) }))

    sections.append(
      heading("Partnerships: \(summary.totalPartnerships)")
        + chart(summary.partnershipsByDecade.map { ("signed in the \($0.label)s", $0.count) })
        + "\n" + chart(summary.partnershipsByKind.filter { $0.count > 0 }.map { ($0.label.displayName, $0.count) })
        + "\n"
        + chart(
          summary.partnershipsByStatus.filter { $0.count > 0 || $0.label != .notYetSigned }.map {
            ("\($0.label.displayName) on \(summary.statusDay.readable)", $0.count)
          }))
    sections.append(
      heading("Partnerships by state") + chart(summary.partnershipsByState.map { ($0.label, $0.count) }))
    sections.append(
      heading("Partnerships by prefecture") + chart(summary.partnershipsByPrefecture.map { ($0.label, $0.count) }))

    let regions = summary.regionsByKind.map { "\($0.count) \($0.label.pluralName)" }.joined(separator: ", ")
    sections.append(
      heading("Gazetteer") + paragraph("\(regions); \(summary.partneredRegions) with a partner on record", indent: 2))

    sections.append(heading("Headline figures") + figures())

    let kinds = summary.sourcesByKind.map { "\($0.count) \($0.label.rawValue)" }.joined(separator: ", ")
    sections.append(heading("Sources: \(summary.totalSources)") + paragraph(kinds, indent: 2))
    return sections.joined(separator: "\n\n") + "\n"
  }

  /// The visits compared, oldest first: documents recorded against announced, then each
  /// visit's documents by type.
  var byVisit: String {
    var sections = [
      heading("Recorded by visit, of the largest count announced")
        + chart(
          summary.visits.map { ("\($0.visit.shortLabel) (of \(Self.largestCount($0.coverage)))", $0.coverage.recorded) }
        )
    ]
    // One scale for every visit's chart, so that one statement in 2006 draws as long as one
    // memorandum in 2025, not as long as four.
    let scale = summary.visits.flatMap { $0.byType.map(\.count) }.max() ?? 1
    for entry in summary.visits {
      sections.append(
        heading("\(entry.visit.title) — \(entry.coverage.sentence)")
          + (entry.byType.isEmpty
            ? paragraph("no documents recorded", indent: 2)
            : chart(entry.byType.map { ($0.label.displayName, $0.count) }, scale: scale)))
    }
    return sections.joined(separator: "\n\n") + "\n"
  }

  /// `13 documents`, `10 agreements`, `?`: what a visit's bar is measured against.
  private static func largestCount(_ coverage: Coverage) -> String {
    coverage.announced.first.map { "\($0.count) \($0.scope.rawValue)" } ?? "?"
  }

  /// A section's heading, in bold, wrapped to the width on a terminal.
  private func heading(_ text: String) -> String {
    let escaped = TerminalText.escaped(text)
    let lines = style.isTerminal ? TextWrapping.wrap(escaped, width: style.width) : [escaped]
    return lines.map(style.bold).joined(separator: "\n") + "\n"
  }

  /// Whether charts draw bars: on a terminal, or wherever colour was asked for (`--color always`).
  private var drawsBars: Bool { style.isTerminal || style.usesColor }

  /// Text indented by `indent`, wrapped to the width on a terminal only.
  private func paragraph(_ text: String, indent: Int) -> String {
    let margin = String(repeating: " ", count: indent)
    guard style.isTerminal else { return margin + text }
    return TextWrapping.wrap(text, width: style.width - indent).map { margin + $0 }.joined(separator: "\n")
  }

  /// Each figure's amount beside its label, the label wrapped on a terminal.
  private func figures() -> String {
    let rows = summary.figures.map { figure in
      let period = figure.period.map { ", \($0)" } ?? ""
      return (
        TerminalText.escaped(figure.readableAmount),
        TerminalText.escaped("\(figure.label) (\(figure.kind.rawValue)\(period))")
      )
    }
    let amountWidth = rows.map { TextWrapping.width($0.0) }.max() ?? 0
    let labelWidth = style.width - amountWidth - 4
    return rows.map { amount, label in
      guard style.isTerminal else { return "  " + TextWrapping.padded(amount, to: amountWidth) + "  " + label }
      guard labelWidth >= 20 else {
        // Too narrow for two columns: the amount, then its label beneath, indented.
        return "  " + amount + "\n"
          + TextWrapping.wrap(label, width: max(10, style.width - 4)).map { "    " + $0 }
          .joined(separator: "\n")
      }
      let lines = TextWrapping.wrap(label, width: labelWidth)
      let indent = String(repeating: " ", count: amountWidth + 4)
      return "  " + TextWrapping.padded(amount, to: amountWidth) + "  " + lines.joined(separator: "\n" + indent)
    }.joined(separator: "\n")
  }

  /// Labels and counts; on a terminal also a bar per row, scaled to the largest count, with
  /// labels wrapped so the chart fits the width.
  private func chart(_ rows: [(String, Int)], scale: Int? = nil) -> String {
    let labels = rows.map { TerminalText.escaped($0.0) }
    let longest = labels.map(TextWrapping.width).max() ?? 0
    // Two spaces of margin, two between label and number, three for the number, two before the bar.
    let fixed = 2 + 2 + 3 + 2
    let minimumBar = 10
    let labelWidth = style.isTerminal ? max(12, min(longest, style.width - fixed - minimumBar)) : longest
    let barSpace = max(1, min(40, style.width - fixed - labelWidth))
    let largest = max(scale ?? rows.map(\.1).max() ?? 1, 1)
    return zip(labels, rows.map(\.1)).map { label, count in
      let lines = style.isTerminal ? TextWrapping.wrap(label, width: labelWidth) : [label]
      let number = String(repeating: " ", count: max(0, 3 - String(count).count)) + String(count)
      var first = "  " + TextWrapping.padded(lines[0], to: labelWidth) + "  " + number
      if drawsBars, count > 0 {
        first += "  " + String(repeating: "█", count: BarScale.blocks(count, largest: largest, space: barSpace))
      }
      return ([first] + lines.dropFirst().map { "  " + $0 }).joined(separator: "\n")
    }.joined(separator: "\n")
  }
}

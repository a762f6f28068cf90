import AccordsCore

/// The summary written for people, with horizontal bar charts when the output is a terminal.
struct StatsReport {
  let summary: Summary
  let style: OutputStyle

  var text: String {
    var sections: [String] = []
    let dataset = summary.dataset
    sections.append(
      style.bold(TerminalText.escaped(dataset.name)) + "\n"
        + "Data version \(TerminalText.escaped(dataset.version)), sources checked up to \(dataset.asOf.readable).")

    let types = summary.agreementsByType.filter { $0.count > 0 }
    sections.append(
      heading("Agreements: \(summary.totalAgreements)")
        + chart(types.map { ($0.label.displayName + ($0.label.abbreviation.map { " (\($0))" } ?? ""), $0.count) }))

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
      heading("Partnerships: \(summary.totalPartnerships)")
        + chart(summary.partnershipsByDecade.map { ("signed in the \($0.label)s", $0.count) })
        + "\n" + chart(summary.partnershipsByKind.filter { $0.count > 0 }.map { ($0.label.displayName, $0.count) }))

    let regions = summary.regionsByKind.map { "\($0.count) \($0.label.pluralName)" }.joined(separator: ", ")
    sections.append(
      heading("Gazetteer") + "  \(regions); \(summary.partneredRegions) with a partner on record")

    let figureRows = summary.figures.map { figure in
      let period = figure.period.map { ", \($0)" } ?? ""
      return (figure.readableAmount, "\(figure.label) (\(figure.kind.rawValue)\(period))")
    }
    let amountWidth = figureRows.map { TerminalText.width($0.0) }.max() ?? 0
    sections.append(
      heading("Headline figures")
        + figureRows.map { amount, label in
          "  " + TerminalText.padded(amount, to: amountWidth) + "  " + TerminalText.escaped(label)
        }.joined(separator: "\n"))

    let kinds = summary.sourcesByKind.map { "\($0.count) \($0.label.rawValue)" }.joined(separator: ", ")
    sections.append(heading("Sources: \(summary.totalSources)") + "  \(kinds)")
    return sections.joined(separator: "\n\n") + "\n"
  }

  private func heading(_ text: String) -> String { style.bold(text) + "\n" }

  /// Labels, counts and, on a terminal, a bar per row scaled to the largest count.
  private func chart(_ rows: [(String, Int)]) -> String {
    let labelWidth = rows.map { TerminalText.width(TerminalText.escaped($0.0)) }.max() ?? 0
    let largest = max(rows.map(\.1).max() ?? 1, 1)
    let barSpace = max(10, style.width - labelWidth - 10)
    return rows.map { label, count in
      let cell = TerminalText.padded(TerminalText.escaped(label), to: labelWidth)
      let number = String(repeating: " ", count: max(0, 3 - String(count).count)) + String(count)
      guard style.isTerminal, count > 0 else { return "  \(cell)  \(number)" }
      let length = max(1, count * min(barSpace, 40) / largest)
      return "  \(cell)  \(number)  " + String(repeating: "█", count: length)
    }.joined(separator: "\n")
  }
}

import AccordsCore
import CommandLineKit

/// One record laid out for reading: a heading, labelled fields, a summary, notes and numbered
/// sources with their quotes.
struct DetailView {
  var heading: String
  /// Labelled values; a field with an empty label continues the list above it (a party's
  /// documents, one a line).
  var fields: [(label: String, value: String)] = []
  var summary: String?
  var notes: [Note] = []
  var sources: [Citation] = []

  func render(catalog: Catalog, style: OutputStyle) -> String {
    let width = style.width
    var output = TextWrapping.wrap(TerminalText.escaped(heading), width: width).map(style.bold).joined(separator: "\n")
    output += "\n"
    let labelWidth = (fields.map(\.label.count).max() ?? 0) + 2
    for field in fields where !field.value.isEmpty {
      var lines = TextWrapping.wrap(TerminalText.escaped(field.value), width: max(20, width - labelWidth - 2))
      // A status reads at a glance: green in force, red ended, yellow unsettled.
      if field.label == "status", let color = OutputStyle.statusColor(field.value) {
        lines[0] = style.colored(lines[0], color)
      }
      output +=
        "  " + TextWrapping.padded(field.label.isEmpty ? "" : field.label + ":", to: labelWidth) + lines[0] + "\n"
      for line in lines.dropFirst() { output += String(repeating: " ", count: labelWidth + 2) + line + "\n" }
    }
    if let summary {
      output += "\n" + TextWrapping.wrap(TerminalText.escaped(summary), width: width).joined(separator: "\n") + "\n"
    }
    if !notes.isEmpty {
      output += "\n" + style.bold("Notes") + "\n"
      for note in notes { output += NoteText.render(note, catalog: catalog, style: style) }
    }
    // A record's own citations and its relations' often repeat each other: each is listed once.
    var seen: Set<Citation> = []
    let sources = sources.filter { seen.insert($0).inserted }
    if !sources.isEmpty {
      output += "\n" + style.bold("Sources") + "\n"
      for (number, citation) in sources.enumerated() {
        guard let source = catalog.source(citation.source) else { continue }
        let marker = "[\(number + 1)] "
        let indent = String(repeating: " ", count: marker.count)
        let lines = TextWrapping.wrap(
          TerminalText.escaped(NoteText.sourceDescription(source)), width: width - marker.count)
        output += marker + lines.joined(separator: "\n" + indent) + "\n"
        // The address gets a line of its own, unbroken, so it can be copied whole.
        if let url = source.url { output += indent + TerminalText.escaped(url) + "\n" }
        if let quote = citation.quote {
          let quoted = TextWrapping.wrap(TerminalText.escaped("“" + quote + "”"), width: width - marker.count - 2)
          output += quoted.map { indent + "  " + $0 }.joined(separator: "\n") + "\n"
        }
      }
    }
    return output
  }
}

import AccordsCore
import CommandLineKit

/// Notes and sources written out for people, wrapped to the width.
enum NoteText {
  /// `Conflict: …` followed by the sources behind the note, indented; on a colour terminal the
  /// label in the colour of its kind (`OutputStyle.noteColor`).
  static func render(_ note: Note, catalog: Catalog, style: OutputStyle) -> String {
    let width = style.width
    let label = note.kind.rawValue.prefix(1).uppercased() + note.kind.rawValue.dropFirst() + ":"
    var lines = TextWrapping.wrap(TerminalText.escaped(label + " " + note.text), width: width - 2).map { "  " + $0 }
    lines[0] = String(lines[0].dropFirst(2))
    if lines[0].hasPrefix(label) {
      lines[0] = style.colored(label, OutputStyle.noteColor(note.kind)) + lines[0].dropFirst(label.count)
    }
    for citation in note.sources {
      guard let source = catalog.source(citation.source) else { continue }
      let quote = citation.quote.map { ": “\($0)”" } ?? ""
      let described = TextWrapping.wrap(TerminalText.escaped(sourceDescription(source) + quote), width: width - 6)
      lines.append("    — " + described.joined(separator: "\n      "))
      // Addresses stay whole on a line of their own, so they can be copied.
      if let url = source.url { lines.append("      " + TerminalText.escaped(url)) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `Publisher (kind, date)`, or `Publisher (kind, date, copy of Original)`.
  static func sourceDescription(_ source: Source) -> String {
    var detail = [source.kind.rawValue]
    if let published = source.published { detail.append(published.readable) }
    if let original = source.copyOf { detail.append("copy of " + original) }
    return "\(source.publisher) (\(detail.joined(separator: ", ")))"
  }
}

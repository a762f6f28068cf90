import AccordsCore

/// Text measured and made safe for a terminal.
enum TerminalText {
  /// `text` with every control and invisible format character shown escaped (`\e`, `\r`,
  /// `\u{7}`, `\u{202e}`), so that data from a catalog can never clear the screen, move the
  /// cursor, retitle the window, reorder what a line shows or hide part of it. Line breaks and
  /// tabs become `\n` and `\t` too, keeping one record on one line, unless `keeping` them.
  static func escaped(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
    VisibleText.escaped(text, keeping: kept)
  }

}

/// Text measured and made safe for a terminal.
enum TerminalText {
  /// `text` with every control character shown escaped (`\e`, `\r`, `\u{7}`), so that data from
  /// a catalog can never clear the screen, move the cursor or retitle the window. Line breaks
  /// and tabs become `\n` and `\t` too, keeping one record on one line, unless `keeping` them.
  static func escaped(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
    guard text.unicodeScalars.contains(where: { isControl($0) && !kept.contains($0) }) else { return text }
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case _ where kept.contains(scalar): output.unicodeScalars.append(scalar)
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{1B}": output += "\\e"
      case _ where isControl(scalar): output += "\\u{\(String(scalar.value, radix: 16))}"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// C0 controls, DEL and the C1 range, which terminals may act on.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}

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

  /// The columns `text` takes on a terminal: two for East Asian wide characters (kanji, kana),
  /// none for combining marks, one for the rest.
  static func width(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
  }

  static func width(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if scalar.properties.generalCategory == .nonspacingMark || value == 0x200B { return 0 }
    let wideRanges: [ClosedRange<UInt32>] = [
      0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x20000...0x3FFFD,
    ]
    return wideRanges.contains { $0.contains(value) } ? 2 : 1
  }

  /// `text` padded with spaces to `width` columns.
  static func padded(_ text: String, to width: Int) -> String {
    let missing = width - self.width(text)
    return missing > 0 ? text + String(repeating: " ", count: missing) : text
  }

  /// `text` broken into lines of at most `width` columns, at spaces where possible. A longer
  /// word is cut, except a web address when `keepingAddressesWhole`, so that it can still be
  /// copied from a record's detail view.
  static func wrapped(_ text: String, width: Int, keepingAddressesWhole: Bool = true) -> [String] {
    let width = max(width, 1)
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var word = String(word)
      while self.width(word) > width, !(keepingAddressesWhole && word.contains("://")) {
        if !line.isEmpty {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        var head = ""
        var headWidth = 0
        var rest = Substring(word)
        while let first = rest.first, headWidth + self.width(String(first)) <= width {
          head.append(first)
          headWidth += self.width(String(first))
          rest = rest.dropFirst()
        }
        if head.isEmpty, let first = rest.first {
          head = String(first)
          rest = rest.dropFirst()
        }
        lines.append(head)
        word = String(rest)
      }
      let wordWidth = self.width(word)
      if line.isEmpty {
        line = word
        lineWidth = wordWidth
      } else if lineWidth + 1 + wordWidth <= width {
        line += " " + word
        lineWidth += 1 + wordWidth
      } else {
        lines.append(line)
        line = word
        lineWidth = wordWidth
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}

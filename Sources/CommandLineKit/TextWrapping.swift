/// Text laid out in terminal columns: display widths (two columns for kanji and kana, none for
/// combining marks), padding and word wrapping, for help pages and tables alike.
public enum TextWrapping: Sendable {
  /// The columns `text` takes on a terminal: two for East Asian wide characters (kanji, kana),
  /// none for combining marks, one for the rest.
  public static func width(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
  }

  /// The columns a part of a text takes. Apart from `width(_: String)` rather than generic, so
  /// that callers in other modules get a specialized loop.
  public static func width(_ text: Substring) -> Int {
    text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
  }

  public static func width(of scalar: Unicode.Scalar) -> Int {
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
  public static func padded(_ text: String, to width: Int) -> String {
    let missing = width - self.width(text)
    return missing > 0 ? text + String(repeating: " ", count: missing) : text
  }

  /// `text` broken into lines of at most `width` columns, at spaces where possible. A longer
  /// word is cut, except a web address when `keepingAddressesWhole`, so that it can still be
  /// copied.
  /// Line breaks already in `text` are kept. Linear in the length of `text`, however long its
  /// words.
  public static func wrap(_ text: String, width: Int, keepingAddressesWhole: Bool = true) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
      wrapParagraph(paragraph, width: width, keepingAddressesWhole: keepingAddressesWhole)
    }
  }

  private static func wrapParagraph(_ text: Substring, width: Int, keepingAddressesWhole: Bool) -> [String] {
    let width = max(width, 1)
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let wordWidth = self.width(word)
      if wordWidth > width, !(keepingAddressesWhole && word.contains("://")) {
        // A word wider than the line is cut into pieces that fill it, in one pass over the
        // word; its last piece starts the next line.
        if !line.isEmpty { lines.append(line) }
        line = ""
        lineWidth = 0
        for character in word {
          let characterWidth = character.unicodeScalars.reduce(0) { $0 + self.width(of: $1) }
          if lineWidth + characterWidth > width, !line.isEmpty {
            lines.append(line)
            line = ""
            lineWidth = 0
          }
          line.append(character)
          lineWidth += characterWidth
        }
      } else if line.isEmpty {
        line = String(word)
        lineWidth = wordWidth
      } else if lineWidth + 1 + wordWidth <= width {
        line += " " + word
        lineWidth += 1 + wordWidth
      } else {
        lines.append(line)
        line = String(word)
        lineWidth = wordWidth
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}

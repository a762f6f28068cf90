/// Word wrapping for help pages and tables.
public enum TextWrapping: Sendable {
  /// Breaks `text` into lines of at most `width` characters at spaces; a word longer than the
  /// width is cut. Existing line breaks are kept.
  public static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(width, 1)
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for word in paragraph.split(separator: " ") {
        var word = Substring(word)
        while word.count > width {
          if !line.isEmpty {
            lines.append(line)
            line = ""
          }
          lines.append(String(word.prefix(width)))
          word = word.dropFirst(width)
        }
        if line.isEmpty {
          line = String(word)
        } else if line.count + 1 + word.count <= width {
          line += " " + word
        } else {
          lines.append(line)
          line = String(word)
        }
      }
      lines.append(line)
    }
    return lines
  }
}

import AccordsCore

/// How human-readable output is dressed for where it goes.
struct OutputStyle: Sendable {
  /// Whether output goes to a terminal: tables fit its width and say how much they show.
  let isTerminal: Bool
  /// The width to fit tables and help to.
  let width: Int
  /// Whether to use ANSI colour and bold.
  let usesColor: Bool

  /// Bold text on a colour terminal, plain text elsewhere.
  func bold(_ text: String) -> String {
    usesColor ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
  }

  /// `text` with every occurrence of the folded `words` in bold yellow on a colour terminal.
  func highlighting(_ words: [String], in text: String) -> String {
    guard usesColor, !words.isEmpty else { return text }
    let characters = Array(text)
    var marked = [Bool](repeating: false, count: characters.count)
    for word in words {
      var from = 0
      while from < characters.count, let start = TextFolding.firstOccurrence(of: word, in: characters[from...]) {
        for offset in 0..<word.count { marked[from + start + offset] = true }
        from += start + word.count
      }
    }
    var output = ""
    var inside = false
    for index in characters.indices {
      if marked[index] != inside {
        output += marked[index] ? "\u{1B}[1;33m" : "\u{1B}[0m"
        inside = marked[index]
      }
      output.append(characters[index])
    }
    return inside ? output + "\u{1B}[0m" : output
  }

  /// Dimmed text on a colour terminal, plain text elsewhere.
  func dim(_ text: String) -> String {
    usesColor ? "\u{1B}[2m" + text + "\u{1B}[0m" : text
  }
}

import AccordsCore
import Synchronization

/// How human-readable output is dressed for where it goes.
struct OutputStyle: Sendable {
  /// Whether output goes to a terminal: tables fit its width and say how much they show.
  let isTerminal: Bool
  /// The width to fit tables and help to.
  let width: Int
  /// Whether to use ANSI colour and bold.
  let usesColor: Bool
  /// Where a binary format (an XLSX workbook) leaves its bytes, which a command's text cannot
  /// carry; `Accords.run` writes them out in place of the text.
  var binary = BinaryOutput()

  init(isTerminal: Bool, width: Int, usesColor: Bool) {
    self.isTerminal = isTerminal
    self.width = width
    self.usesColor = usesColor
  }

  /// Bold text on a colour terminal, plain text elsewhere.
  func bold(_ text: String) -> String {
    usesColor ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
  }

  /// `text` with each word a search matched (`SearchQuery.matches`) in bold yellow on a colour
  /// terminal.
  func highlighting(_ words: [String], in text: String) -> String {
    guard usesColor, !words.isEmpty else { return text }
    let characters = Array(text)
    var marked = [Bool](repeating: false, count: characters.count)
    for range in SearchQuery.ranges(of: words, in: text) {
      for index in range where index < marked.count { marked[index] = true }
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

/// The bytes of a binary output, left by the renderer for the process to write.
final class BinaryOutput: Sendable {
  private let stored = Mutex<[UInt8]?>(nil)

  /// Keeps `bytes` as the command's output.
  func store(_ bytes: [UInt8]) { stored.withLock { $0 = bytes } }

  /// The bytes stored, if any.
  var bytes: [UInt8]? { stored.withLock { $0 } }
}

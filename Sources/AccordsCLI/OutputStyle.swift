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

  /// `text` in an ANSI colour (`31` red, `32` green, `33` yellow) on a colour terminal.
  func colored(_ text: String, _ code: Int) -> String {
    usesColor ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
  }

  /// The colour of a note's label: red for a conflict between sources, yellow for what is
  /// unconfirmed or calls for caution, none (the terminal's own) for context.
  static func noteColor(_ kind: Note.Kind) -> Int {
    switch kind {
    case .conflict: 31
    case .unconfirmed, .caution: 33
    default: 39
    }
  }

  /// The colour of a status as `show` words it: green in force, red ended or replaced, yellow
  /// not yet in force, term ended or unknown; `nil` for the rest.
  static func statusColor(_ status: String) -> Int? {
    if status.hasPrefix("in force") { return 32 }
    if status.hasPrefix("replaced") || status.hasPrefix("terminated") || status.hasPrefix("expired")
      || status.hasPrefix("lapsed") || status.hasPrefix("ended")
    {
      return 31
    }
    if status.hasPrefix("term ended") || status.hasPrefix("unknown") || status.hasPrefix("signed, not yet") {
      return 33
    }
    return nil
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

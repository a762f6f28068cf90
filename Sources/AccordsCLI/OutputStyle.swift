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

  /// Dimmed text on a colour terminal, plain text elsewhere.
  func dim(_ text: String) -> String {
    usesColor ? "\u{1B}[2m" + text + "\u{1B}[0m" : text
  }
}

/// Whether a command's output goes through a pager, and which, as `git` and `gh` decide it:
/// only when standard output is a terminal and the output is longer than its screen, never
/// under `--no-pager` or in a pipe. The pager is `ACCORDS_PAGER`, else `PAGER`, else
/// `less -FRX` (quit if it fits, pass colours through, leave the text on the screen); an empty
/// value or `cat` means none.
public enum Pager: Sendable {
  /// The default pager.
  public static let standard = "less -FRX"

  /// The shell command to page `output` through, or `nil` to write it straight out.
  public static func command(for output: String, environment: ProcessEnvironment, noPager: Bool) -> String? {
    guard !noPager, environment.stdoutIsTerminal, let rows = environment.terminalRows, rows > 0 else { return nil }
    let chosen = environment.variables["ACCORDS_PAGER"] ?? environment.variables["PAGER"] ?? standard
    let trimmed = chosen.trimmingWhitespace
    guard !trimmed.isEmpty, trimmed != "cat" else { return nil }
    return screenLines(output, width: environment.width, atLeast: rows) ? trimmed : nil
  }

  /// Whether `output` fills at least `rows` lines of a screen `width` columns wide, a line
  /// longer than the screen taking as many as it wraps to. Stops counting once it knows.
  static func screenLines(_ output: String, width: Int, atLeast rows: Int) -> Bool {
    var lines = 0
    var column = 0
    for scalar in output.unicodeScalars {
      if scalar == "\n" {
        lines += 1 + max(0, column - 1) / max(width, 1)
        column = 0
        if lines >= rows { return true }
      } else {
        column += 1
      }
    }
    if column > 0 { lines += 1 + (column - 1) / max(width, 1) }
    return lines >= rows
  }
}

extension String {
  fileprivate var trimmingWhitespace: String {
    var scalars = Substring(self)
    while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
    while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
    return String(scalars)
  }
}

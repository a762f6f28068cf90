/// What the command layer knows of the process it runs in: environment variables and the
/// terminal. Tests build one by hand; the executable reads the real one.
public struct ProcessEnvironment: Sendable {
  /// Environment variables such as `COLUMNS`, `NO_COLOR` and `TERM`.
  public var variables: [String: String]

  /// Every variable Accords reads: the executable passes these alone, rather than copying the
  /// whole environment at every start.
  public static let names = ["COLUMNS", "NO_COLOR", "TERM", "ACCORDS_DATA", "ACCORDS_PAGER", "PAGER"]
  /// Whether standard output is a terminal rather than a pipe or file.
  public var stdoutIsTerminal: Bool
  /// The terminal's width in columns, when the terminal reports one.
  public var terminalColumns: Int?
  /// The terminal's height in lines, when it reports one: output longer is paged.
  public var terminalRows: Int?

  /// Creates an environment; the defaults describe a pipe with no variables set.
  public init(
    variables: [String: String] = [:], stdoutIsTerminal: Bool = false, terminalColumns: Int? = nil,
    terminalRows: Int? = nil
  ) {
    self.variables = variables
    self.stdoutIsTerminal = stdoutIsTerminal
    self.terminalColumns = terminalColumns
    self.terminalRows = terminalRows
  }

  /// The width to lay text out in: `COLUMNS` when set to a positive number, else the
  /// terminal's own width, else 80; never more than `widest`.
  public var width: Int {
    if let columns = variables["COLUMNS"].flatMap(Int.init), columns > 0 { return min(columns, Self.widest) }
    return min(terminalColumns ?? 80, Self.widest)
  }

  /// Wider than any terminal; a larger `COLUMNS` is taken as this, so that no padding or rule
  /// is ever sized by an absurd value.
  public static let widest = 10_000

  /// Whether colour is allowed when the user asked for `auto`: only on a terminal, and never
  /// with `NO_COLOR` set to anything non-empty or with `TERM=dumb`.
  public var allowsAutomaticColor: Bool {
    guard stdoutIsTerminal else { return false }
    if let noColor = variables["NO_COLOR"], !noColor.isEmpty { return false }
    return variables["TERM"] != "dumb"
  }
}

/// What a command wrote and how it ended; the process wrapper copies it to the real streams.
public struct CommandResult: Sendable, Equatable {
  public var stdout: String
  public var stderr: String
  public var exitCode: ExitCode
  /// The shell command to page `stdout` through on the terminal, when it is longer than the
  /// screen (see `Pager`); `nil` to write it straight out.
  public var pager: String?
  /// The bytes to write instead of `stdout`, for a binary format (an XLSX workbook).
  public var binary: [UInt8]?

  /// Creates a result.
  public init(stdout: String = "", stderr: String = "", exitCode: ExitCode = .success, pager: String? = nil) {
    self.stdout = stdout
    self.stderr = stderr
    self.exitCode = exitCode
    self.pager = pager
  }
}

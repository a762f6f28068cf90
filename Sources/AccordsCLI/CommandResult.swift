/// What a command wrote and how it ended; the process wrapper copies it to the real streams.
public struct CommandResult: Sendable, Equatable {
  public var stdout: String
  public var stderr: String
  public var exitCode: ExitCode

  /// Creates a result.
  public init(stdout: String = "", stderr: String = "", exitCode: ExitCode = .success) {
    self.stdout = stdout
    self.stderr = stderr
    self.exitCode = exitCode
  }
}

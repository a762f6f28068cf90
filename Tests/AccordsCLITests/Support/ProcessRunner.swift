import Foundation
import Synchronization

/// Starts programs for the tests that need a real process: the built `accords`, and the
/// tools that read what it writes (shells, Graphviz, groff, Python).
///
/// One runner serves every such test. It never lets a child's early exit kill the test
/// process: SIGPIPE is ignored here, and a write to a closed pipe is the child's answer.
enum ProcessRunner {
  struct Output: Sendable {
    let stdout: String
    let stderr: String
    let status: Int32
  }

  /// SIGPIPE would end the whole test process when a child closes its input early (or was
  /// never there); ignored once, the write fails with EPIPE instead and the test reads the
  /// child's status.
  private static let ignoresBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

  /// Runs `executable` with `arguments`, feeding `input` on standard input.
  ///
  /// - Parameters:
  ///   - environment: variables added to (or replacing) the test process's own.
  ///   - directory: the working directory; the test process's own when `nil`.
  static func run(
    _ executable: URL, _ arguments: [String], input: String = "", environment: [String: String] = [:],
    in directory: URL? = nil
  ) throws -> Output {
    _ = ignoresBrokenPipes
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    if let directory { process.currentDirectoryURL = directory }
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()

    // Input and standard error are handled beside the reading of standard output, so that a
    // child that fills one pipe while the test waits on another cannot stall both.
    let group = DispatchGroup()
    let errorOutput = Collected()
    DispatchQueue.global().async(group: group) {
      // EPIPE here means the child stopped reading: that is its answer, not the test's failure.
      try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
      try? stdin.fileHandleForWriting.close()
    }
    DispatchQueue.global().async(group: group) {
      let data = stderr.fileHandleForReading.readDataToEndOfFile()
      errorOutput.data.withLock { $0 = data }
    }
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Output(
      stdout: String(decoding: out, as: UTF8.self),
      stderr: errorOutput.data.withLock { String(decoding: $0, as: UTF8.self) },
      status: process.terminationStatus)
  }

  /// Runs `/bin/sh -c script`, as a user's shell would.
  static func sh(_ script: String, input: String = "", environment: [String: String] = [:]) throws -> Output {
    try run(URL(fileURLWithPath: "/bin/sh"), ["-c", script], input: input, environment: environment)
  }

  /// The `accords` executable built beside this test bundle.
  static let accords: URL = {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return bundle.appendingPathComponent("accords")
  }()

  /// Runs the built `accords`.
  static func accords(_ arguments: [String], input: String = "", in directory: URL? = nil) throws -> Output {
    try run(accords, arguments, input: input, in: directory)
  }

  /// Holds what a background reader read, for the thread that waits on it.
  private final class Collected: Sendable {
    let data = Mutex(Data())
  }
}

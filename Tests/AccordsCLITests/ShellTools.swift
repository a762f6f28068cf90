import Foundation

/// Runs programs the way a user's shell would, for tests of what other tools read.
enum ShellTools {
  struct Output {
    let stdout: String
    let stderr: String
    let status: Int32
  }

  /// Runs `/bin/sh -c script` with `input` on standard input and `environment` added.
  static func sh(_ script: String, input: String = "", environment: [String: String] = [:]) throws -> Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
      status: process.terminationStatus)
  }

  /// Whether `tool` is on the PATH. Tests that need one fail, rather than skip, without it:
  /// `.ci/run` installs every tool they use.
  static func has(_ tool: String) -> Bool {
    (try? sh("command -v \(tool)").status) == 0
  }

  /// A folder holding a copy of the built `accords`, for putting on a shell's PATH.
  static let binaryFolder: URL = {
    BinaryTests.binary.deletingLastPathComponent()
  }()
}

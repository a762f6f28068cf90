// The process wrapper: gathers argv, the environment and the terminal's traits, runs the
// command, writes its output and exits with its code. Everything else is in AccordsCLI.
import AccordsCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

func terminalColumns() -> Int? {
  var size = winsize()
  guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
  return Int(size.ws_col)
}

func environmentVariables() -> [String: String] {
  var variables: [String: String] = [:]
  var entry = environ
  while let pointer = entry.pointee {
    let text = String(cString: pointer)
    if let equals = text.firstIndex(of: "=") {
      variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
    }
    entry += 1
  }
  return variables
}

/// Writes everything, retrying short writes. A closed pipe raises SIGPIPE, whose default
/// action ends the process quietly, as `| head` expects.
func write(_ text: String, to descriptor: Int32) {
  var bytes = Array(text.utf8)
  var offset = 0
  while offset < bytes.count {
    let written = bytes.withUnsafeMutableBytes { buffer in
      Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
    }
    if written < 0 {
      if errno == EINTR { continue }
      exit(74)
    }
    offset += written
  }
}

let isTerminal = isatty(STDOUT_FILENO) == 1
let result = Accords.run(
  arguments: Array(CommandLine.arguments.dropFirst()),
  environment: ProcessEnvironment(
    variables: environmentVariables(), stdoutIsTerminal: isTerminal,
    terminalColumns: isTerminal ? terminalColumns() : nil))
write(result.stdout, to: STDOUT_FILENO)
write(result.stderr, to: STDERR_FILENO)
exit(result.exitCode.rawValue)

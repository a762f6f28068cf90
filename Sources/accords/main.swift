// The process wrapper: gathers argv, the environment and the terminal's traits, runs the
// command, writes its output and exits with its code. Everything else is in AccordsCLI.
import AccordsCLI
import AccordsCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal's width and height, where it reports them.
func terminalSize() -> (columns: Int?, rows: Int?) {
  var size = winsize()
  guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 else { return (nil, nil) }
  return (size.ws_col > 0 ? Int(size.ws_col) : nil, size.ws_row > 0 ? Int(size.ws_row) : nil)
}

/// A command-line word or variable from its bytes, which need not be UTF-8: a file name that
/// is not stays the file's name (see `FileName`).
func word(_ pointer: UnsafePointer<CChar>) -> String {
  let count = strlen(pointer)
  return pointer.withMemoryRebound(to: UInt8.self, capacity: count) { bytes in
    FileName.word(fromBytes: UnsafeBufferPointer(start: bytes, count: count))
  }
}

/// The variables Accords reads, and no others.
func environmentVariables() -> [String: String] {
  var variables: [String: String] = [:]
  for name in ProcessEnvironment.names {
    if let value = getenv(name) { variables[name] = word(value) }
  }
  return variables
}

/// Writes everything, retrying short writes. A reader that stops early (`| head`) is not a
/// failure, as the manual says: SIGPIPE is ignored (below), the write fails with EPIPE, and the
/// process ends quietly with status 0 — also under `set -o pipefail`, where death by the
/// signal would read as a failure (141); any other failure of standard output
/// (a full disk, a device that refuses) is said on standard error and ends the process with 74
/// (EX_IOERR). A failure of standard error itself (closed with `2>&-`) cannot be said anywhere,
/// so it is passed over and the command's own exit code stands.
func write(_ text: String, to descriptor: Int32) {
  // The string's own bytes are written in place, without copying them out first.
  var text = text
  text.withUTF8 { bytes in write(bytes, to: descriptor) }
}

func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
  var offset = 0
  while offset < bytes.count {
    let written = bytes.baseAddress.map { Glibc.write(descriptor, $0 + offset, bytes.count - offset) } ?? 0
    if written < 0 {
      if errno == EINTR { continue }
      if descriptor == STDERR_FILENO { return }
      if errno == EPIPE {
        _exit(ExitCode.success.rawValue)
      }
      let reason = String(cString: strerror(errno))
      let message = Array("Error: cannot write to standard output: \(reason).\n".utf8)
      _ = message.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
      exit(ExitCode.outputFailed.rawValue)
    }
    offset += written
  }
}

/// The catalog files the command read, kept until the process exits: taking a large catalog
/// apart record by record just before `exit` was a sixth of a query's time.
nonisolated(unsafe) var keptCatalogs: [Catalog] = []

/// Catalog files are read mapped into memory. If one is cut short while it is read (another
/// program truncating it), touching the vanished pages raises SIGBUS; say so and exit 74 rather
/// than die on the signal. Only what is safe in a signal handler is done here.
func stopOnTruncatedFile(_: Int32) {
  let message: StaticString =
    "Error: a catalog file was cut short while it was being read (another program changed it); run the command again.\n"
  _ = Glibc.write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
  _exit(ExitCode.outputFailed.rawValue)
}
signal(SIGBUS, stopOnTruncatedFile)
// A closed pipe is reported by the write that meets it (EPIPE), which ends the process with
// status 0, rather than by a signal that would end it with 141.
signal(SIGPIPE, SIG_IGN)
// Past a file size limit (`ulimit -f`) the kernel would kill the process with SIGXFSZ, and the
// user would see no reason; ignored, the write fails with EFBIG, which is said, with exit 74.
signal(SIGXFSZ, SIG_IGN)

/// A standard stream that was closed (`>&-`) leaves its descriptor free, and the next file
/// opened (a catalog, an export's temporary file) would take its number and receive what was
/// meant for the stream. Each closed one is held by /dev/null opened for reading only: nothing
/// else can take it, and a write to it still fails, so closed standard output is still said.
func holdClosedStandardDescriptors() {
  for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
    _ = open("/dev/null", O_RDONLY)
  }
}
holdClosedStandardDescriptors()

let isTerminal = isatty(STDOUT_FILENO) == 1
let size: (columns: Int?, rows: Int?) = isTerminal ? terminalSize() : (nil, nil)
let result = Accords.run(
  arguments: (1..<Int(CommandLine.argc)).map { CommandLine.unsafeArgv[$0].map { word($0) } ?? "" },
  environment: ProcessEnvironment(
    variables: environmentVariables(), stdoutIsTerminal: isTerminal, terminalColumns: size.columns,
    terminalRows: size.rows),
  loadFile: { (path, needs) throws(CatalogError) -> CatalogIndex.Loaded in
    let loaded = try CatalogIndex.load(catalogAt: path, needing: needs, producer: Accords.version)
    keptCatalogs.append(loaded.catalog)
    return loaded
  })
if let binary = result.binary {
  binary.withUnsafeBufferPointer { write($0, to: STDOUT_FILENO) }
} else if result.pager.map({ page(result.stdout, through: $0) }) != true {
  write(result.stdout, to: STDOUT_FILENO)
}
write(result.stderr, to: STDERR_FILENO)
exit(result.exitCode.rawValue)

import AccordsCLI
import AccordsCore
import CatalogGenerator
import Foundation
import Testing

/// `--output` never loses a file: it replaces only a regular file and only with `--force`,
/// keeps the replaced file's mode and owner, makes a new name so that a concurrent writer is
/// never overwritten, leaves no temporary file behind, and says why when the disk refuses.
/// Exit codes tell the truth when a stream is closed. Each runs the real binary.
@Suite(.serialized) struct FileOutputTests {
  private let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("accords-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// What is in the folder besides `expected`: a temporary file left behind shows here.
  private func leftovers(besides expected: Set<String> = []) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !expected.contains($0) }
  }

  private func export(_ arguments: String...) throws -> ProcessRunner.Output {
    try ProcessRunner.accords(["export"] + arguments)
  }

  @Test func forceReplacesOnlyARegularFile() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = path("target.json")
    try "the linked file".write(toFile: target, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: path("link"), withDestinationPath: target)
    #expect(mkfifo(path("pipe"), 0o644) == 0)
    try FileManager.default.createDirectory(atPath: path("folder"), withIntermediateDirectories: false)
    let cases = [
      ("/dev/null", "a character device"), (path("link"), "a symbolic link"), (path("pipe"), "a named pipe"),
      (path("folder"), "a folder"),
    ]
    for (name, kind) in cases {
      let result = try export("--output", name, "--force")
      #expect(result.status == 73, "\(name)")
      #expect(result.stderr.contains("is \(kind); --output writes only regular files"), "\(result.stderr)")
    }
    // Nothing was replaced: the link still points at its file, which is unchanged.
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("link")) == target)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "the linked file")
    #expect(try leftovers(besides: ["target.json", "link", "pipe", "folder"]).isEmpty)
  }

  @Test func forceKeepsTheReplacedFilesModeAndOwner() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = path("private.json")
    try "old".write(toFile: target, atomically: true, encoding: .utf8)
    #expect(chmod(target, 0o600) == 0)
    let owner: uid_t = getuid() == 0 ? 65_534 : getuid()  // root gives the file to nobody
    if getuid() == 0 { #expect(chown(target, owner, 65_534) == 0) }
    #expect(try export("--output", target, "--force").status == 0)
    var status = stat()
    #expect(stat(target, &status) == 0)
    #expect(status.st_mode & 0o7777 == 0o600)
    #expect(status.st_uid == owner)
    #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("{\n  \"dataset\""))
  }

  @Test func concurrentWritersToANewNameNeverOverwriteEachOther() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = path("new.json")
    // Six writers started at once, each printing its exit status on a line of its own.
    let script = String(repeating: "{ \"$0\" export --output \"$1\" >/dev/null 2>&1; echo $?; } & ", count: 6) + "wait"
    for _ in 0..<3 {
      try? FileManager.default.removeItem(atPath: target)
      let statuses = try ProcessRunner.run(
        URL(fileURLWithPath: "/bin/bash"), ["-c", script, ProcessRunner.accords.path, target]
      ).stdout.split(separator: "\n")
      #expect(statuses.count == 6)
      #expect(statuses.filter { $0 == "0" }.count == 1, "\(statuses)")
      #expect(statuses.filter { $0 == "73" }.count == 5, "\(statuses)")
    }
    #expect(try leftovers(besides: ["new.json"]).isEmpty)
  }

  @Test func aDashIsStandardOutput() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try ProcessRunner.accords(["export", "--output", "-", "--format", "jsonl"], in: folder)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("{"))
    #expect(try leftovers().isEmpty)
  }

  @Test func aFileSizeLimitIsSaidWithExit74() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try ProcessRunner.run(
      URL(fileURLWithPath: "/bin/bash"),
      ["-c", "ulimit -f 8; exec \"$0\" export --output \"$1\"", ProcessRunner.accords.path, path("big.json")])
    #expect(result.status == 74)
    #expect(result.stderr.contains("File too large; nothing was written there."), "\(result.stderr)")
    #expect(try leftovers().isEmpty)
  }

  /// A full disk, on a small tmpfs mounted for the test (root only).
  @Test(.enabled(if: Self.canMountTmpfs, "needs root and tmpfs mounts"))
  func aFullDiskIsSaidWithExit74() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let disk = path("disk")
    try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: false)
    #expect(try ProcessRunner.sh("mount -t tmpfs -o size=64k tmpfs '\(disk)'").status == 0)
    defer { _ = try? ProcessRunner.sh("umount '\(disk)'") }
    let result = try export("--output", disk + "/catalog.json")
    #expect(result.status == 74)
    #expect(result.stderr.contains("No space left on device; nothing was written there."), "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: disk).isEmpty)
  }

  static let canMountTmpfs: Bool = {
    guard getuid() == 0 else { return false }
    let probe =
      "d=$(mktemp -d) && mount -t tmpfs -o size=16k tmpfs \"$d\" && umount \"$d\"; s=$?; rmdir \"$d\"; exit $s"
    return (try? ProcessRunner.sh(probe).status) == 0
  }()

  /// Interrupted while it writes, the export removes its temporary file. The signal is sent
  /// as soon as the temporary file appears; a run where it came too late is tried again.
  @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
  func aSignalRemovesTheTemporaryFile(signal: Int32) throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let catalog = try #require(Self.largeCatalog)
    var interrupted = false
    for _ in 0..<5 where !interrupted {
      let process = try Self.spawnWithSignalsDelivered(
        ProcessRunner.accords.path,
        ["--data", catalog, "export", "--format", "sql", "--output", path("out.sql"), "--force"])
      var status: Int32 = 0
      while waitpid(process, &status, WNOHANG) == 0 {
        if try leftovers(besides: ["out.sql"]).contains(where: { $0.hasPrefix(".accords-") }) {
          kill(process, signal)
          interrupted = true
          _ = waitpid(process, &status, 0)
          break
        }
        usleep(200)
      }
      // Ended by the signal itself (status's low seven bits), as the shell expects.
      if interrupted { #expect(status & 0x7F == signal, "status \(status)") }
      #expect(try leftovers(besides: ["out.sql"]).isEmpty)
    }
    #expect(interrupted, "the signal never came while the file was written")
  }

  /// Under `nohup`, SIGHUP stays ignored: the export finishes and its file is in place.
  @Test func aSignalIgnoredWhenStartedStaysIgnored() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let catalog = try #require(Self.largeCatalog)
    let output = path("out.sql")
    var sent = false
    // A run where the signal came too late (the file already in place) is tried again.
    for _ in 0..<5 where !sent {
      try? FileManager.default.removeItem(atPath: output)
      // nohup ignores SIGHUP, then runs accords in the same process.
      let process = try Self.spawnWithSignalsDelivered(
        "/usr/bin/nohup",
        [ProcessRunner.accords.path, "--data", catalog, "export", "--format", "sql", "--output", output])
      var status: Int32 = 0
      while waitpid(process, &status, WNOHANG) == 0 {
        if !sent, try leftovers(besides: ["out.sql", "nohup.out"]).contains(where: { $0.hasPrefix(".accords-") }) {
          kill(process, SIGHUP)
          sent = true
        }
        usleep(200)
      }
      #expect(status == 0, "status \(status)")
      #expect(FileManager.default.fileExists(atPath: output))
      #expect(try leftovers(besides: ["out.sql", "nohup.out"]).isEmpty)
    }
    #expect(sent, "the signal never came while the file was written")
  }

  /// A catalog whose SQL export takes long enough to be interrupted; made once, kept apart
  /// from each test's folder.
  static let largeCatalog: String? = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("accords-large-\(UUID().uuidString).json")
    guard let catalog = try? SyntheticCatalog.make(count: 10_000) else { return nil }
    return (try? CatalogWriter.json(catalog).write(to: path, atomically: true, encoding: .utf8)).map { path.path }
  }()

  /// Starts a program with no signal blocked and every signal's default action, as from a
  /// shell: the test process may block signals, and a child would inherit that.
  static func spawnWithSignalsDelivered(_ path: String, _ arguments: [String]) throws -> pid_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let words = ([path] + arguments).map { strdup($0) }
    defer { words.forEach { free($0) } }
    var pid = pid_t()
    let result = posix_spawn(&pid, path, nil, &attributes, words + [nil], environ)
    guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
    return pid
  }

  @Test func closedStreamsDoNotChangeTheOutcome() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    func status(_ script: String) throws -> Int32 {
      try ProcessRunner.run(URL(fileURLWithPath: "/bin/sh"), ["-c", script, ProcessRunner.accords.path]).status
    }
    #expect(try status("\"$0\" show no-such-record 2>&-") == 1)
    #expect(try status("\"$0\" --tpye 2>&-") == 64)
    #expect(try status("\"$0\" stats 2>&-") == 0)
    #expect(try status("\"$0\" stats >&- 2>/dev/null") == 74)
    // With standard output closed, the export's file still gets the catalog, not the stream.
    #expect(try status("\"$0\" export --output '\(path("closed.json"))' >&-") == 0)
    #expect(try String(contentsOfFile: path("closed.json"), encoding: .utf8).hasPrefix("{"))
  }

  @Test func fileNamesThatAreNotUTF8NameTheirFile() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    // "café.json" in Latin-1: the byte E9 alone is not UTF-8.
    let script =
      "cd \"$1\" && \"$0\" export --output \"$(printf 'caf\\351.json')\" && \"$0\" --data \"$(printf 'caf\\351.json')\" agreements --format jsonl | head -c 1 && \"$0\" --data \"$(printf 'nope\\377.json')\" stats"
    let result = try ProcessRunner.run(
      URL(fileURLWithPath: "/bin/bash"), ["-c", script, ProcessRunner.accords.path, folder.path])
    #expect(result.stdout == "{")
    #expect(result.status == 66)
    #expect(result.stderr.contains("'nope\\xff.json': no such file"), "\(result.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names.count == 1)
  }
}

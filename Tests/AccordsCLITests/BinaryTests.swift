import AccordsCLI
import AccordsCore
import CatalogGenerator
import Foundation
import Testing

/// What only a real process shows: exit statuses, pipes, and the binary working alone in
/// another folder with no build directory beside it.
@Suite(.serialized) struct BinaryTests {
  private func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws -> ProcessRunner.Output {
    try ProcessRunner.run(executable, arguments, in: directory)
  }

  @Test func runsAloneFromAnotherFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accords-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent("accords")
    try FileManager.default.copyItem(at: ProcessRunner.accords, to: copy)

    let mocs = try run(copy, ["agreements", "--type", "moc", "--visit", "2025", "--json"], in: folder)
    #expect(mocs.status == 0)
    let items = try #require(try JSONSerialization.jsonObject(with: Data(mocs.stdout.utf8)) as? [[String: Any]])
    #expect(items.count == 4)

    #expect(try run(copy, ["partners", "Tamil Nadu"], in: folder).stdout.contains("Ehime"))
    #expect(try run(copy, ["partners", "Toyama"], in: folder).stdout.contains("Andhra Pradesh"))
  }

  static let statuses: [([String], Int32)] = [
    (["stats"], 0), (["partners", "Kerala"], 0), (["partners", "Atlantis"], 1),
    (["agreements", "--type", "charter"], 64), (["--bogus"], 64), (["show", "no-such-id"], 1),
  ]

  @Test(arguments: statuses)
  func exitsWithTheDocumentedStatus(arguments: [String], status: Int32) throws {
    let result = try run(ProcessRunner.accords, arguments)
    #expect(result.status == status)
    #expect(result.status == 0 ? result.stderr.isEmpty : result.stdout.isEmpty)
  }

  @Test func endsQuietlyWhenThePipeClosesEarly() throws {
    let path = ProcessRunner.accords.path
    let result = try ProcessRunner.sh(
      "'\(path)' agreements --format csv | head -n1; '\(path)' sources --format plain | head -c 10 >/dev/null")
    #expect(result.stdout.hasPrefix("id,title,titleJa,type,typeName,date,") && result.stdout.hasSuffix("\r\n"))
    #expect(result.stderr.isEmpty)
    #expect(result.status == 0)
    // Not a failure, as the manual says: status 0 even where every stage of a pipe counts.
    let pipefail = try ProcessRunner.run(
      URL(fileURLWithPath: "/bin/bash"),
      ["-c", "set -o pipefail; '\(path)' sources --format plain | head -c 10 >/dev/null"])
    #expect(pipefail.status == 0)
    #expect(pipefail.stderr.isEmpty)
  }

  /// A parent that leaves SIGPIPE ignored (as test runners and some services do) turns the
  /// signal into a failed write: the command still ends quietly, with no error message.
  @Test func endsQuietlyWhenSIGPIPEIsIgnored() throws {
    let path = ProcessRunner.accords.path
    let result = try ProcessRunner.sh("trap '' PIPE; '\(path)' agreements --format json | head -c 10 >/dev/null")
    #expect(result.stderr.isEmpty)
    #expect(result.status == 0)
  }

  @Test func saysWhyWritingFailedAndExitsSeventyFour() throws {
    let result = try ProcessRunner.sh("'\(ProcessRunner.accords.path)' export > /dev/full")
    #expect(result.status == 74)
    #expect(result.stderr == "Error: cannot write to standard output: No space left on device.\n")
  }

  @Test func takesAStateNameOfTwoWordsUnquoted() throws {
    let result = try run(ProcessRunner.accords, ["partners", "Uttar", "Pradesh"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Yamanashi"))
  }

  /// The executable passes on only the variables Accords reads (`ProcessEnvironment.names`);
  /// each must still reach the command from a real environment.
  @Test func readsTheEnvironmentVariablesItDocuments() throws {
    let mine = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/mine.json")
    let withData = try ProcessRunner.run(ProcessRunner.accords, ["validate"], environment: ["ACCORDS_DATA": mine.path])
    #expect(withData.stdout.isEmpty && withData.stderr.contains("mine.json"), "ACCORDS_DATA")
    let wide = try ProcessRunner.run(
      ProcessRunner.accords, ["agreements", "--help"], environment: ["COLUMNS": "200"])
    #expect(wide.stdout.contains("(values: joint-vision, joint-statement, joint-declaration,"), "COLUMNS")
    #expect(Set(ProcessEnvironment.names) == ["COLUMNS", "NO_COLOR", "TERM", "ACCORDS_DATA", "ACCORDS_PAGER", "PAGER"])
  }

  /// A workbook goes to a pipe or a file as its bytes, whole.
  @Test func writesAWorkbookIntoAPipe() throws {
    let path = ProcessRunner.accords.path
    let result = try ProcessRunner.sh("'\(path)' agreements --format xlsx | od -A n -t x1 -N 4")
    #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "50 4b 03 04")
    let size = try ProcessRunner.sh("'\(path)' export --format xlsx | wc -c")
    #expect((Int(size.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 100_000)
  }

  @Test func printsNoEscapeCodesIntoAPipe() throws {
    let result = try run(ProcessRunner.accords, ["stats"])
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(result.stdout.contains("Agreements: "))
  }
}

/// Catalog files are mapped into memory while they are read: a file another program cuts short
/// meanwhile ends in exit 74 and a message, not in death by SIGBUS.
@Suite(.serialized) struct TruncatedFileTests {
  /// A catalog large enough that reading it takes a while, and a shell that waits until the
  /// process has mapped it, then does `action` to it.
  static func runWhileReading(_ action: (_ file: String) -> String) throws -> ProcessRunner.Output {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accords-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("large.json").path
    try CatalogWriter.json(try SyntheticCatalog.make(count: 20_000, seed: 1)).write(
      toFile: file, atomically: true, encoding: .utf8)
    return try ProcessRunner.sh(
      """
      '\(ProcessRunner.accords.path)' --data '\(file)' stats >/dev/null & pid=$!
      mapped=no
      for _ in $(seq 1 4000); do
        if grep -q 'large.json' /proc/$pid/maps 2>/dev/null; then mapped=yes; break; fi
        sleep 0.001
      done
      \(action(file))
      wait $pid; echo "status $? mapped $mapped"
      """)
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/maps"), "needs /proc to see the mapping"))
  func aFileCutShortWhileReadIsReportedWithSeventyFour() throws {
    let result = try Self.runWhileReading { file in ": > '\(file)'" }
    #expect(result.stdout == "status 74 mapped yes\n", "\(result.stderr)")
    #expect(result.stderr.contains("was cut short while it was being read"))
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/maps"), "needs /proc to see the mapping"))
  func theSignalItselfEndsInSeventyFourWithTheMessage() throws {
    let result = try Self.runWhileReading { _ in "kill -BUS $pid" }
    #expect(result.stdout == "status 74 mapped yes\n", "\(result.stderr)")
    #expect(
      result.stderr
        == "Error: a catalog file was cut short while it was being read (another program changed it); run the command again.\n"
    )
  }
}

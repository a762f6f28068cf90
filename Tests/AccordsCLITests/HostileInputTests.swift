import AccordsCLI
import Foundation
import Testing

/// Damaged and hostile catalogs get exit 65 or 66 and a message that names the problem, never a
/// crash: the committed fixtures (with their expectations in `expectations.tsv`) and the inputs
/// too large or too strange to commit, made here.
@Suite(.serialized) struct HostileInputTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Fixtures/hostile")

  struct Expectation: Sendable, CustomStringConvertible {
    let file: String
    let exitCode: Int32
    let fragment: String
    var description: String { file }
  }

  static let expectations: [Expectation] = {
    let text = (try? String(contentsOf: folder.appendingPathComponent("expectations.tsv"), encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
      let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
      return Expectation(file: fields[0], exitCode: Int32(fields[1]) ?? -1, fragment: fields.count > 2 ? fields[2] : "")
    }
  }()

  @Test func hasAtLeastThirtyFixtures() {
    #expect(Self.expectations.count >= 30)
  }

  @Test(arguments: expectations)
  func eachFixtureGetsItsExitCodeAndMessage(expectation: Expectation) {
    let path = Self.folder.appendingPathComponent(expectation.file).path
    for arguments in [["validate", path], ["--data", path, "stats"]] {
      let result = Accords.run(arguments: arguments)
      #expect(result.exitCode.rawValue == expectation.exitCode, "\(arguments)")
      if expectation.exitCode != 0 {
        #expect(result.stderr.contains(expectation.fragment), "\(expectation.file): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(path))
      }
    }
  }

  @Test func escapedControlCharactersAreKeptAsDataButNeverPrintedRaw() throws {
    let path = Self.folder.appendingPathComponent("escaped-controls-are-data.json").path
    let table = Accords.run(arguments: ["--data", path, "agreements"])
    #expect(table.stdout.contains("Clear\\e[2J\\u{7}"))
    #expect(!table.stdout.contains("\u{1B}"))
    let exported = Accords.run(arguments: ["--data", path, "export"]).stdout
    #expect(exported.contains("Clear\\u001B[2J\\u0007"))
  }

  private func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("accords-\(UUID().uuidString)-\(name)").path
  }

  @Test func aHugeFileIsRefusedWithoutBeingRead() throws {
    let path = temporaryPath("huge.json")
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: 1 << 30)  // sparse: 1 GiB on paper, no disk used
    try handle.close()
    let started = Date()
    let result = Accords.run(arguments: ["validate", path])
    #expect(result.exitCode == .dataError)
    #expect(result.stderr.contains("the file is 1024 MiB; catalogs of up to 768 MiB are read"))
    #expect(Date().timeIntervalSince(started) < 2)
  }

  @Test(arguments: [200_000])
  func deepNestingIsAnErrorNotACrash(depth: Int) throws {
    let cases = [
      String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
      "{\"dataset\": " + String(repeating: "{\"a\": ", count: depth) + "1" + String(repeating: "}", count: depth + 1),
      String(repeating: "[", count: depth),
    ]
    for content in cases {
      let path = temporaryPath("deep.json")
      try content.write(toFile: path, atomically: true, encoding: .utf8)
      defer { try? FileManager.default.removeItem(atPath: path) }
      let result = Accords.run(arguments: ["validate", path])
      #expect(result.exitCode == .dataError)
      #expect(result.stderr.contains(path + ":1:"))
    }
  }

  @Test func aDirectoryIsNotACatalog() {
    let result = Accords.run(arguments: ["--data", NSTemporaryDirectory(), "agreements"])
    #expect(result.exitCode == .noInput)
    #expect(result.stderr.contains("it is a directory"))
  }

  @Test func aPipeIsRefusedRatherThanWaitedOn() throws {
    let path = temporaryPath("fifo")
    #expect(mkfifo(path, 0o600) == 0)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = Accords.run(arguments: ["validate", path])
    #expect(result.exitCode == .noInput)
    #expect(result.stderr.contains("not a regular file"))
  }

  @Test func aSymbolicLinkToACatalogIsReadAsTheCatalog() throws {
    let link = temporaryPath("link.json")
    let target = Self.folder.appendingPathComponent("bom-then-valid.json").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    defer { try? FileManager.default.removeItem(atPath: link) }
    let viaLink = Accords.run(arguments: ["--data", link, "export"])
    #expect(viaLink.exitCode == .success, "\(viaLink.stderr)")
    #expect(viaLink.stdout == Accords.run(arguments: ["--data", target, "export"]).stdout)
  }

  @Test func aLinkToWhatIsNotACatalogFileIsStillRefused() throws {
    let fifo = temporaryPath("fifo")
    #expect(mkfifo(fifo, 0o600) == 0)
    defer { try? FileManager.default.removeItem(atPath: fifo) }
    let cases = [
      (NSTemporaryDirectory(), "it is a directory"), ("/dev/null", "not a regular file"), (fifo, "not a regular file"),
      ("/nonexistent/target.json", "it is a symbolic link to a file that does not exist"),
    ]
    for (target, message) in cases {
      let link = temporaryPath("link.json")
      try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
      defer { try? FileManager.default.removeItem(atPath: link) }
      let result = Accords.run(arguments: ["--data", link, "stats"])
      #expect(result.exitCode == .noInput, "\(target)")
      #expect(result.stderr.contains(message), "\(target): \(result.stderr)")
    }
  }

  @Test func aMissingFileExitsSixtySix() {
    let result = Accords.run(arguments: ["--data", "/nonexistent/mine.json", "stats"])
    #expect(result.exitCode == .noInput)
    #expect(result.stderr == "Error: Cannot read the catalog file '/nonexistent/mine.json': no such file.\n")
  }

  @Test func theEnvironmentVariableWorksLikeTheOption() {
    let result = Accords.run(
      arguments: ["stats"], environment: ProcessEnvironment(variables: ["ACCORDS_DATA": "/nonexistent/env.json"]))
    #expect(result.exitCode == .noInput)
    #expect(result.stderr.contains("/nonexistent/env.json"))
  }
}

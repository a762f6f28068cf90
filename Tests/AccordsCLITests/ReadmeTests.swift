import AccordsCLI
import AccordsCore
import AccordsData
import Foundation
import Testing

/// The README's terminal session must be what the binary really prints: each `$ accords …`
/// line is run in-process at 100 columns into a pipe, and its output compared line for line.
@Suite struct ReadmeTests {
  static let readme: String = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    return (try? String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
  }()

  /// Each command in the session with the output shown under it.
  static let session: [(command: String, output: String)] = {
    guard let start = readme.firstRange(of: "<!-- session:start -->\n```console\n"),
      let end = readme.firstRange(of: "```\n<!-- session:end -->")
    else { return [] }
    var steps: [(String, String)] = []
    let block = readme[start.upperBound..<end.lowerBound].dropLast()  // the newline before the fence
    for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("$ ") {
        steps.append((String(line.dropFirst(2)), ""))
      } else if !steps.isEmpty {
        steps[steps.count - 1].1 += line + "\n"
      }
    }
    return steps
  }()

  /// The counts the README states in prose and tables come from the data, not from memory.
  @Test func statesTheCatalogsOwnCounts() throws {
    let catalog = try Catalog.bundled()
    let counts = [
      "sources.json": catalog.sources.count, "agreements.json": catalog.agreements.count,
      "areas.json": catalog.areas.count, "initiatives.json": catalog.initiatives.count,
      "partnerships.json": catalog.partnerships.count, "figures.json": catalog.figures.count,
      "visits.json": catalog.visits.count,
    ]
    for (file, count) in counts {
      let row = try #require(Self.readme.split(separator: "\n").first { $0.hasPrefix("| `\(file)`") }, "\(file)")
      let cell = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }[2]
      let number = cell.split(separator: " ").compactMap { Int($0) }.first
      #expect(number == count, "README says '\(cell)' for \(file); the data holds \(count)")
    }
    let signedEarlier = Summary(of: catalog, visits: ["india-japan-summit-2025"]).agreementsByTiming
      .first { $0.label == .signedEarlier }?.count
    #expect(Self.readme.contains("three were signed earlier") == (signedEarlier == 3))
    #expect(Self.readme.contains("\(catalog.partnerships.count) partnerships were found"))
  }

  /// A newcomer sees how to run it, how to test it and three examples on the first screen
  /// (40 lines), and each example runs.
  @Test func theFirstScreenRunsTestsAndShowsThreeExamples() {
    let firstScreen = Self.readme.split(separator: "\n", omittingEmptySubsequences: false).prefix(40)
    #expect(firstScreen.contains { $0.hasPrefix("swift run accords stats") })
    #expect(firstScreen.contains { $0.hasPrefix("swift test ") })
    let examples = firstScreen.filter { $0.hasPrefix("swift run accords ") && !$0.hasPrefix("swift run accords stats") }
    #expect(examples.count == 3)
    for example in examples {
      let words = Self.shellWords(
        String(example.split(separator: "#")[0]).replacingOccurrences(of: "swift run ", with: ""))
      let arguments = Array(words.dropFirst()).map { $0 == "accords.html" ? "-" : $0 }
      let result = Accords.run(arguments: arguments)
      #expect(result.exitCode == .success, "\(example): \(result.stderr)")
    }
  }

  @Test func hasASession() {
    #expect(Self.session.count >= 5)
  }

  @Test(arguments: session.map(\.command))
  func sessionMatchesTheBinary(command: String) throws {
    let expected = try #require(Self.session.first { $0.command == command }).output
    let words = Self.shellWords(command)
    #expect(words.first == "accords")
    let result = Accords.run(
      arguments: Array(words.dropFirst()), environment: ProcessEnvironment(variables: ["COLUMNS": "100"]))
    #expect(result.stdout + result.stderr == expected)
  }

  /// Splits a command line at spaces, keeping double-quoted words whole.
  static func shellWords(_ line: String) -> [String] {
    var words: [String] = []
    var word = ""
    var quoted = false
    var inWord = false
    for character in line {
      if character == "\"" {
        quoted.toggle()
        inWord = true
      } else if character == " ", !quoted {
        if inWord { words.append(word) }
        word = ""
        inWord = false
      } else {
        word.append(character)
        inWord = true
      }
    }
    if inWord { words.append(word) }
    return words
  }
}

/// The README's `validate` example is what the binary prints for the committed `mine.json`.
@Suite struct ReadmeValidateExampleTests {
  @Test func validateExampleMatchesTheBinary() throws {
    let readme = ReadmeTests.readme
    let start = try #require(
      readme.firstRange(of: "<!-- validate:start -->\n```console\n$ accords validate mine.json\n"))
    let end = try #require(readme.firstRange(of: "```\n<!-- validate:end -->"))
    let expected = String(readme[start.upperBound..<end.lowerBound])
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    // Run with the full path (tests share one working folder), then show it as typed.
    let result = Accords.run(arguments: ["validate", fixtures.appendingPathComponent("mine.json").path])
    #expect(result.exitCode == .dataError)
    #expect((result.stdout + result.stderr).replacingOccurrences(of: fixtures.path + "/", with: "") == expected)
  }
}

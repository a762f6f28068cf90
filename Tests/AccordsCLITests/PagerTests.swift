import AccordsCLI
import Foundation
import Testing

/// Long output pages on a terminal, as `git` and `gh` do, and never in a pipe.
@Suite struct PagerTests {
  private func terminal(rows: Int = 20, _ variables: [String: String] = [:]) -> ProcessEnvironment {
    ProcessEnvironment(variables: variables, stdoutIsTerminal: true, terminalColumns: 80, terminalRows: rows)
  }

  private let long = String(repeating: "line\n", count: 30)

  @Test func pagesOnlyOutputLongerThanTheScreenOfATerminal() {
    #expect(Pager.command(for: long, environment: terminal(), noPager: false) == "less -FRX")
    #expect(Pager.command(for: "short\n", environment: terminal(), noPager: false) == nil)
    #expect(Pager.command(for: long, environment: ProcessEnvironment(), noPager: false) == nil, "a pipe")
    #expect(Pager.command(for: long, environment: terminal(), noPager: true) == nil, "--no-pager")
    // Three lines of 100 columns wrap to six on an 80-column screen.
    let wide = String(repeating: String(repeating: "x", count: 100) + "\n", count: 3)
    #expect(Pager.command(for: wide, environment: terminal(rows: 6), noPager: false) != nil)
    #expect(Pager.command(for: wide, environment: terminal(rows: 7), noPager: false) == nil)
  }

  @Test func accordsPagerThenPagerThenLess() {
    let both = terminal(["ACCORDS_PAGER": "most", "PAGER": "more"])
    #expect(Pager.command(for: long, environment: both, noPager: false) == "most")
    #expect(Pager.command(for: long, environment: terminal(["PAGER": " more "]), noPager: false) == "more")
    for none in ["", "cat", "  "] {
      #expect(
        Pager.command(for: long, environment: terminal(["ACCORDS_PAGER": none, "PAGER": "more"]), noPager: false) == nil
      )
    }
  }

  @Test func commandsPageTheirOutputAndErrorsNever() {
    #expect(Accords.run(arguments: ["sources"], environment: terminal()).pager == "less -FRX")
    #expect(Accords.run(arguments: ["sources", "--no-pager"], environment: terminal()).pager == nil)
    #expect(Accords.run(arguments: ["--no-pager", "sources"], environment: terminal()).pager == nil)
    #expect(Accords.run(arguments: ["sources"]).pager == nil, "a pipe")
    #expect(Accords.run(arguments: ["show", "nothing-of-the-kind"], environment: terminal(rows: 2)).pager == nil)
  }

  /// In a real terminal (a pseudo-terminal from `script`), the whole output reaches the pager
  /// and nothing else; piped, or with --no-pager, the pager is never started.
  @Test(.requires(.script)) func aRealTerminalPagesThroughThePager() throws {
    try Tool.script.require()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accords-pager-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let paged = folder.appendingPathComponent("paged").path
    let accords = ProcessRunner.accords.path
    func inTerminal(_ command: String) throws -> ProcessRunner.Output {
      try ProcessRunner.run(
        URL(fileURLWithPath: "/usr/bin/env"),
        ["script", "-qec", "stty rows 20 cols 80; " + command, "/dev/null"],
        environment: ["ACCORDS_PAGER": "cat > '\(paged)'", "NO_COLOR": "1"])
    }
    let screen = try inTerminal("'\(accords)' sources")
    let pagedText = try String(contentsOfFile: paged, encoding: .utf8)
    let expected = Accords.run(arguments: ["sources"], environment: terminal(["NO_COLOR": "1"])).stdout
    #expect(pagedText == expected)
    #expect(!screen.stdout.contains("https://"), "the text went to the pager, not the screen")

    try FileManager.default.removeItem(atPath: paged)
    _ = try inTerminal("'\(accords)' sources | cat > /dev/null; '\(accords)' sources --no-pager > /dev/null")
    #expect(!FileManager.default.fileExists(atPath: paged))
  }
}

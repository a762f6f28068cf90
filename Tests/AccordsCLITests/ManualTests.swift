import AccordsCLI
import Foundation
import Testing

@Suite struct ManualTests {
  static let committed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/accords/accords.1")

  @Test func committedPageIsCurrent() throws {
    let page = try String(contentsOf: Self.committed, encoding: .utf8)
    #expect(page == accords("manual").stdout, "regenerate with: swift run accords manual > Sources/accords/accords.1")
  }

  @Test(.requires(.groff)) func groffReadsThePageWithoutWarnings() throws {
    try Tool.groff.require()
    let result = try ProcessRunner.sh("groff -ww -z -man -Tutf8", input: accords("manual").stdout)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
  }

  /// On a 60-column page every line fits but the examples (commands, kept whole to be
  /// copied): each command's synopsis wraps, an option's brackets held together.
  @Test(.requires(.groff)) func theSynopsisWrapsToThePage() throws {
    try Tool.groff.require()
    let result = try ProcessRunner.sh("groff -man -Tutf8 -rLL=60n | sed 's/.\\x08//g'", input: accords("manual").stdout)
    let lines = result.stdout.split(separator: "\n")
    for line in lines where !line.contains("$ ") {
      #expect(line.count <= 60, "\(line)")
    }
    #expect(lines.contains { $0.contains("accords agreements [--type <type> ...]") })
  }

  @Test func describesEveryCommandAndExitStatus() {
    let page = accords("man").stdout
    for command in CommandTable.names {
      #expect(page.contains(".SS \(command)"))
    }
    for code in ["64", "65", "66"] { #expect(page.contains("\\fB\(code)\\fR")) }
    #expect(page.contains(".SH ENVIRONMENT"))
    #expect(!page.contains("__complete"))
  }
}

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

import AccordsCLI
import Foundation
import Testing

@Suite struct GraphFormatTests {
  @Test func mermaidLinksEveryStateToItsPrefecture() {
    let text = accords("partnerships", "--format", "mermaid").stdout
    #expect(text.hasPrefix("flowchart LR\n"))
    #expect(text.contains("n_IN_TN ---|\"memorandum of understanding, 2024\"| n_JP_38"))
    #expect(text.components(separatedBy: " ---|").count - 1 == 13)
  }

  @Test func mermaidLinksAreasToWhatServesThem() {
    let text = accords("areas", "--format", "mermaid").stdout
    #expect(text.contains("n_area_technology_innovation --> n_agreement_lupex_implementing_arrangement"))
    #expect(text.contains("n_area_state_prefecture --> n_initiative_state_prefecture_partnership_initiative"))
  }

  @Test(.requires(.dot), arguments: ["partnerships", "areas"])
  func graphvizDrawsTheDotOutput(command: String) throws {
    try Tool.dot.require()
    let result = try ProcessRunner.sh("dot -Tsvg", input: accords(command, "--format", "dot").stdout)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.contains("<svg"))
  }

  @Test func onlyLinkedListingsOfferPictures() {
    let result = accords("agreements", "--format", "dot")
    #expect(result.exitCode == .usage)
    #expect(accords("partnerships", "--help").stdout.contains("mermaid, dot"))
  }
}

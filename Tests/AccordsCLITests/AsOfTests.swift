import CommandLineKit
import Foundation
import Testing

@testable import AccordsCLI

/// `--as-of <date>` wherever a status is worked out: the answer is the status on that day,
/// in every command and format that shows one.
@Suite struct AsOfTests {
  /// Every command whose help offers `--as-of`, from the commands' own table.
  static let commandsWithAsOf = Accords.subcommands.map(\.spec).filter { spec in
    spec.options.contains { $0.name == "as-of" }
  }.map(\.name)

  @Test func everyCommandThatShowsAStatusTakesAsOf() {
    #expect(Set(Self.commandsWithAsOf) == ["agreements", "partnerships", "partners", "show", "stats"])
    for name in Self.commandsWithAsOf {
      let result = Accords.run(
        arguments: [name] + (name == "partners" || name == "show" ? ["Delhi"] : []) + ["--as-of", "soon"])
      #expect(result.exitCode == .usage, "\(name)")
      #expect(result.stderr.contains("'--as-of <date>'"), "\(name): \(result.stderr)")
    }
  }

  @Test func partnershipStatusesOnAnEarlierDay() {
    let plain = Accords.run(arguments: ["partnerships", "--as-of", "2012", "--format", "plain"]).stdout
    let byID = Dictionary(
      uniqueKeysWithValues: plain.split(separator: "\n").map { line in
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return (cells[0], cells[cells.count - 2])
      })
    #expect(byID["delhi-fukuoka"] == "in force until renewed on 16 Jan 2018")
    #expect(byID["maharashtra-wakayama"]?.hasPrefix("not yet signed") == true)
    let csv = parseCSV(
      Accords.run(arguments: ["partnerships", "--as-of", "2012", "--format", "csv", "--fields", "id,status,statusOn"])
        .stdout)
    #expect(csv.contains(["delhi-fukuoka", "in-force", "2012"]))
    #expect(csv.contains(["maharashtra-wakayama", "not-yet-signed", "2012"]))

    let partners = Accords.run(arguments: ["partners", "Delhi", "--as-of", "2006"]).stdout
    #expect(partners.contains("not yet signed (signed 5 Mar 2007)"))
    let show = Accords.run(arguments: ["show", "delhi-fukuoka", "--as-of", "2024"]).stdout
    #expect(show.contains("in force until 31 Mar 2026 (as of 2024)"))
    let json = Accords.run(arguments: ["show", "delhi-fukuoka", "--as-of", "2024", "--json"]).stdout
    #expect(json.contains("\"asOf\": \"2024\""))
  }

  @Test func statsCountStatusesOnTheDayAsked() throws {
    let text = Accords.run(arguments: ["stats", "--as-of", "2000"]).stdout
    #expect(text.contains("Agreements by status on 2000"))
    #expect(text.contains("not yet signed on 2000   13"))
    let json = try #require(
      try JSONSerialization.jsonObject(
        with: Data(Accords.run(arguments: ["stats", "--as-of", "2000", "--json"]).stdout.utf8))
        as? [String: Any])
    #expect(json["statusesOn"] as? String == "2000")
    let byStatus = (json["partnerships"] as? [String: Any])?["byStatus"] as? [String: Int]
    #expect(byStatus?["not-yet-signed"] == 13)
  }
}

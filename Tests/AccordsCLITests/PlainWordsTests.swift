import AccordsCLI
import AccordsCore
import Testing

/// Names and queries of several words are taken whole, as people type them, quoted or not.
@Suite struct PlainWordsTests {
  @Test func partnersTakesAStateNameOfTwoWordsUnquoted() {
    let unquoted = accords("partners", "Uttar", "Pradesh")
    #expect(unquoted.exitCode == .success)
    #expect(unquoted.stdout.contains("Yamanashi"))
    #expect(unquoted == accords("partners", "Uttar Pradesh"))
  }

  @Test func optionsMayStandBeforeAfterOrBetweenTheWords() {
    let json = accords("partners", "Uttar", "Pradesh", "--json").stdout
    #expect(accords("partners", "--json", "Uttar", "Pradesh").stdout == json)
    #expect(accords("partners", "Uttar", "--json", "Pradesh").stdout == json)
  }

  @Test func searchAndShowTakeTheirWordsWhole() {
    #expect(accords("search", "clean", "hydrogen") == accords("search", "clean hydrogen"))
    #expect(accords("show", "Joint", "Crediting", "Mechanism").stdout.contains("joint-crediting-mechanism-moc"))
  }

  @Test func theTerminatorStillEndsOptions() {
    let result = accords("search", "--", "--json")
    #expect(result.exitCode == .success)
    #expect(!result.stdout.hasPrefix("["))
  }

  @Test func usageLinesShowThatWordsMayFollow() {
    #expect(accords("partners", "--help").stdout.contains("USAGE: accords partners <name> ..."))
    #expect(accords("search", "--help").stdout.contains("USAGE: accords search <words> ..."))
  }

  @Test func aSearchForNothingSaysWhatIsMissing() {
    let result = accords("search", "  ")
    #expect(result.exitCode == .usage)
    #expect(
      result.stderr.hasPrefix("Error: '<words>' needs at least one word or number to search for; '  ' has none."))
  }
}

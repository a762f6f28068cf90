import AccordsCLI
import Testing

@Suite struct PartnersCommandTests {
  @Test func findsTamilNadusPartnerPrefecture() {
    let result = accords("partners", "Tamil Nadu")
    #expect(result.exitCode == .success)
    #expect(result.stdout.hasPrefix("Tamil Nadu (IN-TN, state): 1 partner prefecture"))
    #expect(result.stdout.contains("Ehime"))
  }

  @Test func findsToyamasPartnerState() {
    let result = accords("partners", "Toyama")
    #expect(result.stdout.contains("Andhra Pradesh"))
    #expect(result.stdout.contains("11 Dec 2015"))
  }

  @Test(arguments: ["tamil nadu", "IN-TN", "tn", "TamilNadu"])
  func matchesNamesAndCodesLoosely(name: String) throws {
    let items = try #require(try json(accords("partners", name, "--json").stdout) as? [[String: Any]])
    let partner = try #require(items.first?["partner"] as? [String: Any])
    #expect(partner["code"] as? String == "JP-38")
  }

  @Test func listsBothOfGujaratsPartners() throws {
    let items = try #require(try json(accords("partners", "Gujarat", "--json").stdout) as? [[String: Any]])
    #expect(items.compactMap { ($0["partner"] as? [String: Any])?["name"] as? String } == ["Hyogo", "Shizuoka"])
  }

  @Test func aRegionWithoutPartnersIsNotAnError() {
    let table = accords("partners", "Kerala")
    #expect(table.exitCode == .success)
    #expect(table.stdout.hasPrefix("Kerala (IN-KL, state) has no partner prefecture on record."))
    let json = accords("partners", "Kerala", "--json")
    #expect(json.exitCode == .success)
    #expect(json.stdout == "[]\n")
  }

  @Test func anUnknownNameExitsOneWithSuggestions() {
    let result = accords("partners", "Maharastra")
    #expect(result.exitCode == .notFound)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "Error: No state, union territory or prefecture is named 'Maharastra'. Did you mean 'Maharashtra'?\n")
  }

  @Test func anUnrelatedNamePointsToTheRegionList() {
    #expect(accords("partners", "Atlantis").stderr.contains("Try 'accords regions'"))
  }
}

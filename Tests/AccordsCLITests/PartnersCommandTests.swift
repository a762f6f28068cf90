import AccordsCLI
import Testing

@Suite struct PartnersCommandTests {
  @Test func findsTamilNadusFivePartnerPrefecturesWithDatesAndStatus() throws {
    let result = accords("partners", "Tamil Nadu")
    #expect(result.exitCode == .success)
    #expect(result.stdout.hasPrefix("Tamil Nadu (IN-TN, state): 5 partner prefectures"))
    let items = try #require(try json(accords("partners", "Tamil Nadu", "--json").stdout) as? [[String: Any]])
    #expect(
      items.compactMap { ($0["partner"] as? [String: Any])?["name"] as? String } == [
        "Hiroshima", "Kanagawa", "Kochi", "Ehime", "Osaka",
      ])
    #expect(
      items.compactMap { $0["signed"] as? String } == [
        "2010-11-08", "2014-11-13", "2024-01", "2024-01-22", "2024-07-23",
      ])
    #expect(items.allSatisfy { ($0["status"] as? [String: Any])?["status"] as? String == "no-term-stated" })
  }

  @Test func kochiAnswersThePrefectureAndSaysItIsNotTheCityInKerala() {
    let result = accords("partners", "Kochi")
    #expect(result.stdout.hasPrefix("Kochi 高知県 (JP-39, prefecture): 2 partner states"))
    #expect(result.stdout.contains("Tamil Nadu") && result.stdout.contains("Nagaland"))
    #expect(
      result.stdout.contains("not Kochi (Cochin), the city in Kerala") || result.stdout.contains("Kochi (Cochin),"))
  }

  @Test func delhiShowsThatItsLastKnownTermEnded() {
    #expect(accords("partners", "NCT of Delhi").stdout.contains("term ended 31 Mar 2026"))
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
    #expect(partner["code"] as? String == "JP-34")
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

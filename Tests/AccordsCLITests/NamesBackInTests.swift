import AccordsCLI
import AccordsCore
import AccordsData
import Testing

/// Every label a listing prints can be typed back in, and a name that matches nothing leads
/// somewhere. The lists walked come from the catalog, not from the test.
@Suite struct NamesBackInTests {
  static let catalog: Catalog? = try? Catalog.bundled()

  /// The VISIT column's label (`15th, Aug 2025`), the month (`2025-08`, `Aug 2025`) and the
  /// month label select the same visit.
  @Test(arguments: (catalog?.visits ?? []).map(\.id))
  func everyVisitLabelSelectsItsVisit(id: Visit.ID) throws {
    let catalog = try #require(Self.catalog)
    let visit = try #require(catalog.visit(id))
    let expected = catalog.agreements(of: id).count
    for label in [visit.shortLabel, visit.monthLabel, visit.start.description.prefix(7).description] {
      let result = accords("agreements", "--visit", label, "--format", "csv")
      // A month two visits share (none today) would be ambiguous, which exits 1 and says so.
      guard result.exitCode == .success else {
        #expect(result.stderr.contains("could mean more than one visit"), "\(label)")
        continue
      }
      #expect(parseCSV(result.stdout).count - 1 == expected, "\(label)")
    }
  }

  @Test func aSummitAcrossTwoMonthsHasOneLabelAndAnswersToBoth() throws {
    let visit = try #require(Self.catalog?.visit("india-japan-summit-2014"))
    #expect(visit.monthLabel == "Aug–Sep 2014")
    #expect(visit.title.hasSuffix("August–September 2014"))
    for label in ["Aug 2014", "2014-09", "September 2014", "Aug–Sep 2014"] {
      #expect(accords("agreements", "--visit", label).exitCode == .success, "\(label)")
    }
  }

  @Test(arguments: (catalog?.areas ?? []).map(\.romanNumeral))
  func everyAreaNumeralOpensItsArea(numeral: String) {
    #expect(accords("show", numeral).exitCode == .success)
  }

  /// What `parties` prints in its NAME column opens that party.
  @Test(arguments: (catalog?.parties ?? []).map(\.id))
  func everyPartyNameAsListedOpensIt(id: Party.ID) throws {
    let catalog = try #require(Self.catalog)
    let party = try #require(catalog.party(id))
    let shown = try json(accords("show", party.fullName, "--json").stdout) as? [String: Any]
    #expect(shown?["id"] as? String == id.rawValue, "\(party.fullName)")
  }

  /// A person answers to either order of their name, and to the name as `people` lists it.
  @Test(arguments: (catalog?.people ?? []).filter { $0.name.split(separator: " ").count == 2 }.map(\.id))
  func everyPersonAnswersToEitherOrder(id: Person.ID) throws {
    let catalog = try #require(Self.catalog)
    let person = try #require(catalog.person(id))
    let words = person.name.split(separator: " ")
    for name in [person.name, "\(words[1]) \(words[0])"] {
      let shown = try json(accords("show", name, "--json").stdout) as? [String: Any]
      #expect(shown?["id"] as? String == id.rawValue, "\(name)")
    }
  }

  @Test func ishibaListsTheSummitHeLed() {
    let text = accords("show", "Ishiba").stdout
    #expect(text.hasPrefix("Shigeru Ishiba 石破茂\n"))
    #expect(text.contains("15th India–Japan Annual Summit (india-japan-summit-2025)"))
    #expect(accords("show", "石破茂").stdout == text)
  }

  @Test func aSignatoryListsWhatTheySignedWithTheirOffice() {
    let text = accords("show", "Kenji Hiramatsu").stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(text.contains("(defence-equipment-technology-agreement-2015) — signed as Ambassador of Japan to India"))
  }

  @Test(arguments: [
    ("ACSA", "acsa-2020"), ("CEPA", "cepa-2011"), ("Shinkansen", "hsr-moc-2015"),
    ("日本とインドとの間の安全保障協力に関する共同宣言", "jdsc-2008"), ("VIII", "state-prefecture"), ("METI", "meti"),
    ("経済産業省", "meti"), ("Government of the Republic of India", "government-of-india"),
  ])
  func shortNamesAndExactTitlesResolve(name: String, id: String) throws {
    let shown = try json(accords("show", name, "--json").stdout) as? [String: Any]
    #expect(shown?["id"] as? String == id)
  }

  /// Every region answers to its names in every script the data gives.
  @Test(arguments: (catalog?.regions ?? []).map(\.code))
  func everyRegionAnswersToItsNamesInEveryScript(code: Region.Code) throws {
    let catalog = try #require(Self.catalog)
    let region = try #require(catalog.region(code))
    for name in [region.name, region.nameJa, region.nameHi, region.reading].compactMap({ $0 }) {
      let result = accords("partners", name)
      #expect(result.stdout.contains("(\(code.rawValue),"), "\(name)")
    }
  }

  @Test(arguments: [("गुजरात", "IN-GJ"), ("झारखंड", "IN-JH"), ("ひろしま", "JP-34"), ("マハラシュトラ", "IN-MH")])
  func heldOutSpellingsResolve(name: String, code: String) {
    #expect(accords("partners", name).stdout.contains("(\(code),"))
  }

  /// Every city the gazetteer lists, under each of its names, points to its region; a city
  /// named like a region (Kochi in Kerala, Kōchi Prefecture) is the region, whose note points on.
  @Test(arguments: (catalog?.regions ?? []).filter { !$0.cities.isEmpty }.map(\.code))
  func everyCityPointsToItsRegion(code: Region.Code) throws {
    let catalog = try #require(Self.catalog)
    let region = try #require(catalog.region(code))
    for city in region.cities {
      for name in [city.name] + city.otherNames where !Self.isRegionName(name) {
        let result = accords("partners", name)
        #expect(result.exitCode == .notFound)
        #expect(result.stderr.contains("is a city in \(region.name) (\(code.rawValue))"), "\(name)")
        #expect(result.stderr.contains("accords partners \(ShellQuoting.expected(region.name))"), "\(name)")
      }
    }
  }

  private static func isRegionName(_ name: String) -> Bool {
    if case .found = catalog?.region(named: name) { return true }
    return false
  }

  @Test func cochinPointsToKeralaNotToKochiPrefecture() {
    let result = accords("partners", "Cochin")
    #expect(result.stderr.hasPrefix("Error: Cochin (Kochi) is a city in Kerala (IN-KL)"))
    #expect(!result.stderr.contains("Kochi?"))
  }

  @Test func aNameThatMatchesNothingSuggestsTheSearch() {
    let result = accords("show", "defence pact")
    #expect(result.exitCode == .notFound)
    #expect(result.stderr.contains("accords search 'defence pact'"))
  }
}

/// How a region name appears in a suggested command: quoted when it has a space.
enum ShellQuoting {
  static func expected(_ name: String) -> String { name.contains(" ") ? "'\(name)'" : name }
}

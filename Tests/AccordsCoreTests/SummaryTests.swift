import AccordsCore
import AccordsData
import Testing

@Suite struct SummaryTests {
  let summary: Summary
  /// The 2025 summit alone, the worked example whose counts the research notes pin.
  let summary2025: Summary

  init() throws {
    let catalog = try Catalog.bundled()
    summary = Summary(of: catalog)
    summary2025 = Summary(of: catalog, visits: ["india-japan-summit-2025"])
  }

  @Test func typeCountsAddUpToTheTotal() {
    #expect(summary2025.totalAgreements == 13)
    #expect(summary2025.agreementsByType.map(\.count).reduce(0, +) == summary2025.totalAgreements)
    #expect(summary.agreementsByType.map(\.count).reduce(0, +) == summary.totalAgreements)
    #expect(summary.agreementsByType.count == DocumentType.allCases.count)
  }

  @Test func countsThreeMoUsAndFourMoCsIn2025() {
    let byType = Dictionary(uniqueKeysWithValues: summary2025.agreementsByType.map { ($0.label, $0.count) })
    #expect(byType[.memorandumOfUnderstanding] == 3)
    #expect(byType[.memorandumOfCooperation] == 4)
  }

  @Test func partnershipDecadesAddUpToTheTotal() {
    #expect(summary.totalPartnerships == 13)
    #expect(summary.partnershipsByDecade.map(\.label) == [2000, 2010, 2020])
    #expect(summary.partnershipsByDecade.map(\.count) == [1, 6, 6])
    #expect(summary.partnershipsByKind.map(\.count).reduce(0, +) == 13)
  }

  @Test func countsPartnershipsByStateByPrefectureAndByStatus() {
    #expect(summary.partnershipsByState.first?.label == "Tamil Nadu")
    #expect(summary.partnershipsByState.first?.count == 5)
    #expect(summary.partnershipsByPrefecture.first?.label == "Kochi")
    #expect(summary.partnershipsByPrefecture.first?.count == 2)
    #expect(summary.partnershipsByStatus.map(\.count) == [1, 1, 11, 0])
    #expect(summary.partnershipsByStatus.map(\.label) == Partnership.Status.Kind.allCases)
  }

  @Test func countsTheDocumentsSignedBeforeThe2025Summit() {
    #expect(summary2025.agreementsByTiming.first { $0.label == .signedEarlier }?.count == 3)
  }

  /// Honest categories: a document of no visit is not "on the day"; the 2018 swap (signed in
  /// February 2019) and the 2022 loans (signed 31 March, eleven days after the summit) were
  /// signed after their visit.
  @Test func countsWhenEachDocumentWasSignedAgainstItsVisit() throws {
    let catalog = try Catalog.bundled()
    #expect(catalog.timing(of: try #require(catalog.agreement("cepa-2011"))) == .noVisit)
    #expect(catalog.timing(of: try #require(catalog.agreement("acsa-2020"))) == .noVisit)
    #expect(catalog.timing(of: try #require(catalog.agreement("jica-loan-agreements-2022"))) == .signedAfter)
    #expect(catalog.timing(of: try #require(catalog.agreement("joint-crediting-mechanism-moc"))) == .signedEarlier)
    #expect(catalog.timing(of: try #require(catalog.agreement("joint-vision-next-decade"))) == .duringVisit)
    #expect(summary.agreementsByTiming.map(\.label) == SigningTiming.allCases)
    #expect(summary.agreementsByTiming.map(\.count).reduce(0, +) == summary.totalAgreements)
  }

  @Test func countsTheGazetteerByKind() {
    #expect(summary.regionsByKind.map(\.count) == [28, 8, 47])
    #expect(summary.partneredRegions == 20)
  }

  @Test func areaCountsCoverEveryAreaInOrder() {
    #expect(summary.byArea.map(\.area.ordinal) == Array(1...8))
    #expect(summary2025.agreementsWithoutArea == 2)
  }

  /// The joint vision is the two leaders' own: they are its signatories, not its parties.
  @Test func partyCountsAreSortedMostFrequentFirst() {
    let counts = summary.agreementsByParty.map(\.count)
    #expect(counts == counts.sorted(by: >))
    #expect(summary2025.agreementsWithoutParties == 4)
  }

  /// One row per body, whatever wording each source used: "Government of the Republic of
  /// India", "Republic of India" and "India" are one party; no Prime Minister is a party.
  @Test func countsEachBodyOnce() {
    let labels = summary.agreementsByParty.map(\.label)
    #expect(labels.count == Set(labels).count)
    #expect(labels.filter { $0.contains("India") && $0.hasPrefix("Government") } == ["Government of India"])
    #expect(!labels.contains { $0.contains("Prime Minister") })
    #expect(labels.filter { $0.contains("JAXA") } == ["Japan Aerospace Exploration Agency (JAXA)"])
    let meti = summary.agreementsByParty.first { $0.label.contains("METI") }
    #expect(meti?.count == 7)
  }

  /// Rolled up, METI's and MOFA's documents count for the Government of Japan, once each.
  @Test func rollsPartiesUpToTheirGovernment() throws {
    let japan = try #require(summary.agreementsByTopBody.first { $0.label.hasPrefix("Government of Japan") })
    let own = try #require(summary.agreementsByParty.first { $0.label.hasPrefix("Government of Japan") })
    #expect(japan.count > own.count)
    #expect(!summary.agreementsByTopBody.contains { $0.label.contains("METI") })
  }

  @Test func sourceKindsAddUpToTheTotal() {
    #expect(summary.sourcesByKind.map(\.count).reduce(0, +) == summary.totalSources)
  }
}

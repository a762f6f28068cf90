import AccordsCore
import AccordsData
import Testing

@Suite struct SummaryTests {
  let summary: Summary

  init() throws { summary = Summary(of: try Catalog.bundled()) }

  @Test func typeCountsAddUpToTheTotal() {
    #expect(summary.totalAgreements == 13)
    #expect(summary.agreementsByType.map(\.count).reduce(0, +) == summary.totalAgreements)
    #expect(summary.agreementsByType.count == DocumentType.allCases.count)
  }

  @Test func countsThreeMoUsAndFourMoCs() {
    let byType = Dictionary(uniqueKeysWithValues: summary.agreementsByType.map { ($0.label, $0.count) })
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
    #expect(summary.partnershipsByStatus.map(\.count) == [1, 1, 11])
    #expect(summary.partnershipsByStatus.map(\.label) == Partnership.Status.Kind.allCases)
  }

  @Test func countsTheDocumentsSignedBeforeTheSummit() {
    #expect(summary.agreementsSignedBeforeTheirDate == 3)
  }

  @Test func countsTheGazetteerByKind() {
    #expect(summary.regionsByKind.map(\.count) == [28, 8, 47])
    #expect(summary.partneredRegions == 20)
  }

  @Test func areaCountsCoverEveryAreaInOrder() {
    #expect(summary.byArea.map(\.area.ordinal) == Array(1...8))
    #expect(summary.agreementsWithoutArea == 2)
  }

  @Test func partyCountsAreSortedMostFrequentFirst() {
    let counts = summary.agreementsByParty.map(\.count)
    #expect(counts == counts.sorted(by: >))
    #expect(summary.agreementsWithoutParties == 3)
  }

  @Test func sourceKindsAddUpToTheTotal() {
    #expect(summary.sourcesByKind.map(\.count).reduce(0, +) == summary.totalSources)
  }
}

import AccordsCore
import AccordsData
import Foundation
import Testing

/// The facts a user would quote, pinned against the research notes. A failure here means the
/// bundled data changed a fact, not merely that code changed.
@Suite struct BundledCatalogTests {
  let catalog: Catalog
  /// The 2025 summit's outcome documents: the worked example the research notes describe.
  let summit2025: [Agreement]

  init() throws {
    catalog = try Catalog.bundled()
    summit2025 = catalog.agreements(of: "india-japan-summit-2025")
  }

  @Test func hasThirteenOutcomeDocumentsFrom2025() {
    #expect(summit2025.count == 13)
  }

  @Test(arguments: [
    (DocumentType.jointVision, 1), (.jointDeclaration, 1), (.jointDeclarationOfIntent, 1),
    (.jointStatementOfIntent, 1), (.actionPlan, 1), (.implementingArrangement, 1),
    (.memorandumOfUnderstanding, 3), (.memorandumOfCooperation, 4), (.jointStatement, 0),
  ])
  func countsDocumentsOfEachType(type: DocumentType, expected: Int) {
    #expect(summit2025.count { $0.type == type } == expected)
  }

  @Test func listsTheFourMemorandaOfCooperationOf2025() {
    let ids = summit2025.filter { $0.type == .memorandumOfCooperation }.map(\.id.rawValue)
    #expect(
      ids == [
        "joint-crediting-mechanism-moc", "mineral-resources-moc", "cultural-exchange-moc",
        "environment-cooperation-moc",
      ])
  }

  @Test func recordsTheJointCreditingMechanismAsAnMoCAndNotesTheConflict() throws {
    let jcm = try #require(catalog.agreement("joint-crediting-mechanism-moc"))
    #expect(jcm.type == .memorandumOfCooperation)
    #expect(jcm.notes.contains { $0.kind == .conflict && $0.text.contains("MoU") })
  }

  @Test func namesTheLunarMissionPartiesAndExchangers() throws {
    let lupex = try #require(catalog.agreement("lupex-implementing-arrangement"))
    #expect(catalog.partyCountries(lupex.parties) == [.india, .japan])
    #expect(lupex.parties.map(\.party) == ["isro", "jaxa"])
    #expect(Set(catalog.personNames(lupex.exchangedBy)) == ["Sibi George", "Mayumi Matsuura"])
    #expect(lupex.notes.contains { $0.kind == .conflict })
  }

  @Test(arguments: ["cultural-exchange-moc", "decentralised-wastewater-mou", "human-resource-exchange-action-plan"])
  func leavesUnconfirmedPartiesEmptyAndSaysSo(id: String) throws {
    let agreement = try #require(catalog.agreement(Agreement.ID(id)))
    #expect(agreement.parties.isEmpty)
    #expect(agreement.notes.contains { $0.kind == .unconfirmed })
  }

  /// Official Japanese ministry pages name these parties (METI, the Ministry of the Environment).
  @Test(arguments: [
    (
      "digital-partnership-mou", "Ministry of Electronics and Information Technology (MeitY)",
      "Ministry of Economy, Trade and Industry (METI)"
    ),
    (
      "environment-cooperation-moc", "Ministry of Environment, Forest and Climate Change (MoEFCC)",
      "Ministry of the Environment (MOE)"
    ),
  ])
  func namesThePartiesOfficialPagesName(id: String, india: String, japan: String) throws {
    let agreement = try #require(catalog.agreement(Agreement.ID(id)))
    #expect(catalog.partyNames(agreement.parties) == [india, japan])
  }

  @Test func namesExchangersOnlyWhereASourceDoesIn2025() {
    let withExchangers = Set(summit2025.filter { !$0.exchangedBy.isEmpty }.map(\.id.rawValue))
    #expect(
      withExchangers == [
        "lupex-implementing-arrangement", "joint-crediting-mechanism-moc", "digital-partnership-mou",
        "clean-hydrogen-ammonia-declaration",
      ])
  }

  /// Env. ministry press_00533 (JCM, 7 Aug), Iru-Miru citing METI (minerals, 28 Aug), Circular
  /// Economy Hub (environment, 28 Aug): signed before the summit, exchanged at it.
  @Test(arguments: [
    ("joint-crediting-mechanism-moc", "2025-08-07", ["Keiichi Ono", "Tanmay Kumar"]),
    ("mineral-resources-moc", "2025-08-28", ["Yoji Muto"]),
    ("environment-cooperation-moc", "2025-08-28", ["Keiichiro Asao", "Sibi George"]),
  ])
  func keepsTheSigningDateApartFromTheSummitDate(id: String, signed: String, signers: [String]) throws {
    let agreement = try #require(catalog.agreement(Agreement.ID(id)))
    #expect(agreement.signed == PartialDate(signed))
    #expect(agreement.date == PartialDate("2025-08-29"))
    #expect(catalog.personNames(agreement.signedBy) == signers)
    #expect(agreement.wasSignedBeforeItsDate)
  }

  @Test func theJCMWasExchangedByTheMinisterAndTheAmbassador() throws {
    let jcm = try #require(catalog.agreement("joint-crediting-mechanism-moc"))
    #expect(catalog.personNames(jcm.exchangedBy) == ["Keiichiro Asao", "Sibi George"])
  }

  @Test func onlyThreeDocumentsWereSignedBeforeThe2025Summit() {
    #expect(summit2025.count(where: \.wasSignedBeforeItsDate) == 3)
  }

  @Test func datesEvery2025DocumentToTheSummitDay() {
    #expect(summit2025.allSatisfy { $0.date == PartialDate("2025-08-29") })
  }

  @Test func hasTheEightJointVisionAreasInOrder() {
    #expect(catalog.areas.map(\.ordinal) == Array(1...8))
    #expect(
      catalog.areas.map(\.name) == [
        "Next Generation Economic Partnership", "Next Generation Economic Security Partnership",
        "Next Generation Mobility", "Next Generation Ecological Legacies",
        "Next Gen Technology and Innovation Partnership", "Investing in Next Gen Health",
        "Next Gen People-to-People Partnership", "Next-Gen State-Prefecture Partnership",
      ])
  }

  @Test func leavesUnsourcedAreaDescriptionsEmpty() {
    let undescribed = catalog.areas.filter { $0.description == nil }.map(\.romanNumeral)
    #expect(undescribed == ["V", "VI", "VII", "VIII"])
  }

  @Test func everyRecordHasASource() {
    #expect(catalog.agreements.allSatisfy { !$0.sources.isEmpty })
    #expect(catalog.partnerships.allSatisfy { !$0.sources.isEmpty })
    #expect(catalog.initiatives.allSatisfy { !$0.sources.isEmpty })
    #expect(catalog.figures.allSatisfy { !$0.sources.isEmpty })
    #expect(catalog.areas.allSatisfy { !$0.sources.isEmpty })
    #expect(catalog.regions.allSatisfy { !$0.sources.isEmpty })
    #expect(catalog.visits.allSatisfy { !$0.sources.isEmpty })
  }

  @Test func everySourceButTheSeedHasAWebAddress() {
    let withoutURL = catalog.sources.filter { $0.url == nil }.map(\.id.rawValue)
    #expect(withoutURL == ["seed-article"])
    #expect(catalog.sources.compactMap(\.url).allSatisfy { $0.hasPrefix("https://") || $0.hasPrefix("http://") })
  }

  @Test func everyAgreementCitesAtLeastOneQuote() {
    #expect(catalog.agreements.allSatisfy { $0.sources.contains { $0.quote != nil } })
  }

  @Test func idsAreUniqueAcrossEachKind() {
    #expect(Set(catalog.agreements.map(\.id)).count == catalog.agreements.count)
    #expect(Set(catalog.partnerships.map(\.id)).count == catalog.partnerships.count)
    #expect(Set(catalog.sources.map(\.id)).count == catalog.sources.count)
    #expect(Set(catalog.figures.map(\.id)).count == catalog.figures.count)
    #expect(Set(catalog.initiatives.map(\.id)).count == catalog.initiatives.count)
  }

  @Test func recordsTheVisitDatesAndPlaces() throws {
    let visit = try #require(catalog.visit("india-japan-summit-2025"))
    #expect(visit.ordinal == 15)
    #expect(visit.start == PartialDate("2025-08-29"))
    #expect(visit.end == PartialDate("2025-08-30"))
    #expect(visit.places.map(\.name) == ["Tokyo", "Sendai"])
    #expect(visit.places.compactMap(\.region) == ["JP-13", "JP-04"])
    #expect(catalog.personNames(visit.leaders) == ["Narendra Modi", "Shigeru Ishiba"])
  }

  @Test func listsTheAnnouncedInitiatives() {
    let names = Set(catalog.initiatives.map(\.name))
    for expected in [
      "Economic Security Initiative", "India-Japan AI Cooperation Initiative", "Next Generation Mobility Partnership",
      "Sustainable Fuel Initiative", "Battery Supply Chain Partnership",
      "India-Japan Small and Medium Enterprises Forum",
      "State-Prefecture Partnership Initiative",
    ] {
      #expect(names.contains(expected), "missing initiative \(expected)")
    }
  }
}

/// The bundled data is checked when Accords is built and not again at start-up; this checks it
/// once more, from the files in `Data/`, with every rule.
@Suite struct BundledDataCheckTests {
  @Test func theDataFolderPassesEveryRuleAndIsWhatIsBundled() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Data")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
      .sorted()
    let files = try names.map { name in
      (name: "Data/" + name, bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
    }
    let checked = try CatalogLoader.load(files: files)
    #expect(CatalogWriter.json(checked) == CatalogWriter.json(try Catalog.bundled()))
  }
}

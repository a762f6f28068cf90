import AccordsCore
import AccordsData
import Testing

@Suite struct QueryTests {
  let catalog: Catalog

  init() throws { catalog = try Catalog.bundled() }

  /// The 2025 summit, the worked example: its counts are the ones the research notes pin.
  let summit2025: Set<Visit.ID> = ["india-japan-summit-2025"]

  @Test func filtersByAnyOfSeveralTypes() {
    let memoranda = catalog.agreements(
      matching: AgreementFilter(types: [.memorandumOfUnderstanding, .memorandumOfCooperation], visits: summit2025))
    #expect(memoranda.count == 7)
  }

  @Test func filtersByArea() {
    let ids = catalog.agreements(matching: AgreementFilter(areas: ["economic-security"])).map(\.id.rawValue)
    #expect(ids == ["joint-vision-next-decade", "mineral-resources-moc"])
  }

  @Test(arguments: [("meti", 3), ("isro", 1), ("ministry-of-mines", 1), ("government-of-japan", 2), ("nias", 0)])
  func filtersByParty(party: String, expected: Int) {
    let filter = AgreementFilter(parties: [Party.ID(party)], visits: summit2025)
    #expect(catalog.agreements(matching: filter).count == expected)
  }

  @Test(arguments: [
    ("hydrogen", ["clean-hydrogen-ammonia-declaration"]),
    ("lunar", ["lupex-implementing-arrangement", "jaxa-isro-lunar-polar-ia-2017"]),
    ("Paris Agreement", ["joint-crediting-mechanism-moc"]),
  ])
  func findsAgreementsByAWordOfTheirText(words: String, ids: [String]) {
    let hits = Set(catalog.search(words).filter { $0.kind == .agreement }.map { Agreement.ID($0.id) })
    #expect(catalog.agreements(matching: AgreementFilter(among: hits)).map(\.id.rawValue) == ids)
  }

  @Test func combinesCriteria() {
    let filter = AgreementFilter(types: [.memorandumOfCooperation], areas: ["ecological-legacies"])
    #expect(
      catalog.agreements(matching: filter).map(\.id.rawValue) == [
        "joint-crediting-mechanism-moc", "environment-cooperation-moc",
      ])
  }

  @Test(arguments: [
    ("Tamil Nadu", "IN-TN"), ("tamil nadu", "IN-TN"), ("  TAMIL   NADU ", "IN-TN"), ("TamilNadu", "IN-TN"),
    ("IN-TN", "IN-TN"), ("in-tn", "IN-TN"), ("TN", "IN-TN"), ("JP-38", "JP-38"), ("38", "JP-38"),
    ("Ehime", "JP-38"), ("愛媛県", "JP-38"), ("Kōchi", "JP-39"), ("West Bengal", "IN-WB"), ("Westbengal", "IN-WB"),
  ])
  func resolvesRegionNamesAndCodes(name: String, code: String) {
    guard case .found(let region, _) = catalog.region(named: name) else {
      Issue.record("'\(name)' did not resolve")
      return
    }
    #expect(region.code.rawValue == code)
  }

  @Test(arguments: ["", "Atlantis", "Bombay", "IN-", "JP-48"])
  func findsNoRegionForUnknownNames(name: String) {
    guard case .notFound = catalog.region(named: name) else {
      Issue.record("'\(name)' resolved")
      return
    }
  }

  @Test func servesEachAreaWithItsAgreementsAndInitiatives() {
    #expect(catalog.agreements(serving: "state-prefecture").map(\.id.rawValue) == ["joint-vision-next-decade"])
    #expect(
      catalog.initiatives(serving: "state-prefecture").map(\.id.rawValue).contains(
        "state-prefecture-partnership-initiative"))
  }
}

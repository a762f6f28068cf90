import AccordsCore
import AccordsData
import Testing

/// The facts of the whole India–Japan relationship that users quote: the summits, the landmark
/// agreements, the figures and how documents relate. Each is pinned against the sources named
/// in its comment (source ids as in `Data/sources.json`); a failure means a fact changed.
@Suite struct RelationshipFactsTests {
  let catalog: Catalog

  init() throws { catalog = try Catalog.bundled() }

  /// The annual summits from 2014: number, first and last day. 2014 and 2015 carry a derived
  /// number (no stored source states it); 2016 (Ambassador Chinoy's message), 2017 (MEA),
  /// 2018 (the Foreign Secretary's briefing), 2022 (the joint statement) and 2025 (Deccan
  /// Herald) are numbered by their sources.
  @Test(arguments: [
    ("india-japan-summit-2014", 9, true, "2014-08-30", "2014-09-03"),
    ("india-japan-summit-2015", 10, true, "2015-12-11", "2015-12-13"),
    ("india-japan-summit-2016", 11, false, "2016-11-10", "2016-11-12"),
    ("india-japan-summit-2017", 12, false, "2017-09-13", "2017-09-14"),
    ("india-japan-summit-2018", 13, false, "2018-10-28", "2018-10-29"),
    ("india-japan-summit-2022", 14, false, "2022-03-19", "2022-03-20"),
    ("india-japan-summit-2025", 15, false, "2025-08-29", "2025-08-30"),
  ])
  func recordsEachSummit(id: String, ordinal: Int, derived: Bool, start: String, end: String) throws {
    let visit = try #require(catalog.visit(Visit.ID(id)))
    #expect(visit.ordinal == ordinal)
    #expect(visit.ordinalIsDerived == derived)
    #expect(visit.start == PartialDate(start))
    #expect(visit.end == PartialDate(end))
    #expect(!catalog.agreements(of: visit.id).isEmpty)
  }

  /// The counts sources announce, every one kept where they disagree: 2015 "16 historic
  /// agreements" (The Statesman) and "four agreements" (NDTV); 2018 "32 documents" (the MEA
  /// spokesperson via Tamil Guardian) and "six agreements" (Business Standard/PTI).
  @Test(arguments: [
    ("india-japan-summit-2014", [5]), ("india-japan-summit-2015", [16, 4]), ("india-japan-summit-2016", [10]),
    ("india-japan-summit-2017", [15]), ("india-japan-summit-2018", [32, 6]), ("india-japan-summit-2022", [6, 3]),
    ("india-japan-summit-2025", [13]),
  ])
  func keepsEveryAnnouncedCount(id: String, counts: [Int]) throws {
    let visit = try #require(catalog.visit(Visit.ID(id)))
    #expect(visit.announced.map(\.count) == counts)
    #expect(visit.announced.allSatisfy { !$0.sources.isEmpty })
  }

  /// Coverage compares like with like: a count of agreements signed leaves the leaders' joint
  /// statement and fact sheet out of the documents recorded.
  @Test(arguments: [
    ("india-japan-summit-2016", "recorded 9 of 10 agreements announced; also 2 leaders' statements"),
    ("india-japan-summit-2018", "recorded 13 of 32 documents announced (other sources say 6 agreements)"),
    ("india-japan-summit-2025", "recorded 13 of 13 documents announced"),
    ("india-japan-summit-2006", "recorded 1; no source gives a count"),
  ])
  func statesCoverageHonestly(id: String, sentence: String) throws {
    let visit = try #require(catalog.visit(Visit.ID(id)))
    #expect(catalog.coverage(of: visit).sentence == sentence)
  }

  /// MOFA's press release of 20 Jul 2017 (mofa-press-nuclear-2017): signed at Tokyo on
  /// 11 Nov 2016, in force 20 Jul 2017.
  @Test func theCivilNuclearAgreementIsOf2016AndInForceFrom2017() throws {
    let nuclear = try #require(catalog.agreement("nuclear-cooperation-agreement-2016"))
    #expect(nuclear.visit == "india-japan-summit-2016")
    #expect(nuclear.date == PartialDate("2016-11-11"))
    #expect(nuclear.inForce == PartialDate("2017-07-20"))
    #expect(nuclear.type == .agreement)
  }

  /// Hindustan Times: "an update of a joint declaration adopted in 2008"; MOFA (Japanese) and
  /// domainB date the 2008 declaration 22 Oct 2008, signed by Singh and Aso.
  @Test func theSecurityDeclarationUpdatesTheOneOf2008BothWays() throws {
    let update = try #require(catalog.agreement("security-cooperation-declaration"))
    #expect(update.relations.map(\.kind) == [.updates])
    #expect(update.relations.map(\.target) == ["jdsc-2008"])
    let original = try #require(catalog.agreement("jdsc-2008"))
    #expect(original.date == PartialDate("2008-10-22"))
    #expect(catalog.personNames(original.signedBy) == ["Manmohan Singh", "Taro Aso"])
    let inverse = catalog.agreements(relatingTo: "jdsc-2008").map { ($0.agreement.id.rawValue, $0.kind) }
    #expect(inverse.contains { $0 == ("security-cooperation-declaration", .updates) })
    #expect(inverse.contains { $0 == ("action-plan-security-2009", .implements) })
  }

  @Test func the2025EnvironmentMemorandumRenewsTheOneOf2018() throws {
    let renewal = try #require(catalog.agreement("environment-cooperation-moc"))
    #expect(renewal.relations.map(\.target) == ["environment-moc-2018"])
    #expect(renewal.relations.map(\.kind) == [.renews])
    #expect(catalog.agreement("environment-moc-2018")?.date == PartialDate("2018-10-29"))
  }

  /// Kantei and Keidanren date the CEPA signing 16 Feb 2011; METI's page says 15 Feb. Accords
  /// keeps the 16th and records the conflict.
  @Test func theCEPASigningDateConflictIsRecorded() throws {
    let cepa = try #require(catalog.agreement("cepa-2011"))
    #expect(cepa.date == PartialDate("2011-02-16"))
    #expect(cepa.inForce == PartialDate("2011-08-01"))
    #expect(cepa.notes.contains { $0.kind == .conflict && $0.text.contains("February 15, 2011") })
    #expect(cepa.visit == nil)
  }

  /// Landmarks outside the summits' outcome lists, each with its day (MOFA, PIB, MoD pages).
  @Test(arguments: [
    ("defence-equipment-technology-agreement-2015", "2015-12-12"),
    ("classified-military-information-agreement-2015", "2015-12-12"), ("acsa-2020", "2020-09-09"),
    ("action-plan-security-2009", "2009-12-29"),
  ])
  func datesTheLandmarkAgreements(id: String, date: String) throws {
    #expect(try #require(catalog.agreement(Agreement.ID(id))).date == PartialDate(date))
  }

  /// JPY 3.5 trillion (2014) → JPY 5 trillion (2022) → JPY 10 trillion (2025), each building on
  /// the one before, as the 2022 statement (News18) and the 2025 Joint Vision say.
  @Test func theInvestmentTargetsBuildOnEachOther() throws {
    let chain = ["private-investment-target", "previous-investment-target", "investment-target-2014"]
    let values = try chain.map { try #require(catalog.figure(Figure.ID($0))).value }
    #expect(values == [10e12, 5e12, 3.5e12])
    #expect(
      try #require(catalog.figure("private-investment-target")).relations.map(\.target) == [
        "previous-investment-target"
      ])
    #expect(
      try #require(catalog.figure("previous-investment-target")).relations.map(\.target) == ["investment-target-2014"])
    #expect(catalog.figures(relatingTo: "investment-target-2014").map(\.figure.id) == ["previous-investment-target"])
  }

  /// The USD 12 billion high-speed-rail package of 2015 and the USD 75 billion swap agreed in
  /// October 2018 (PIB; Japan's Ministry of Finance) and signed on 28 Feb 2019 (Ministry of Finance).
  @Test func recordsTheRailPackageAndTheSwap() throws {
    let rail = try #require(catalog.figure("high-speed-rail-package-2015"))
    #expect(rail.value == 12e9 && rail.unit == "USD" && rail.visit == "india-japan-summit-2015")
    let swap = try #require(catalog.figure("bilateral-swap-2018"))
    #expect(swap.value == 75e9 && swap.qualifier == .upTo && swap.visit == "india-japan-summit-2018")
    let arrangement = try #require(catalog.agreement("bsa-usd75bn-2018"))
    #expect(arrangement.date == PartialDate("2018-10-29"))
    #expect(arrangement.signed == PartialDate("2019-02-28"))
    #expect(!arrangement.wasSignedBeforeItsDate)
  }

  /// Hyogo Prefecture: signed 12 Nov 2016 "安倍首相、モディ首相立会のもと", in Kobe.
  @Test func gujaratAndHyogoSignedAtThe2016Summit() throws {
    let partnership = try #require(catalog.partnership("gujarat-hyogo"))
    #expect(partnership.visit == "india-japan-summit-2016")
    #expect(partnership.signed == PartialDate("2016-11-12"))
    #expect(catalog.partnerships(of: "india-japan-summit-2016").map(\.id) == ["gujarat-hyogo"])
  }

  @Test func everyRelationIsSourcedAndPointsAtARealRecord() {
    for agreement in catalog.agreements {
      for relation in agreement.relations {
        #expect(!relation.sources.isEmpty, "\(agreement.id) \(relation.kind)")
        #expect(catalog.agreement(relation.target) != nil, "\(agreement.id) → \(relation.target)")
      }
    }
    for figure in catalog.figures {
      for relation in figure.relations {
        #expect(!relation.sources.isEmpty, "\(figure.id) \(relation.kind)")
        #expect(catalog.figure(relation.target) != nil, "\(figure.id) → \(relation.target)")
      }
    }
  }

  /// Every document added for the earlier summits has a source that quotes it.
  @Test func everyVisitAndItsDocumentsAreQuoted() {
    #expect(catalog.visits.allSatisfy { $0.sources.contains { $0.quote != nil } })
    #expect(catalog.agreements.allSatisfy { $0.sources.contains { $0.quote != nil } })
  }

  /// Two documents go by "Joint Declaration on Security Cooperation": the name is ambiguous.
  @Test func aNameTwoDocumentsShareIsAmbiguous() {
    let resolver = NameResolver(catalog: catalog, scope: .records)
    guard case .ambiguous(let matches) = resolver.resolve("Joint Declaration on Security Cooperation") else {
      Issue.record("resolved to one document")
      return
    }
    #expect(Set(matches.map(\.subject)) == [.agreement("security-cooperation-declaration"), .agreement("jdsc-2008")])
  }
}

import AccordsCore
import AccordsData
import Testing

/// The register as people quote it: each partnership's sides, dates at their known precision,
/// renewals, term and status on the data's as-of date. Sources: see each record in
/// Data/partnerships.json and the data changelog, Data/CHANGES.md.
@Suite struct PartnershipFactsTests {
  let catalog: Catalog

  init() throws { catalog = try Catalog.bundled() }

  struct Fact: Sendable, CustomStringConvertible {
    let id: String
    let state: String
    let prefecture: String
    let signed: String
    let renewals: [String]
    let status: Partnership.Status.Kind
    var description: String { id }
  }

  static let register: [Fact] = [
    Fact(
      id: "delhi-fukuoka", state: "IN-DL", prefecture: "JP-40", signed: "2007-03-05",
      renewals: ["2012", "2018-01-16", "2023-11-20"], status: .termEnded),
    Fact(
      id: "tamil-nadu-hiroshima", state: "IN-TN", prefecture: "JP-34", signed: "2010-11-08",
      renewals: ["2023-11-30"], status: .noTermStated),
    Fact(
      id: "maharashtra-wakayama", state: "IN-MH", prefecture: "JP-30", signed: "2013-10-09",
      renewals: ["2018-01", "2023-02-03"], status: .inForce),
    Fact(
      id: "karnataka-mie", state: "IN-KA", prefecture: "JP-24", signed: "2014", renewals: [], status: .noTermStated),
    Fact(
      id: "tamil-nadu-kanagawa", state: "IN-TN", prefecture: "JP-14", signed: "2014-11-13", renewals: [],
      status: .noTermStated),
    Fact(
      id: "andhra-pradesh-toyama", state: "IN-AP", prefecture: "JP-16", signed: "2015-12-11",
      renewals: ["2024-12-21"], status: .noTermStated),
    Fact(
      id: "gujarat-hyogo", state: "IN-GJ", prefecture: "JP-28", signed: "2016-11-12", renewals: [],
      status: .noTermStated),
    Fact(
      id: "tamil-nadu-kochi", state: "IN-TN", prefecture: "JP-39", signed: "2024-01", renewals: [],
      status: .noTermStated),
    Fact(
      id: "tamil-nadu-ehime", state: "IN-TN", prefecture: "JP-38", signed: "2024-01-22", renewals: [],
      status: .noTermStated),
    Fact(
      id: "tamil-nadu-osaka", state: "IN-TN", prefecture: "JP-27", signed: "2024-07-23", renewals: [],
      status: .noTermStated),
    Fact(
      id: "uttar-pradesh-yamanashi", state: "IN-UP", prefecture: "JP-19", signed: "2024-12", renewals: [],
      status: .noTermStated),
    Fact(
      id: "gujarat-shizuoka", state: "IN-GJ", prefecture: "JP-22", signed: "2024-12-24", renewals: [],
      status: .noTermStated),
    Fact(
      id: "nagaland-kochi", state: "IN-NL", prefecture: "JP-39", signed: "2025-07", renewals: [],
      status: .noTermStated),
  ]

  @Test func holdsTheThirteenSourcedPartnershipsOldestFirst() {
    #expect(catalog.partnerships.sorted(by: Partnership.isOlder).map(\.id.rawValue) == Self.register.map(\.id))
  }

  @Test(arguments: register)
  func pinsEachPartnership(fact: Fact) throws {
    let partnership = try #require(catalog.partnerships.first { $0.id.rawValue == fact.id })
    #expect(partnership.state.rawValue == fact.state)
    #expect(partnership.prefecture.rawValue == fact.prefecture)
    // Partial dates stay partial: "2014" is a year, not 1 January 2014.
    #expect(partnership.signed?.description == fact.signed)
    #expect(partnership.renewals.map(\.date.description) == fact.renewals)
    #expect(partnership.status(on: catalog.dataset.asOf).kind == fact.status)
    #expect(!partnership.sources.isEmpty)
  }

  @Test func findsEachPairFromBothSides() {
    for fact in Self.register {
      let state = Region.Code(fact.state)
      let prefecture = Region.Code(fact.prefecture)
      #expect(catalog.partnerships(involving: state).contains { $0.partner(of: state) == prefecture })
      #expect(catalog.partnerships(involving: prefecture).contains { $0.partner(of: prefecture) == state })
    }
  }

  @Test func tamilNaduHasFivePartnersAndKochiTwo() {
    #expect(catalog.partnerships(involving: "IN-TN").count == 5)
    #expect(Set(catalog.partnerships(involving: "JP-39").map(\.state)) == ["IN-TN", "IN-NL"])
  }

  @Test func delhiFukuokasLastKnownTermEndedOnTheThirtyFirstOfMarch2026() throws {
    let delhi = try #require(catalog.partnerships.first { $0.id == "delhi-fukuoka" })
    #expect(delhi.validUntil == PartialDate("2026-03-31"))
    #expect(delhi.status(on: catalog.dataset.asOf) == .termEnded(on: PartialDate("2026-03-31")!))
    #expect(delhi.notes.contains { $0.kind == .unconfirmed && $0.text.contains("No renewal after 31 March 2026") })
    #expect(delhi.isDueForRenewal(withinMonths: 0, of: catalog.dataset.asOf))
  }

  /// On an earlier day, the status is what it was then: not yet signed before the signing, in
  /// force until the next renewal while a later one is on record, never the last term's end.
  @Test func delhiFukuokasStatusOnEarlierDays() throws {
    let delhi = try #require(catalog.partnerships.first { $0.id == "delhi-fukuoka" })
    #expect(delhi.status(on: PartialDate("2006")!) == .notYetSigned(signed: PartialDate("2007-03-05")!))
    #expect(delhi.status(on: PartialDate("2012")!) == .inForceBeforeRenewal(renewed: PartialDate("2018-01-16")!))
    #expect(delhi.status(on: PartialDate("2024-01")!) == .inForce(until: PartialDate("2026-03-31")!))
    #expect(delhi.status(on: PartialDate("2026-03-31")!) == .inForce(until: PartialDate("2026-03-31")!))
    #expect(delhi.status(on: PartialDate("2026-04-01")!) == .termEnded(on: PartialDate("2026-03-31")!))
    #expect(!delhi.isDueForRenewal(withinMonths: 12, of: PartialDate("2012")!))
  }

  @Test func wakayamasTermRunsToOctober2028() throws {
    let wakayama = try #require(catalog.partnerships.first { $0.id == "maharashtra-wakayama" })
    #expect(wakayama.validUntil == PartialDate("2028-10"))
    #expect(wakayama.kind == .memorandumOfUnderstanding)
    #expect(wakayama.isDueForRenewal(withinMonths: 23, of: catalog.dataset.asOf))
    #expect(!wakayama.isDueForRenewal(withinMonths: 22, of: catalog.dataset.asOf))
  }

  @Test func namesTheSigningBodyAsTheSourcesDo() throws {
    let hiroshima = try #require(catalog.partnerships.first { $0.id == "tamil-nadu-hiroshima" })
    #expect(hiroshima.signedBy.first?.party == "guidance-tamil-nadu")
    #expect(hiroshima.signedBy.first?.asWritten == "Guidance Bureau, Government of Tamil Nadu")
    let nagaland = try #require(catalog.partnerships.first { $0.id == "nagaland-kochi" })
    #expect(catalog.partyCountries(nagaland.signedBy) == [.india])
  }

  @Test func recordsTheDateConflictsAsNotes() throws {
    let toyama = try #require(catalog.partnerships.first { $0.id == "andhra-pradesh-toyama" })
    #expect(toyama.notes.contains { $0.kind == .conflict && $0.text.contains("28 December 2015") })
    let osaka = try #require(catalog.partnerships.first { $0.id == "tamil-nadu-osaka" })
    #expect(osaka.notes.contains { $0.kind == .conflict && $0.text.contains("January 2024") })
  }

  @Test func cityLevelLinksAreContextNotesNotPartnerships() throws {
    #expect(catalog.partnerships(involving: "IN-KL").isEmpty)
    let kerala = try #require(catalog.region("IN-KL"))
    #expect(kerala.notes.contains { $0.text.contains("11 December 2015") && $0.text.contains("October 2025") })
    for (code, words) in [
      ("IN-MH", "Pune"), ("JP-33", "Pimpri-Chinchwad"), ("IN-UP", "Varanasi"), ("JP-26", "Kyoto City"),
      ("IN-GJ", "Hamamatsu"), ("JP-28", "Kobe"), ("IN-TS", "Kitakyushu"), ("JP-40", "Kitakyushu"),
    ] {
      let region = try #require(catalog.region(Region.Code(code)))
      #expect(region.notes.contains { $0.text.hasPrefix("City level") && $0.text.contains(words) }, "\(code)")
    }
  }

  @Test func everyPartnershipJoinsAnIndianRegionToAPrefecture() {
    for partnership in catalog.partnerships {
      #expect(catalog.region(partnership.state)?.country == .india)
      #expect(catalog.region(partnership.prefecture)?.kind == .prefecture)
    }
  }
}

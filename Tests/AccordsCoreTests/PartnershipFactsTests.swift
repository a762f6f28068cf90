import AccordsCore
import AccordsData
import Testing

@Suite struct PartnershipFactsTests {
  let catalog: Catalog

  init() throws { catalog = try Catalog.bundled() }

  static let confirmedPairs: [(state: String, prefecture: String)] = [
    ("Andhra Pradesh", "Toyama"), ("Tamil Nadu", "Ehime"), ("Uttar Pradesh", "Yamanashi"),
    ("Gujarat", "Shizuoka"), ("Gujarat", "Hyogo"), ("Maharashtra", "Wakayama"),
    ("Delhi", "Fukuoka"), ("Karnataka", "Mie"),
  ]

  @Test func hasTheEightConfirmedPairs() {
    #expect(catalog.partnerships.count == 8)
  }

  @Test(arguments: confirmedPairs)
  func findsEachPairFromBothSides(state: String, prefecture: String) throws {
    let stateRegion = try #require(catalog.regions(named: state).first)
    let prefectureRegion = try #require(catalog.regions(named: prefecture).first)
    let fromState = catalog.partnerships(involving: stateRegion.code).compactMap { $0.partner(of: stateRegion.code) }
    let fromPrefecture = catalog.partnerships(involving: prefectureRegion.code).compactMap {
      $0.partner(of: prefectureRegion.code)
    }
    #expect(fromState.contains(prefectureRegion.code))
    #expect(fromPrefecture.contains(stateRegion.code))
  }

  @Test(arguments: [
    ("andhra-pradesh-toyama", "2015-12-11", PartialDate.Precision.day),
    ("tamil-nadu-ehime", "2024-01-22", .day),
    ("uttar-pradesh-yamanashi", "2024-12", .month),
    ("gujarat-shizuoka", "2024-12-24", .day),
    ("gujarat-hyogo", "2016-11", .month),
    ("maharashtra-wakayama", "2013-10", .month),
    ("delhi-fukuoka", "2007", .year),
    ("karnataka-mie", "2014", .year),
  ])
  func keepsSigningDatesAtTheirKnownPrecision(id: String, date: String, precision: PartialDate.Precision) throws {
    let partnership = try #require(catalog.partnerships.first { $0.id.rawValue == id })
    #expect(partnership.signed == PartialDate(date))
    #expect(partnership.signed?.precision == precision)
  }

  @Test func recordsRenewals() throws {
    let toyama = try #require(catalog.partnerships.first { $0.id == "andhra-pradesh-toyama" })
    #expect(toyama.renewals.map(\.date) == [PartialDate("2024-12-21")].compactMap { $0 })
    let wakayama = try #require(catalog.partnerships.first { $0.id == "maharashtra-wakayama" })
    #expect(wakayama.renewals.map(\.date.description) == ["2018-01", "2023-02-03"])
    #expect(wakayama.validUntil == PartialDate("2028-10"))
  }

  @Test func gujaratHasTwoPartners() {
    #expect(catalog.partnerships(involving: "IN-GJ").map(\.prefecture) == ["JP-28", "JP-22"])
  }

  @Test func keralaHasNoPartnerPrefectureButANoteExplainsItsCityLink() throws {
    #expect(catalog.partnerships(involving: "IN-KL").isEmpty)
    let kerala = try #require(catalog.region("IN-KL"))
    #expect(kerala.notes.contains { $0.text.contains("not a prefecture") })
  }

  @Test func everyPartnershipJoinsAnIndianRegionToAPrefecture() {
    for partnership in catalog.partnerships {
      #expect(catalog.region(partnership.state)?.country == .india)
      #expect(catalog.region(partnership.prefecture)?.kind == .prefecture)
    }
  }
}

import AccordsCore
import AccordsData
import Testing

@Suite struct GazetteerTests {
  let catalog: Catalog

  init() throws { catalog = try Catalog.bundled() }

  @Test func hasThirtySixIndianRegionsAndFortySevenPrefectures() {
    #expect(catalog.regions.count { $0.country == .india } == 36)
    #expect(catalog.regions.count { $0.country == .japan } == 47)
    #expect(catalog.regions.count { $0.kind == .state } == 28)
    #expect(catalog.regions.count { $0.kind == .unionTerritory } == 8)
  }

  @Test func prefectureCodesRunFromJP01ToJP47() {
    let codes = catalog.regions.filter { $0.country == .japan }.map(\.code.rawValue)
    #expect(codes == (1...47).map { $0 < 10 ? "JP-0\($0)" : "JP-\($0)" })
  }

  @Test func indianCodesAreTwoLettersAfterThePrefix() {
    for region in catalog.regions where region.country == .india {
      let suffix = region.code.rawValue.dropFirst(3)
      #expect(region.code.rawValue.hasPrefix("IN-") && suffix.count == 2 && suffix.allSatisfy(\.isUppercase))
    }
  }

  @Test(arguments: [
    ("IN-OD", "Odisha"), ("IN-TS", "Telangana"), ("IN-UK", "Uttarakhand"), ("IN-CG", "Chhattisgarh"),
    ("IN-DH", "Dadra and Nagar Haveli and Daman and Diu"),
  ])
  func usesTheCurrentIndianCodes(code: String, name: String) {
    #expect(catalog.region(Region.Code(code))?.name == name)
  }

  @Test(arguments: ["IN-OR", "IN-TG", "IN-UT", "IN-CT", "IN-DN", "IN-DD"])
  func doesNotUseRetiredCodesAsPrimary(code: String) {
    #expect(catalog.region(Region.Code(code)) == nil)
  }

  @Test(arguments: [("JP-13", "東京都"), ("JP-01", "北海道"), ("JP-26", "京都府"), ("JP-27", "大阪府"), ("JP-38", "愛媛県")])
  func givesPrefecturesTheirJapaneseNames(code: String, nameJa: String) {
    #expect(catalog.region(Region.Code(code))?.nameJa == nameJa)
  }

  @Test func everyPrefectureHasAJapaneseNameWithItsSuffix() {
    for region in catalog.regions where region.kind == .prefecture {
      let suffix = region.nameJa?.last
      #expect(suffix.map { "都道府県".contains($0) } == true, "\(region.name)")
    }
  }
}

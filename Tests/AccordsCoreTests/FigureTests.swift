import AccordsCore
import AccordsData
import Testing

@Suite struct FigureTests {
  let catalog: Catalog

  init() throws { catalog = try Catalog.bundled() }

  private func figure(_ id: String) throws -> Figure {
    try #require(catalog.figures.first { $0.id.rawValue == id })
  }

  @Test(arguments: [
    ("private-investment-target", "JPY 10 trillion"),
    ("people-exchange-target", "more than 500,000 people"),
    ("skilled-personnel-target", "50,000 people"),
    ("governors-met", "16 governors"),
    ("mous-two-years-ians", "more than 170 MoUs"),
    ("mous-two-years-seed", "150 MoUs"),
    ("committed-investment-two-years", "more than USD 13 billion"),
    ("jetro-expansion-share", "80%"),
    ("japanese-companies-in-india", "more than 1,400 companies"),
    ("shinkansen-top-speed", "320 km/h"),
  ])
  func readsEachHeadlineFigureWithItsQualifierAndUnit(id: String, readable: String) throws {
    #expect(try figure(id).readableAmount == readable)
  }

  @Test func theInvestmentTargetIsATargetForTheNextDecade() throws {
    let target = try figure("private-investment-target")
    #expect(target.kind == .target)
    #expect(target.value == 10_000_000_000_000)
    #expect(target.unit == "JPY")
    #expect(target.period == "next decade")
  }

  @Test func keepsBothMoUCountsAndMarksTheDisagreement() throws {
    let seed = try figure("mous-two-years-seed")
    let wire = try figure("mous-two-years-ians")
    #expect(seed.value == 150)
    #expect(seed.notes.contains { $0.kind == .unconfirmed && $0.text.contains("Misri") })
    #expect(wire.value == 170)
    #expect(wire.qualifier == .moreThan)
    #expect(wire.notes.contains { $0.kind == .conflict })
  }

  @Test func namesOnlyTheConfirmedGovernor() throws {
    let governors = try figure("governors-met")
    #expect(governors.notes.contains { $0.kind == .unconfirmed && $0.text.contains("Fukuoka") })
  }

  @Test func everyFigureHasAUnitAndAFiniteValue() {
    #expect(catalog.figures.allSatisfy { !$0.unit.isEmpty && $0.value.isFinite })
  }
}

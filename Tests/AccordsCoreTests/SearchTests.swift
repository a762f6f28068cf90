import AccordsCore
import AccordsData
import Testing

@Suite struct SearchTests {
  let catalog: Catalog

  init() throws { catalog = try Catalog.bundled() }

  @Test(arguments: [
    ("hydrogen", "clean-hydrogen-ammonia-declaration"), ("lunar", "lupex-implementing-arrangement"),
    ("LUPEX", "lupex-implementing-arrangement"), ("Paris Agreement", "joint-crediting-mechanism-moc"),
    ("skilled personnel", "skilled-personnel-target"), ("Kōchi", "JP-39"), ("Uttaranchal", "IN-UK"),
    ("shinkansen", "e10-shinkansen-offer"),
  ])
  func findsTheBestRecordFirst(query: String, id: String) {
    #expect(catalog.search(query).first?.id == id)
  }

  @Test func ranksTitleMatchesBeforeSummaryMatches() {
    let hits = catalog.search("hydrogen")
    let title = hits.firstIndex { $0.field == "title" }
    let summary = hits.firstIndex { $0.field == "summary" }
    #expect(title != nil && summary != nil && title! < summary!)
  }

  @Test func findsWordsInNotes() {
    #expect(catalog.search("Misri").contains { $0.id == "mous-two-years-seed" && $0.field == "notes" })
  }

  @Test func requiresEveryWord() {
    #expect(catalog.search("hydrogen ammonia").map(\.id) == ["clean-hydrogen-ammonia-declaration"])
    #expect(catalog.search("hydrogen zebra").isEmpty)
  }

  @Test func findsEveryKindOfRecord() {
    let kinds = Set(
      ["Ehime", "Toyama", "Mobility", "governors", "JETRO", "Kerala", "AI"].flatMap { catalog.search($0).map(\.kind) })
    #expect(kinds == Set(SearchHit.Kind.allCases))
  }

  @Test func snippetsShowTheMatchInContext() throws {
    let hit = try #require(catalog.search("Article 6.2").first)
    #expect(hit.snippet.contains("Article 6.2"))
  }

  @Test func emptyQueriesFindNothing() {
    #expect(catalog.search("").isEmpty)
    #expect(catalog.search("  ,, ").isEmpty)
  }
}

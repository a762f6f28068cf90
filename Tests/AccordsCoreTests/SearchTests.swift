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
    ("E10 shinkansen", "e10-shinkansen-offer"), ("shinkansen", "hsr-moc-2015"),
    ("Article 6.2", "joint-crediting-mechanism-moc"), ("civil nuclear agreement", "nuclear-cooperation-agreement-2016"),
  ])
  func findsTheBestRecordFirst(query: String, id: String) {
    #expect(catalog.search(query).first?.id == id)
  }

  /// A search among some kinds, as `--party` makes, finds what a search of everything finds of
  /// those kinds, in the same order.
  @Test(arguments: ["ministry", "METI", "space", "JICA", "government of japan", "lunar"])
  func searchingAmongKindsIsSearchingEverythingFiltered(query: String) throws {
    let text = try #require(SearchQuery(query))
    for kinds: Set<RecordKind> in [[.party], [.party, .person], [.agreement, .region]] {
      #expect(catalog.search(text, among: kinds) == catalog.search(text).filter { kinds.contains($0.kind) })
    }
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
    #expect(catalog.search("hydrogen ammonia").first?.id == "clean-hydrogen-ammonia-declaration")
    #expect(catalog.search("hydrogen ammonia").allSatisfy { $0.kind == .agreement || $0.kind == .visit })
    #expect(catalog.search("hydrogen zebra").isEmpty)
  }

  @Test func findsEveryKindOfRecord() {
    let kinds = Set(
      ["Ehime", "Toyama", "Mobility", "governors", "JETRO", "Kerala", "AI", "Ishiba", "METI"].flatMap {
        catalog.search($0).map(\.kind)
      })
    #expect(kinds == Set(SearchHit.Kind.allCases))
  }

  @Test func snippetsShowTheMatchInContext() throws {
    let hit = try #require(catalog.search("Article 6.2").first)
    #expect(hit.snippet.contains("Article 6.2"))
  }

  /// "6" and "2" also occur in the civil nuclear agreement's text, apart; numbers joined by
  /// punctuation must stand together, and a number is never the start of another (`2016`).
  @Test func findsNumbersJoinedByPunctuationOnlyTogether() throws {
    let hits = catalog.search("Article 6.2")
    #expect(hits.first?.id == "joint-crediting-mechanism-moc")
    #expect(!hits.contains { $0.id == "nuclear-cooperation-agreement-2016" })
  }

  @Test func emptyQueriesFindNothing() {
    #expect(catalog.search("").isEmpty)
    #expect(catalog.search("  ,, ").isEmpty)
  }
}

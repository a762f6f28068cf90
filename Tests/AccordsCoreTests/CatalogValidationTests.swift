import AccordsCore
import FoundationEssentials
import Testing

@Suite struct CatalogValidationTests {
  static let dataset =
    #""dataset": {"name": "Test", "version": "1", "asOf": "2026-01", "description": "A test catalog."}"#
  static let source =
    #""sources": [{"id": "s1", "publisher": "Example", "url": "https://example.org", "kind": "official"}]"#

  private func load(_ json: String) throws(CatalogError) -> Catalog {
    try CatalogLoader.load(files: [(name: "test.json", bytes: Data(json.utf8))])
  }

  private func problems(_ json: String) -> [String] {
    do {
      _ = try load(json)
      return []
    } catch .invalid(let problems) {
      return problems.map(\.description)
    } catch {
      return ["unexpected: \(error)"]
    }
  }

  @Test func loadsAMinimalCatalog() throws {
    let catalog = try load("{\(Self.dataset), \(Self.source)}")
    #expect(catalog.sources.count == 1)
    #expect(catalog.agreements.isEmpty)
  }

  @Test func refusesACatalogWithoutADataset() {
    #expect(throws: CatalogError.missingDataset) { try load("{\(Self.source)}") }
  }

  @Test func namesTheRecordAndFieldOfAnUnknownArea() {
    let json = """
      {\(Self.dataset), \(Self.source), "agreements": [{"id": "a1", "title": "T", "type": "mou", "parties": [],
       "areas": ["mining"], "summary": "S", "sources": [{"source": "s1"}]}]}
      """
    #expect(problems(json) == ["agreement 'a1', field 'areas': refers to unknown vision area 'mining'."])
  }

  @Test func reportsEveryProblemNotJustTheFirst() {
    let json = """
      {\(Self.dataset), \(Self.source), "agreements": [
       {"id": "a1", "title": "", "type": "mou", "parties": [], "areas": [], "summary": "S", "sources": []},
       {"id": "a1", "title": "T", "type": "moc", "parties": [], "areas": [], "summary": "S", "sources": [{"source": "nowhere"}]}]}
      """
    #expect(
      problems(json) == [
        "agreement 'a1', field 'id': is used by more than one record.",
        "agreement 'a1', field 'title': must not be empty.",
        "agreement 'a1', field 'sources': has no source; every record needs at least one.",
        "agreement 'a1', field 'sources': cites unknown source 'nowhere'.",
      ])
  }

  @Test func refusesAPartnershipBetweenTwoPrefectures() {
    let json = """
      {\(Self.dataset), \(Self.source), "regions": [
        {"code": "JP-01", "name": "Hokkaido", "country": "JP", "kind": "prefecture", "sources": [{"source": "s1"}]},
        {"code": "JP-02", "name": "Aomori", "country": "JP", "kind": "prefecture", "sources": [{"source": "s1"}]}],
       "partnerships": [{"id": "p1", "state": "JP-01", "prefecture": "JP-02", "kind": "mou", "title": "T",
        "signed": "2020", "summary": "S", "sources": [{"source": "s1"}]}]}
      """
    #expect(problems(json) == ["partnership 'p1', field 'state': 'JP-01' is not an Indian state or union territory."])
  }

  @Test func reportsAnUnknownRegionInAPartnership() {
    let json = """
      {\(Self.dataset), \(Self.source), "partnerships": [{"id": "p1", "state": "IN-ZZ", "prefecture": "JP-99",
        "kind": "mou", "title": "T", "summary": "S", "sources": [{"source": "s1"}]}]}
      """
    #expect(
      problems(json) == [
        "partnership 'p1', field 'state': refers to unknown region 'IN-ZZ'.",
        "partnership 'p1', field 'prefecture': refers to unknown region 'JP-99'.",
      ])
  }

  @Test func pointsAtTheFieldOfAnInvalidDocumentType() {
    let json = """
      {\(Self.dataset), \(Self.source), "agreements": [{"id": "a1", "title": "T", "type": "treaty-of-doom",
       "parties": [], "areas": [], "summary": "S", "sources": [{"source": "s1"}]}]}
      """
    let error = #expect(throws: CatalogError.self) { try load(json) }
    guard case .malformed(let file, let path, _) = error else {
      Issue.record("expected a malformed-file error, got \(String(describing: error))")
      return
    }
    #expect(file == "test.json")
    #expect(path == "agreements[0].type")
  }

  @Test func rejectsADateThatDoesNotExist() {
    let json = """
      {\(Self.dataset), \(Self.source), "regions": [
        {"code": "IN-KL", "name": "Kerala", "country": "IN", "kind": "state", "sources": [{"source": "s1"}]},
        {"code": "JP-01", "name": "Hokkaido", "country": "JP", "kind": "prefecture", "sources": [{"source": "s1"}]}],
       "partnerships": [{"id": "p1", "state": "IN-KL", "prefecture": "JP-01", "kind": "mou", "title": "T",
        "signed": "2025-02-30", "summary": "S", "sources": [{"source": "s1"}]}]}
      """
    let error = #expect(throws: CatalogError.self) { try load(json) }
    #expect(error?.description.contains("partnerships[0].signed") == true)
    #expect(error?.description.contains("2025-02-30") == true)
  }

  @Test func reportsAMissingFileAsUnreadable() {
    #expect(throws: CatalogError.unreadable(path: "/nonexistent/catalog.json", reason: "no such file")) {
      try CatalogLoader.load(path: "/nonexistent/catalog.json")
    }
  }

  @Test func reportsADirectoryAsUnreadable() {
    #expect(throws: CatalogError.unreadable(path: "/tmp", reason: "it is a directory")) {
      try CatalogLoader.load(path: "/tmp")
    }
  }

  @Test func refusesTwoDatasetSections() {
    #expect(throws: CatalogError.duplicateDataset(file: "b.json")) {
      try CatalogLoader.load(files: [
        (name: "a.json", bytes: Data("{\(Self.dataset)}".utf8)),
        (name: "b.json", bytes: Data("{\(Self.dataset)}".utf8)),
      ])
    }
  }
}

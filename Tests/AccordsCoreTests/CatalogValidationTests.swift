import AccordsCore
import Testing

/// The loader reports every broken rule with its file, line, column and JSON path.
@Suite struct CatalogValidationTests {
  static let dataset =
    #""dataset": {"name": "Test", "version": "1", "asOf": "2026-01", "description": "A test catalog."}"#
  static let source =
    #""sources": [{"id": "s1", "publisher": "Example", "url": "https://example.org", "kind": "official"}]"#

  private func load(_ json: String) throws(CatalogError) -> Catalog {
    try CatalogLoader.load(files: [(name: "test.json", bytes: Array(json.utf8))])
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

  /// A chain of 20,000 documents, each building on the next, whose last closes the circle: the
  /// circle is found, reported once where it closes, and the walk stays linear in the chain.
  @Test func findsACircleThroughALongChainOnce() {
    let count = 20_000
    let agreements = (0..<count).map { index in
      #"{"id": "a\#(index)", "title": "T", "type": "mou", "parties": [], "areas": [], "relations": "#
        + #"[{"kind": "builds-on", "target": "a\#((index + 1) % count)", "sources": [{"source": "s1"}]}], "#
        + #""summary": "S", "sources": [{"source": "s1"}]}"#
    }
    let found = problems("{\(Self.dataset), \(Self.source), \"agreements\": [\(agreements.joined(separator: ","))]}")
    #expect(found.count == 1)
    #expect(found.first?.contains("relations must not go round in a circle") == true)
  }

  @Test func refusesACatalogWithoutADataset() {
    #expect(problems("{\(Self.source)}") == ["test.json:1:1: dataset: missing required field 'dataset' in the catalog"])
  }

  @Test func namesTheLineColumnAndPathOfAnUnknownArea() {
    let json = """
      {\(Self.dataset), \(Self.source),
       "agreements": [{"id": "a1", "title": "T", "type": "mou", "parties": [],
        "areas": ["mining"], "summary": "S", "sources": [{"source": "s1"}]}]}
      """
    #expect(problems(json) == ["test.json:3:13: agreements[0].areas[0]: refers to unknown vision area 'mining'"])
  }

  @Test func reportsEveryProblemNotJustTheFirst() {
    let json = """
      {\(Self.dataset), \(Self.source), "agreements": [
       {"id": "a1", "title": "", "type": "mou", "parties": [], "areas": [], "summary": "S", "sources": []},
       {"id": "a1", "title": "T", "type": "moc", "parties": [], "areas": [], "summary": "S", "sources": [{"source": "nowhere"}]}]}
      """
    #expect(
      problems(json) == [
        "test.json:2:24: agreements[0].title: must not be empty",
        "test.json:2:98: agreements[0].sources: has no source; every record needs at least one",
        "test.json:3:9: agreements[1].id: 'a1' is already used by agreements[0]",
        "test.json:3:111: agreements[1].sources[0].source: cites unknown source 'nowhere'",
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
    #expect(
      problems(json) == ["test.json:4:41: partnerships[0].state: 'JP-01' is not an Indian state or union territory"])
  }

  @Test func suggestsTheFieldAMisspeltOneMeant() {
    let json = """
      {\(Self.dataset), \(Self.source), "agreements": [{"id": "a1", "titel": "T", "type": "mou", "parties": [],
       "areas": [], "summary": "S", "sources": [{"source": "s1"}]}]}
      """
    #expect(
      problems(json) == [
        "test.json:1:216: agreements[0].title: missing required field 'title' in an agreement",
        "test.json:1:227: agreements[0].titel: 'titel' is not a field of an agreement (did you mean 'title'?)",
      ])
  }

  @Test func pointsAtAnInvalidDocumentType() {
    let json = """
      {\(Self.dataset), \(Self.source), "agreements": [{"id": "a1", "title": "T", "type": "treaty-of-doom",
       "parties": [], "areas": [], "summary": "S", "sources": [{"source": "s1"}]}]}
      """
    let found = problems(json)
    #expect(found.count == 1)
    #expect(
      found.first?.hasPrefix("test.json:1:251: agreements[0].type: 'treaty-of-doom' is not a document type") == true)
  }

  @Test func rejectsADateThatDoesNotExist() {
    let json = "{\(Self.dataset.replacingAll("2026-01", with: "2025-02-30")), \(Self.source)}"
    #expect(
      problems(json) == [
        "test.json:1:54: dataset.asOf: '2025-02-30' is not a date that exists; write YYYY, YYYY-MM or YYYY-MM-DD"
      ])
  }

  @Test func reportsMalformedJSONWithItsPosition() {
    #expect(
      throws: CatalogError.malformed(
        file: "test.json", position: TextPosition(line: 2, column: 3),
        message: "not valid JSON: expected ',' or '}' in an object")
    ) {
      try load("{\"dataset\": {}\n  \"x\": 1}")
    }
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

  @Test func refusesTwoDatasetSectionsAcrossParts() {
    let error = #expect(throws: CatalogError.self) {
      try CatalogLoader.load(files: [
        (name: "a.json", bytes: Array("{\(Self.dataset)}".utf8)),
        (name: "b.json", bytes: Array("{\(Self.dataset)}".utf8)),
      ])
    }
    #expect(error?.description == "b.json: dataset: a second 'dataset' section; 'a.json' already describes the catalog")
  }
}

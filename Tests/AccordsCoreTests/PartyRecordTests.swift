import AccordsCore
import AccordsData
import Testing

/// Parties and people are records: references to them must resolve, with the line and column of
/// the one that does not, and the bodies one belongs to never go round.
@Suite struct PartyRecordTests {
  static let head = "\(CatalogValidationTests.dataset), \(CatalogValidationTests.source)"
  static let parties = """
    "parties": [
      {"id": "gov", "name": "Government", "country": "IN", "kind": "government", "sources": [{"source": "s1"}]},
      {"id": "min", "name": "Ministry", "aliases": ["MIN"], "country": "IN", "kind": "ministry", "partOf": "gov",
       "sources": [{"source": "s1"}]}],
    "people": [{"id": "ann", "name": "Ann Example", "country": "IN", "sources": [{"source": "s1"}]}]
    """

  private func problems(_ json: String) -> [String] {
    do {
      _ = try CatalogLoader.load(files: [(name: "test.json", bytes: Array(json.utf8))])
      return []
    } catch .invalid(let problems) {
      return problems.map(\.description)
    } catch {
      return ["unexpected: \(error)"]
    }
  }

  @Test func namesTheLineAndColumnOfAnUnknownPartyAndPerson() {
    let json = """
      {\(Self.head), \(Self.parties),
       "agreements": [{"id": "a1", "title": "T", "type": "mou", "signedBy": [{"person": "bob", "office": "PM"}],
        "parties": [{"party": "min"}, {"party": "nobody"}], "areas": [], "summary": "S", "sources": [{"source": "s1"}]}]}
      """
    #expect(
      problems(json) == [
        "test.json:6:83: agreements[0].signedBy[0].person: refers to unknown person 'bob'; add them to 'people'",
        "test.json:7:43: agreements[0].parties[1].party: refers to unknown party 'nobody'; add it to 'parties'",
      ])
  }

  @Test func refusesABodyThatBelongsToItselfThroughOthers() {
    let json = """
      {\(Self.head), "parties": [
        {"id": "a", "name": "A", "country": "IN", "kind": "agency", "partOf": "b", "sources": [{"source": "s1"}]},
        {"id": "b", "name": "B", "country": "IN", "kind": "agency", "partOf": "a", "sources": [{"source": "s1"}]}]}
      """
    #expect(problems(json).count == 1)
    #expect(problems(json).first?.contains("no body may belong to itself") == true)
  }

  @Test func refusesAnUnknownBodyAndALeaderWhoIsNoPerson() {
    let json = """
      {\(Self.head), "parties": [
        {"id": "a", "name": "A", "country": "IN", "kind": "agency", "partOf": "zzz", "sources": [{"source": "s1"}]}],
       "visits": [{"id": "v", "title": "V", "start": "2020", "end": "2020", "leaders": [{"person": "x", "office": "PM"}],
        "summary": "S", "sources": [{"source": "s1"}]}]}
      """
    let found = problems(json)
    #expect(found.contains { $0.contains("parties[0].partOf: refers to unknown party 'zzz'") })
    #expect(found.contains { $0.contains("visits[0].leaders[0].person: refers to unknown person 'x'") })
  }

  @Test func rollsUpToTheTopBodyAndFindsDocumentsByParty() throws {
    let catalog = try CatalogLoader.load(
      files: [
        (
          name: "test.json",
          bytes: Array(
            """
            {\(Self.head), \(Self.parties),
             "agreements": [{"id": "a1", "title": "T", "type": "mou", "signedBy": [{"person": "ann", "office": "PM"}],
              "parties": [{"party": "min", "asWritten": "the Ministry"}], "areas": [], "summary": "S",
              "sources": [{"source": "s1"}]}]}
            """.utf8)
        )
      ])
    #expect(catalog.topBody(of: "min") == "gov")
    #expect(catalog.agreements(withParty: "min").map(\.id) == ["a1"])
    #expect(catalog.agreements(withPerson: "ann").map(\.id) == ["a1"])
    #expect(Summary(of: catalog).agreementsByTopBody.map(\.label) == ["Government"])
  }

  /// Every party and person in the bundled data is named by some document, visit or partnership,
  /// or is a body another belongs to: none is left over.
  @Test func everyBundledPartyAndPersonIsUsed() throws {
    let catalog = try Catalog.bundled()
    for party in catalog.parties {
      let used =
        !catalog.agreements(withParty: party.id).isEmpty || catalog.parties.contains { $0.partOf == party.id }
        || catalog.partnerships.contains { $0.signedBy.contains { $0.party == party.id } }
      #expect(used, "\(party.id)")
    }
    for person in catalog.people {
      #expect(
        !catalog.agreements(withPerson: person.id).isEmpty || !catalog.visits(ledBy: person.id).isEmpty, "\(person.id)")
    }
  }
}

extension PartyRecordTests {
  /// One agreement of no visit is "not tied to a visit", never "on the day".
  @Test func aLoneAgreementIsNotTiedToAVisit() throws {
    let catalog = try CatalogLoader.load(
      files: [
        (
          name: "test.json",
          bytes: Array(
            """
            {\(Self.head), "agreements": [{"id": "a1", "title": "T", "type": "mou", "date": "2020-01-01",
              "parties": [], "areas": [], "summary": "S", "sources": [{"source": "s1"}]}]}
            """.utf8)
        )
      ])
    let timing = Summary(of: catalog).agreementsByTiming
    #expect(timing.first { $0.label == .noVisit }?.count == 1)
    #expect(timing.filter { $0.label != .noVisit }.allSatisfy { $0.count == 0 })
  }
}

import AccordsCore
import AccordsData
import Testing

/// The landmark instruments of the register and their lives, as their sources give them, and the
/// status worked out from those lives.
@Suite struct RegisterFactsTests {
  static let catalog: Catalog? = try? Catalog.bundled()

  /// MOFA A-S38(1)-097 (the text, signed at Tokyo on 9 June 1952); the entry into force of
  /// 27 August 1952 rests on encyclopedias only (kotobank), which a note says.
  @Test func theTreatyOfPeace() throws {
    let catalog = try #require(Self.catalog)
    let treaty = try #require(catalog.agreement("peace-treaty-1952"))
    #expect(treaty.type == .treaty)
    #expect(treaty.date == PartialDate("1952-06-09"))
    #expect(treaty.signedAt == "Tokyo")
    #expect(treaty.inForce == PartialDate("1952-08-27"))
    #expect(treaty.registers.contains { $0.register == .mofaTreaty && $0.id == "A-S38(1)-097" })
    #expect(treaty.notes.contains { $0.text.contains("secondary sources") })
  }

  /// The GRIPS copy of 条約集: signed New Delhi 5 January 1960, approved by the Diet 20 April
  /// 1960, in force 13 June 1960 (昭和35年条約第五号); amended in 1969, replaced by the 1989
  /// convention.
  @Test func theTaxAgreementOf1960LivedUntilTheConventionOf1989() throws {
    let catalog = try #require(Self.catalog)
    let dta = try #require(catalog.agreement("dta-1960"))
    #expect(dta.inForce == PartialDate("1960-06-13"))
    #expect(dta.events.contains { $0.kind == .approved && $0.date == PartialDate("1960-04-20") })
    #expect(dta.registers.contains { $0.register == .japanTreatyNumber && $0.id == "昭和35年条約第五号" })
    #expect(catalog.status(of: dta, on: PartialDate("2026-11-29")!) == .replaced(by: "dta-1989"))
    #expect(
      catalog.status(of: dta, on: PartialDate("1975")!)
        == .inForce(since: PartialDate("1960-06-13")!, amendedBy: ["dta-protocol-1969", "dta-exchange-of-notes-1974"]))
    #expect(
      catalog.status(of: dta, on: PartialDate("1971")!)
        == .inForce(since: PartialDate("1960-06-13")!, amendedBy: ["dta-protocol-1969"]))
    #expect(catalog.status(of: dta, on: PartialDate("1959")!) == .notYetSigned)
    // The 1969 protocol goes with the agreement it amends.
    let protocol1969 = try #require(catalog.agreement("dta-protocol-1969"))
    #expect(catalog.status(of: protocol1969, on: PartialDate("2026")!) == .replaced(by: "dta-1989"))
  }

  /// In force 29 December 1989 (Indian notification), amended by the protocols of 2006 (in force
  /// 28 June 2006, MOF) and 2015 (in force 29 October 2016).
  @Test func theConventionOf1989IsInForceAsAmended() throws {
    let catalog = try #require(Self.catalog)
    let convention = try #require(catalog.agreement("dta-1989"))
    #expect(convention.inForce == PartialDate("1989-12-29"))
    guard case .inForce(let since, let amenders) = catalog.status(of: convention, on: catalog.dataset.asOf) else {
      Issue.record("the 1989 convention is not in force")
      return
    }
    #expect(since == PartialDate("1989-12-29"))
    #expect(Set(amenders) == ["dta-protocol-2006", "dtaa-protocol-2015"])
  }

  /// Embassy of India, Tokyo: signed 16 November 2012, notes exchanged 20 July 2016, in force
  /// 1 October 2016.
  @Test func theSocialSecurityAgreement() throws {
    let catalog = try #require(Self.catalog)
    let agreement = try #require(catalog.agreement("social-security-agreement-2012"))
    #expect(agreement.date == PartialDate("2012-11-16"))
    #expect(agreement.events.contains { $0.kind == .notesExchanged && $0.date == PartialDate("2016-07-20") })
    #expect(agreement.inForce == PartialDate("2016-10-01"))
    #expect(catalog.status(of: agreement, on: PartialDate("2016-09")!) == .notYetInForce)
  }

  /// MOFA: in force 20 July 2017.
  @Test func theNuclearAgreementEnteredIntoForceIn2017() throws {
    let catalog = try #require(Self.catalog)
    #expect(catalog.agreement("nuclear-cooperation-agreement-2016")?.inForce == PartialDate("2017-07-20"))
  }

  /// A date too partial to place before or after the day is unknown, not guessed.
  @Test func aPartialDateThatStraddlesTheDayIsUnknown() throws {
    let catalog = try #require(Self.catalog)
    let acsa = try #require(catalog.agreement("acsa-2020"))
    #expect(acsa.inForce == PartialDate("2021"))
    #expect(catalog.status(of: acsa, on: PartialDate("2021-06-30")!) == .unknown)
    #expect(catalog.status(of: acsa, on: PartialDate("2022")!).kind == .inForce)
    #expect(catalog.status(of: try #require(catalog.agreement("jdsc-2008")), on: catalog.dataset.asOf) == .political)
  }

  /// Yen-loan exchanges of notes are recorded from 1997; none earlier is dated by a stored source.
  @Test func yenLoanExchangesAreRecordedFrom1997() throws {
    let catalog = try #require(Self.catalog)
    let loans = catalog.agreements.filter { $0.type == .exchangeOfNotes && $0.id.rawValue.hasPrefix("yen-loan-eon-") }
    #expect(loans.count >= 40)
    #expect(loans.compactMap(\.date).min() == PartialDate("1997-10-31"))
  }
}

/// `validate` refuses a life that cannot have happened, with line and column.
@Suite struct ImpossibleLifeTests {
  private func problems(_ agreements: String) -> [String] {
    let json = """
      {\(CatalogValidationTests.dataset), \(CatalogValidationTests.source),
       "agreements": [\(agreements)]}
      """
    do {
      _ = try CatalogLoader.load(files: [(name: "test.json", bytes: Array(json.utf8))])
      return []
    } catch .invalid(let problems) {
      return problems.map(\.description)
    } catch {
      return ["unexpected: \(error)"]
    }
  }

  private static func agreement(_ id: String, _ fields: String) -> String {
    #"{"id": "\#(id)", "title": "T", "type": "agreement", \#(fields), "parties": [], "areas": [], "summary": "S", "sources": [{"source": "s1"}]}"#
  }

  @Test func inForceBeforeSigned() {
    let found = problems(Self.agreement("a", #""date": "2000-05-01", "inForce": "1999""#))
    #expect(
      found == ["test.json:2:97: agreements[0].inForce: enters into force (1999) before it was signed (2000-05-01)"])
  }

  @Test func endedBeforeItBegan() {
    let found = problems(
      Self.agreement(
        "a",
        #""date": "2000", "inForce": "2001", "events": [{"kind": "terminated", "date": "2000-06", "sources": [{"source": "s1"}]}]"#
      ))
    #expect(found.count == 1)
    #expect(found.first?.contains("agreements[0].events[0].date: terminated (2000-06) before it began (2001)") == true)
  }

  @Test func aReplacementDatedBeforeWhatItReplaces() {
    let found = problems(
      Self.agreement("old", #""date": "2010""#) + ", "
        + Self.agreement(
          "new", #""date": "2005", "relations": [{"kind": "replaces", "target": "old", "sources": [{"source": "s1"}]}]"#
        ))
    #expect(found.count == 1)
    #expect(
      found.first?.contains("agreements[1].relations[0].target: replaces 'old' (2010) but is dated before it (2005)")
        == true)
  }
}

import AccordsCLI
import AccordsCore
import AccordsData
import Testing

/// What a daily user trips on, each tried as a new user would.
@Suite struct DailyUseTests {
  static let catalog: Catalog? = try? Catalog.bundled()

  /// `show <visit>` lists its documents with type, date and title, not ids alone.
  @Test func aVisitListsItsDocumentsWithTitlesAndTypes() throws {
    let catalog = try #require(Self.catalog)
    let text = accords("show", "2016", environment: ProcessEnvironment(variables: ["COLUMNS": "400"])).stdout
    let documents = catalog.agreements(of: "india-japan-summit-2016")
    #expect(text.contains("recorded:     \(documents.count), one a line:"))
    for document in documents {
      #expect(text.contains("\(document.type.abbreviation ?? document.type.displayName): "), "\(document.id)")
      #expect(text.contains(document.title), "\(document.id)")
    }
  }

  /// `show <source>` lists every record that cites it, and where.
  @Test func aSourceListsTheRecordsThatCiteIt() {
    let text = accords("show", "jetro-summit").stdout
    #expect(text.contains("cited by:  5 records, one a line:"))
    #expect(text.contains("agreement digital-partnership-mou (sources)"))
    #expect(text.contains("figure previous-investment-target (notes[0], sources)"))
  }

  /// `sources` narrows by kind and by the records of a visit.
  @Test func sourcesFilterByKindAndVisit() throws {
    let catalog = try #require(Self.catalog)
    let rows = parseCSV(
      accords("sources", "--visit", "2006", "--kind", "official", "--fields", "id,kind", "--format", "csv").stdout)
    #expect(rows.first == ["id", "kind"])
    #expect(rows.dropFirst().allSatisfy { $0[1] == "official" })
    let cited = Set(CatalogSQL.citations(of: "mofa-singh-visit-2006", in: catalog).map(\.id))
    #expect(cited.contains("india-japan-summit-2006"))
    #expect(rows.contains(["mofa-singh-visit-2006", "official"]))
    #expect(!rows.contains { $0[0] == "jetro-summit" }, "a 2025 source")
    let wrong = accords("sources", "--kind", "offical")
    #expect(wrong.exitCode == .usage)
    #expect(wrong.stderr.contains("Did you mean 'official'?"))
  }

  /// On a colour terminal a status and a note's kind are coloured — green in force, red ended
  /// or a conflict, yellow unsettled — and never under NO_COLOR or in a pipe.
  @Test func statusesAndNoteKindsAreColouredOnlyWhereColourIsWanted() {
    let colour = ProcessEnvironment(stdoutIsTerminal: true, terminalColumns: 100)
    let delhi = accords("show", "delhi-fukuoka", "--no-pager", environment: colour).stdout
    #expect(delhi.contains("\u{1B}[33mterm ended 31 Mar 2026"))
    #expect(delhi.contains("\u{1B}[33mUnconfirmed:\u{1B}[0m"))
    #expect(accords("show", "dta-1960", "--no-pager", environment: colour).stdout.contains("\u{1B}[31mreplaced by"))
    #expect(
      accords("show", "peace-treaty-1952", "--no-pager", environment: colour).stdout.contains("\u{1B}[32min force"))
    let noColour = ProcessEnvironment(variables: ["NO_COLOR": "1"], stdoutIsTerminal: true, terminalColumns: 100)
    #expect(!accords("show", "delhi-fukuoka", "--no-pager", environment: noColour).stdout.contains("\u{1B}"))
    #expect(!accords("show", "delhi-fukuoka").stdout.contains("\u{1B}"))
  }

  /// `partners` takes several regions at once, separated by commas.
  @Test func partnersOfSeveralRegionsAtOnce() {
    let text = accords("partners", "Gujarat,", "Kerala").stdout
    #expect(text.contains("Gujarat (IN-GJ, state): 2 partner prefectures"))
    #expect(text.contains("Kerala (IN-KL, state) has no partner prefecture on record."))
    let rows = parseCSV(
      accords("partners", "Gujarat, Tamil Nadu", "--format", "csv", "--fields", "region,partner").stdout)
    #expect(rows.first == ["region", "partner"])
    #expect(rows.filter { $0.first == "IN-GJ" }.count == 2 && rows.filter { $0.first == "IN-TN" }.count == 5)
    let unknown = accords("partners", "Gujarat, Atlantis")
    #expect(unknown.exitCode != .success)
    #expect(unknown.stderr.contains("'Atlantis'"))
  }

  /// `--visit` completes what people type: ids, numbers, and years with one visit.
  @Test func visitCompletionOffersNumbersAndYears() {
    let words = accords("__complete", "visits").stdout.split(separator: "\n").map(String.init)
    #expect(words.contains("india-japan-summit-2018") && words.contains("13th") && words.contains("2018"))
    #expect(!words.contains("2014"), "two visits in 2014: the year alone is ambiguous")
    for word in words { #expect(accords("agreements", "--visit", word).exitCode == .success, "\(word)") }
  }

  /// `validate` reports every problem in one pass: a record with a bad type still has its
  /// unknown source reported, at its place.
  @Test func validateReportsEveryProblemOfARecordInOnePass() throws {
    let json = """
      {"dataset": {"name": "t", "version": "1", "asOf": "2026", "description": "x"},
       "sources": [{"id": "s1", "publisher": "p", "kind": "media"}],
       "agreements": [
         {"id": "a1", "title": "T", "type": "nonsense", "date": "2020", "parties": [], "areas": [],
          "summary": "s", "sources": [{"source": "s1"}, {"source": "nope"}]}]}
      """
    let result = Accords.run(arguments: ["validate"]) { () throws(CatalogError) in
      try CatalogLoader.load(files: [(name: "two.json", bytes: Array(json.utf8))])
    }
    #expect(result.exitCode == .dataError)
    #expect(result.stderr.contains("agreements[0].type: 'nonsense' is not a document type"))
    #expect(result.stderr.contains("two.json:5:62: agreements[0]: cites unknown source 'nope'"))
    #expect(!result.stderr.contains("'s1'"), "a known source is not reported")
  }
}

import AccordsCLI
import Testing

@Suite struct SearchCommandTests {
  @Test func findsTheHydrogenDeclarationFirst() {
    let rows = accords("search", "hydrogen", "--format", "plain").stdout.split(separator: "\n")
    #expect(rows.first?.hasPrefix("agreement\tclean-hydrogen-ammonia-declaration\ttitle\t") == true)
  }

  @Test func writesHitsAsJSON() throws {
    let hits = try #require(try json(accords("search", "lunar", "--json").stdout) as? [[String: Any]])
    #expect(hits.first?["id"] as? String == "lupex-implementing-arrangement")
    #expect(hits.first?["kind"] as? String == "agreement")
    #expect(hits.first?["snippet"] as? String != nil)
  }

  @Test func highlightsMatchesOnlyOnAColourTerminal() {
    #expect(
      accords("search", "hydrogen", environment: terminal(width: 120)).stdout.contains("\u{1B}[1;33mHydrogen\u{1B}[0m"))
    #expect(!accords("search", "hydrogen").stdout.contains("\u{1B}"))
    #expect(
      !accords("search", "hydrogen", environment: terminal(variables: ["NO_COLOR": "1"])).stdout.contains("\u{1B}"))
  }

  @Test func noMatchIsAnEmptySuccess() {
    let result = accords("search", "zebra", "--json")
    #expect(result.exitCode == .success)
    #expect(result.stdout == "[]\n")
  }

  @Test func anEmptyQueryIsAUsageError() {
    #expect(accords("search", "  ").exitCode == .usage)
  }

  /// Whatever `search` finds, `show` opens: every kind, regions included.
  @Test(arguments: ["Tamil Nadu", "hydrogen", "Ehime", "JETRO", "governors"])
  func showOpensEveryHit(query: String) throws {
    let hits = try #require(try json(accords("search", query, "--json").stdout) as? [[String: Any]])
    #expect(!hits.isEmpty)
    for hit in hits {
      let id = try #require(hit["id"] as? String)
      let shown = accords("show", id)
      #expect(shown.exitCode == .success, "\(hit["kind"] ?? "") \(id): \(shown.stderr)")
    }
  }
}

@Suite struct NameLookupCommandTests {
  @Test func namesTheRegionItUnderstoodThroughAFormerName() {
    let result = accords("partners", "Uttaranchal")
    #expect(result.exitCode == .success)
    #expect(result.stdout.hasPrefix("Uttarakhand (IN-UK, formerly Uttaranchal) has no partner prefecture on record."))
    #expect(accords("partners", "Uttaranchal", "--json").stdout == "[]\n")
  }

  @Test(arguments: ["愛媛県", "愛媛", "Ehime-ken", "JP-38", "38", "ehime prefecture"])
  func findsEhimesPartnerByAnyName(name: String) {
    #expect(accords("partners", name).stdout.contains("Tamil Nadu"))
  }

  @Test func showFindsRecordsByShortName() {
    #expect(
      accords("show", "LUPEX").stdout.hasPrefix(
        "Implementing Arrangement for the joint lunar polar exploration mission"))
    #expect(accords("show", "JAI").stdout.hasPrefix("India-Japan AI Cooperation Initiative"))
  }

  @Test func regionsShowJapaneseKinds() {
    let rows = accords("regions", "--country", "japan", "--format", "plain").stdout.split(separator: "\n")
    #expect(rows.first == "JP-01\tHokkaido\t北海道\tprefecture (道)\t0")
    #expect(rows.contains("JP-13\tTokyo\t東京都\tprefecture (都)\t0"))
  }
}

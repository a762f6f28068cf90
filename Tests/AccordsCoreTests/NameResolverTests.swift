import AccordsCore
import AccordsData
import Testing

/// The spellings people actually type, and what each must resolve to.
@Suite struct NameResolverTests {
  let catalog: Catalog
  let regions: NameResolver
  let records: NameResolver

  init() throws {
    catalog = try Catalog.bundled()
    regions = NameResolver(catalog: catalog, scope: .regions)
    records = NameResolver(catalog: catalog, scope: .records)
  }

  static let variants: [(String, String)] = [
    // Exact names, ignoring case, spacing, punctuation and diacritics.
    ("Tamil Nadu", "IN-TN"), ("tamil nadu", "IN-TN"), ("TAMIL NADU", "IN-TN"), ("  Tamil   Nadu  ", "IN-TN"),
    ("TamilNadu", "IN-TN"), ("tamil-nadu", "IN-TN"), ("West Bengal", "IN-WB"), ("west  bengal", "IN-WB"),
    ("Westbengal", "IN-WB"), ("WEST-BENGAL", "IN-WB"), ("Kōchi", "JP-39"), ("Kochi", "JP-39"), ("KŌCHI", "JP-39"),
    ("Ōita", "JP-44"), ("Oita", "JP-44"), ("Hyōgo", "JP-28"), ("Hyogo", "JP-28"), ("Tōkyō", "JP-13"),
    ("Gunma", "JP-10"), ("Jammu and Kashmir", "IN-JK"), ("Jammu & Kashmir", "IN-JK"),
    ("Andaman & Nicobar Islands", "IN-AN"), ("Dadra and Nagar Haveli and Daman and Diu", "IN-DH"),
    ("Arunāchal Pradesh", "IN-AR"), ("Mahārāshtra", "IN-MH"), ("Andhra Pradesh", "IN-AP"), ("Uttar Pradesh", "IN-UP"),
    ("Delhi", "IN-DL"), ("Puducherry", "IN-PY"), ("Ehime", "JP-38"),
    // ISO 3166-2 codes, with or without the country prefix.
    ("IN-WB", "IN-WB"), ("in-wb", "IN-WB"), ("WB", "IN-WB"), ("wb", "IN-WB"), ("IN WB", "IN-WB"), ("JP-23", "JP-23"),
    ("jp-23", "JP-23"), ("23", "JP-23"), ("JP23", "JP-23"), ("IN-TN", "IN-TN"), ("TN", "IN-TN"), ("MP", "IN-MP"),
    ("HP", "IN-HP"), ("J&K", "IN-JK"), ("JK", "IN-JK"), ("UP", "IN-UP"), ("AP", "IN-AP"), ("IN-OD", "IN-OD"),
    ("IN-TS", "IN-TS"), ("IN-UK", "IN-UK"), ("IN-CG", "IN-CG"), ("IN-DH", "IN-DH"), ("JP-01", "JP-01"),
    ("JP-47", "JP-47"),
    // Codes retired by ISO.
    ("IN-OR", "IN-OD"), ("IN-TG", "IN-TS"), ("IN-UT", "IN-UK"), ("IN-CT", "IN-CG"), ("IN-DN", "IN-DH"),
    ("IN-DD", "IN-DH"),
    ("OR", "IN-OD"), ("TG", "IN-TS"),
    // Japanese script, with and without the suffix.
    ("愛知県", "JP-23"), ("愛知", "JP-23"), ("大阪府", "JP-27"), ("大阪", "JP-27"), ("北海道", "JP-01"), ("東京都", "JP-13"),
    ("東京", "JP-13"), ("京都府", "JP-26"), ("京都", "JP-26"), ("愛媛県", "JP-38"), ("沖縄", "JP-47"),
    ("デリー準州", "IN-DL"), ("デリー", "IN-DL"), ("タミルナドゥ州", "IN-TN"), ("カルナタカ", "IN-KA"),
    // Romanised suffixes and prefixes.
    ("Aichi-ken", "JP-23"), ("Aichi ken", "JP-23"), ("Aichi Prefecture", "JP-23"), ("Kyoto-fu", "JP-26"),
    ("Osaka-fu", "JP-27"), ("Tokyo-to", "JP-13"), ("Hokkaido", "JP-01"), ("Ehime-ken", "JP-38"),
    ("Shizuoka Prefecture", "JP-22"), ("State of Kerala", "IN-KL"), ("Kerala State", "IN-KL"),
    ("Government of Gujarat", "IN-GJ"),
    // Official long forms and the ways people write them.
    ("National Capital Territory of Delhi", "IN-DL"), ("NCT of Delhi", "IN-DL"),
    ("Government of NCT of Delhi", "IN-DL"),
    ("Union Territory of Ladakh", "IN-LA"), ("UT of Ladakh", "IN-LA"), ("Ladakh UT", "IN-LA"),
    ("Tokyo Metropolis", "JP-13"), ("Tokyo Metropolitan Government", "JP-13"), ("Osaka Prefecture", "JP-27"),
    ("Hyogo Prefectural Government", "JP-28"), ("The State of Tamil Nadu", "IN-TN"), ("Hyōgo", "JP-28"),
    ("Andaman & Nicobar Islands", "IN-AN"), ("Government of Uttar Pradesh", "IN-UP"),
    // Former names kept in the data, with their sources.
    ("Uttaranchal", "IN-UK"), ("Orissa", "IN-OD"), ("orissa", "IN-OD"), ("Pondicherry", "IN-PY"),
    ("Madras State", "IN-TN"), ("Mysore State", "IN-KA"),
  ]

  @Test func coversMoreThanEightyVariants() {
    #expect(Self.variants.count >= 80)
  }

  @Test(arguments: variants)
  func resolvesEachSpelling(name: String, code: String) {
    guard case .found(let match) = regions.resolve(name) else {
      Issue.record("'\(name)' did not resolve: \(regions.resolve(name))")
      return
    }
    #expect(match.subject == .region(Region.Code(code)))
  }

  @Test(arguments: [
    ("Maharastra", ["Maharashtra"]), ("Wakayma", ["Wakayama"]), ("Kyoto City", ["Kyoto"]),
    ("Tamilnadoo", ["Tamil Nadu"]), ("Gujrat", ["Gujarat"]), ("Uttaranchel", ["Uttaranchal"]), ("Aichi-shi", ["Aichi"]),
    ("Bombay", []), ("Atlantis", []), ("", []),
  ])
  func neverGuessesButSuggests(name: String, suggestions: [String]) {
    #expect(regions.resolve(name) == .notFound(suggestions: suggestions))
  }

  @Test func suggestsAtMostThreeNames() {
    guard case .notFound(let suggestions) = regions.resolve("Nagaa") else {
      Issue.record("expected no match")
      return
    }
    #expect(!suggestions.isEmpty && suggestions.count <= 3)
  }

  @Test func saysHowANameMatched() {
    guard case .found(let former) = regions.resolve("Uttaranchal"), case .alias(let alias) = former.reason else {
      Issue.record("expected an alias match")
      return
    }
    #expect(alias.kind == .formerName && alias.readable == "formerly Uttaranchal")
    guard case .found(let code) = regions.resolve("IN-OR"), case .alias(let retired) = code.reason else {
      Issue.record("expected a retired-code match")
      return
    }
    #expect(retired.kind == .formerCode)
  }

  @Test func reportsANameThatMeansTwoRegions() throws {
    let json = """
      {"dataset": {"name": "T", "version": "1", "asOf": "2026", "description": "T"},
       "sources": [{"id": "s", "publisher": "P", "kind": "media"}],
       "regions": [
        {"code": "IN-WB", "name": "West Bengal", "country": "IN", "kind": "state", "sources": [{"source": "s"}],
         "aliases": [{"name": "Bengal", "kind": "variant", "sources": [{"source": "s"}]}]},
        {"code": "IN-TR", "name": "Tripura", "country": "IN", "kind": "state", "sources": [{"source": "s"}],
         "aliases": [{"name": "Bengal", "kind": "variant", "sources": [{"source": "s"}]}]}]}
      """
    let small = try CatalogLoader.load(files: [(name: "t.json", bytes: Array(json.utf8))])
    guard case .ambiguous(let matches) = NameResolver(catalog: small, scope: .regions).resolve("bengal") else {
      Issue.record("expected ambiguity")
      return
    }
    #expect(Set(matches.map(\.subject)) == [.region("IN-WB"), .region("IN-TR")])
  }

  @Test(arguments: [
    ("LUPEX", NameResolver.Subject.agreement("lupex-implementing-arrangement")),
    ("jcm", .agreement("joint-crediting-mechanism-moc")),
    ("Digital Partnership 2.0", .agreement("digital-partnership-mou")),
    ("MoC on Joint Crediting Mechanism", .agreement("joint-crediting-mechanism-moc")),
    ("lupex-implementing-arrangement", .agreement("lupex-implementing-arrangement")),
    ("JAI", .initiative("ai-cooperation-initiative")),
    ("Economic Security Initiative", .initiative("economic-security-initiative")),
    ("health", .area("health")), ("Next Generation Mobility", .area("mobility")),
    ("gujarat-shizuoka", .partnership("gujarat-shizuoka")), ("governors-met", .figure("governors-met")),
    ("seed-article", .source("seed-article")),
  ])
  func resolvesRecordsByIdTitleAndShortName(name: String, subject: NameResolver.Subject) {
    guard case .found(let match) = records.resolve(name) else {
      Issue.record("'\(name)' did not resolve: \(records.resolve(name))")
      return
    }
    #expect(match.subject == subject)
  }

  @Test func suggestsTheFullTitleForAPartialOne() {
    guard case .notFound(let suggestions) = records.resolve("Joint Vision") else {
      Issue.record("a partial title must not be guessed")
      return
    }
    #expect(suggestions.contains("Joint Vision for the Next Decade"))
  }
}

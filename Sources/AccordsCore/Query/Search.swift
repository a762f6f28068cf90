/// One record found by a search, with the field and text that matched.
public struct SearchHit: Hashable, Sendable {
  /// What kind of record matched.
  public typealias Kind = RecordKind

  public let kind: Kind
  public let id: String
  /// The record's title or name.
  public let title: String
  /// The field the best match is in, such as `title` or `summary`.
  public let field: String
  /// The text around the best match in that field, shortened with `…`.
  public let snippet: String
  /// Higher is better (see `Catalog.search`).
  public let score: Int
}

extension Catalog {
  /// The longest query, in characters, that search and the `--search` and `--party` filters
  /// take: far beyond any phrase a person types, and a bound that keeps every search linear in
  /// the catalog's size.
  public static let longestQuery = 200

  /// The records that hold every word of `query`, best first; ties keep `RecordKind` order.
  ///
  /// Words match whole words, or the start of a word when the query's word has three letters
  /// or more (`lunar`, `hydro` → `hydrogen`), never the inside of one: `AI` finds "AI", not
  /// "Affairs". Numbers match whole (`2` is not `2025`); words joined by punctuation in the
  /// query (`2+2`, `6.2`) must stand side by side. Case, accents, katakana and hiragana, and
  /// British, Indian and American spellings (`defence`, `defense`) compare alike. An acronym
  /// also finds what it stands for where a record spells it out ("Lunar Polar Exploration
  /// (LUPEX)", a party's short form).
  ///
  /// Ranking: each group of words scores the weight of the best field it is in (a title, name
  /// or alias, then an id, then a summary, then notes and quotes), more for a whole word than
  /// a word's start; the whole query as a phrase in a field scores again; a record whose own
  /// name or short title is exactly the query ranks above all others.
  ///
  /// `kinds` narrows the records looked through (`--party` looks through parties alone): the
  /// same hits as a search of everything filtered to those kinds.
  public func search(_ query: SearchQuery, among kinds: Set<RecordKind>? = nil) -> [SearchHit] {
    search(query, among: kinds, takingShortcuts: true)
  }

  /// `search(_:among:)`; without shortcuts, every field of every record looked through is cut
  /// into every word, for tests to hold the shortcuts to the same answers.
  func search(_ query: SearchQuery, among kinds: Set<RecordKind>?, takingShortcuts: Bool) -> [SearchHit] {
    let acronyms = stored?.acronyms.value ?? AcronymIndex(self)
    // Only words starting as a query word, or a word its acronym stands for, can match.
    let initials =
      takingShortcuts ? Words.Initials(query.words + query.groups.flatMap { acronyms.phrases(for: $0).joined() }) : nil
    var hits: [SearchHit] = []
    if let candidates = stored?.words.value?.candidates(for: query, acronyms: acronyms) {
      // From an image's word index: only the records that hold a word of every group, each
      // read, scored and let go in turn, so that a common word does not hold them all at once.
      for candidate in candidates where kinds?.contains(candidate.kind) != false {
        guard let record = record(of: candidate.kind, at: candidate.position) else { continue }
        if let hit = hit(on: record, for: query, acronyms: acronyms, initials: initials) { hits.append(hit) }
      }
    } else {
      let looked = kinds.map { kinds in RecordKind.allCases.filter(kinds.contains).flatMap(records(of:)) } ?? records
      hits = looked.compactMap { hit(on: $0, for: query, acronyms: acronyms, initials: initials) }
    }
    return hits.enumerated()
      .sorted { ($1.element.score, $0.offset) < ($0.element.score, $1.offset) }
      .map(\.element)
  }

  /// `search(_:)` for text as typed; no hits when it holds no word.
  public func search(_ text: String) -> [SearchHit] {
    SearchQuery(text).map { search($0) } ?? []
  }

  private func hit(
    on record: any CatalogRecord, for query: SearchQuery, acronyms: AcronymIndex, initials: Words.Initials?
  ) -> SearchHit? {
    let fields = record.searchFields(in: self)
    var words = FieldWords(fields, initials: initials)
    // The highest weight of each field and the fields after it: once a group's best match is
    // worth that much, no later field can beat it, and the rest are never cut into words.
    var ceilings = fields.map(\.weight.rawValue)
    for index in ceilings.indices.reversed().dropFirst() { ceilings[index] = max(ceilings[index], ceilings[index + 1]) }
    var score = 0
    var shown: (field: Int, range: Range<Int>)?
    for group in query.groups {
      var best: (value: Int, field: Int, range: Range<Int>)?
      for (index, field) in fields.enumerated() {
        // (Without initials, the search takes no shortcut and looks at every field.)
        if initials != nil, let best, best.value >= ceilings[index] * WordMatch.whole * group.words.count { break }
        let cut = words[index]
        let match =
          WordMatch.find(group.words, numbers: group.numbers, ideographic: group.ideographic, in: cut)
          ?? acronyms.find(group, in: cut)
        guard let match else { continue }
        let value = field.weight.rawValue * match.quality * group.words.count
        if value > (best?.value ?? 0) { best = (value, index, match.range) }
      }
      guard let best else { return nil }
      score += best.value
      if shown == nil { shown = (best.field, best.range) }
    }
    let all = query.groups.flatMap(\.words)
    if query.groups.count > 1 {
      let numbers = query.groups.flatMap(\.numbers)
      let ideographic = query.groups.flatMap(\.ideographic)
      var phrase: (weight: Int, field: Int, range: Range<Int>)?
      for (index, field) in fields.enumerated() where field.weight.rawValue > (phrase?.weight ?? 0) {
        if let match = WordMatch.find(all, numbers: numbers, ideographic: ideographic, in: words[index]) {
          phrase = (field.weight.rawValue, index, match.range)
        }
      }
      if let phrase {
        score += phrase.weight * WordMatch.whole * all.count
        shown = (phrase.field, phrase.range)
      }
    }
    if record.names.contains(where: { Words($0.text, comparedOnlyIfStartingWith: initials).words.map(\.key) == all }) {
      score += SearchWeight.title.rawValue * WordMatch.whole * all.count * 2
    }
    guard let shown else { return nil }
    return SearchHit(
      kind: record.reference.kind, id: record.reference.id, title: record.displayTitle(in: self),
      field: fields[shown.field].name, snippet: Snippet.around(shown.range, in: fields[shown.field].text),
      score: score)
  }
}

/// A record's search fields cut into words the first time each is asked for: most hits are
/// settled by a title, and cutting every summary, note and quote was most of a search's time.
private struct FieldWords {
  let fields: [SearchField]
  /// The initials of the words that can match; others are cut without their compared form.
  let initials: Words.Initials?
  private var cut: [[Words.Word]?]

  init(_ fields: [SearchField], initials: Words.Initials?) {
    self.fields = fields
    self.initials = initials
    self.cut = Array(repeating: nil, count: fields.count)
  }

  subscript(index: Int) -> [Words.Word] {
    mutating get {
      if let words = cut[index] { return words }
      let words = Words(fields[index].text, comparedOnlyIfStartingWith: initials).words
      cut[index] = words
      return words
    }
  }

}

/// Where a run of query words occurs in a field's words, and how well.
struct WordMatch {
  /// What a whole word scores, against `start` for a word's beginning.
  static let whole = 3
  static let start = 2

  let quality: Int
  /// The characters of the field's text the match spans.
  let range: Range<Int>

  /// The best place `query` occurs in `words` side by side: every word whole, or the last one's
  /// start (three letters or more); a Japanese word anywhere inside one. Linear in `words` for
  /// a query of bounded length.
  static func find(_ query: [String], numbers: [Bool], ideographic: [Bool], in words: [Words.Word]) -> WordMatch? {
    guard !query.isEmpty, words.count >= query.count else { return nil }
    var best: WordMatch?
    for start in 0...(words.count - query.count) {
      var quality = whole
      for offset in query.indices {
        let word = words[start + offset]
        let wanted = query[offset]
        if word.key == wanted { continue }
        let isLast = offset == query.count - 1
        if ideographic[offset], word.isIdeographic, word.key.contains(wanted) {
          quality = Self.start
        } else if isLast, !numbers[offset], !ideographic[offset], wanted.count >= 3, !word.isNumber,
          word.key.hasPrefix(wanted)
        {
          quality = Self.start
        } else {
          quality = 0
          break
        }
      }
      guard quality > 0 else { continue }
      let range = words[start].range.lowerBound..<words[start + query.count - 1].range.upperBound
      if quality == whole { return WordMatch(quality: quality, range: range) }
      if best == nil { best = WordMatch(quality: quality, range: range) }
    }
    return best
  }
}

/// What acronyms stand for, where the catalog spells them out: a title or summary's
/// "Lunar Polar Exploration (LUPEX)", a party's short form (METI). A query's acronym then also
/// finds the words, a little below the acronym itself.
struct AcronymIndex: Sendable {
  /// Each acronym's folded form, with the phrases it stands for, as folded words.
  private(set) var expansions: [String: [[String]]] = [:]

  /// The expansions a catalog image kept.
  init(expansions: [String: [[String]]]) { self.expansions = expansions }

  init(_ catalog: Catalog) {
    for party in catalog.parties {
      let name = Words(party.name).words.map(\.key)
      for alias in party.aliases where Self.isAcronym(alias) { add(alias, name) }
    }
    for agreement in catalog.agreements {
      scan(agreement.title)
      scan(agreement.summary)
    }
    for initiative in catalog.initiatives { scan(initiative.summary) }
  }

  /// The phrases `group` stands for, when it is a single acronym the catalog spells out.
  func phrases(for group: SearchQuery.Group) -> [[String]] {
    group.words.count == 1 ? expansions[group.words[0]] ?? [] : []
  }

  /// The match of `group`, a single acronym, through what it stands for.
  func find(_ group: SearchQuery.Group, in words: [Words.Word]) -> WordMatch? {
    for phrase in phrases(for: group) {
      let flags = [Bool](repeating: false, count: phrase.count)
      if let match = WordMatch.find(phrase, numbers: flags, ideographic: flags, in: words) {
        return WordMatch(quality: WordMatch.start, range: match.range)
      }
    }
    return nil
  }

  private mutating func add(_ acronym: String, _ phrase: [String]) {
    let key = TextFolding.fold(acronym)
    guard !phrase.isEmpty, phrase != [key], !(expansions[key] ?? []).contains(phrase) else { return }
    // A handful of spellings is plenty; the bound keeps a hostile catalog from growing it.
    if (expansions[key]?.count ?? 0) < 8 { expansions[key, default: []].append(phrase) }
  }

  /// Finds "Words Spelling It Out (WSIO)" in `text`: the words before the parenthesis whose
  /// initials, small words aside, are letters of the acronym in order, from its first.
  private mutating func scan(_ text: String) {
    // A byte test first: most texts hold no parenthesis, and those that do are checked by
    // character below.
    guard text.utf8.contains(UInt8(ascii: "(")) else { return }
    let characters = Array(text)
    let words = Words(text).words
    for (index, word) in words.enumerated() where index > 0 {
      let start = word.range.lowerBound
      let end = word.range.upperBound
      guard start > 0, characters[start - 1] == "(", end < characters.count, characters[end] == ")" else { continue }
      let acronym = String(characters[start..<end])
      guard Self.isAcronym(acronym) else { continue }
      // Walking back from the parenthesis, each word's initial must be an earlier letter of
      // the acronym than the last one's, until the first letter is reached: "Lunar Polar
      // Exploration" spells LUPEX's L, P and E in order.
      let letters = Array(TextFolding.fold(acronym))
      var available = letters.count
      var first = index
      var complete = false
      while first > 0, !complete, index - first <= letters.count * 2 + 2 {
        let key = words[first - 1].key
        if Self.smallWords.contains(key) {
          first -= 1
          continue
        }
        guard let initial = key.first, let at = letters[0..<available].lastIndex(of: initial) else { break }
        first -= 1
        available = at
        complete = at == 0
      }
      if complete { add(acronym, words[first..<index].map(\.key)) }
    }
  }

  /// Two to eight letters, at least two of them capitals: `AI`, `LUPEX`, `MeitY`.
  static func isAcronym(_ text: String) -> Bool {
    (2...8).contains(text.count) && text.allSatisfy(\.isLetter) && text.filter(\.isUppercase).count >= 2
  }

  private static let smallWords: Set<String> = ["of", "and", "the", "for", "in", "on", "to", "a"]
}

/// The part of a text around a match, for showing why a record matched.
enum Snippet {
  static let radius = 50

  static func around(_ range: Range<Int>, in text: String) -> String {
    asciiAround(range, in: text) ?? aroundByCharacter(range, in: text)
  }

  /// The general path, character by character.
  static func aroundByCharacter(_ range: Range<Int>, in text: String) -> String {
    let characters = Array(text)
    let from = max(0, range.lowerBound - radius)
    let to = min(characters.count, range.upperBound + radius)
    guard from < to else { return String(text.prefix(radius * 2)) }
    return (from > 0 ? "…" : "") + String(characters[from..<to]) + (to < characters.count ? "…" : "")
  }

  /// `around` for text of ASCII alone without CR LF, where a character is a byte: the same
  /// snippet without making an array of every character of a long summary for each hit.
  static func asciiAround(_ range: Range<Int>, in text: String) -> String? {
    let utf8 = Array(text.utf8)
    guard Words.isCharacterPerByte(utf8) else { return nil }
    let from = max(0, range.lowerBound - radius)
    let to = min(utf8.count, range.upperBound + radius)
    guard from < to else { return String(decoding: utf8.prefix(radius * 2), as: UTF8.self) }
    return (from > 0 ? "…" : "") + String(decoding: utf8[from..<to], as: UTF8.self) + (to < utf8.count ? "…" : "")
  }
}

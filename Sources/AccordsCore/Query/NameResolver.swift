/// Finds what a person means by a name, the way people actually type names.
///
/// It tries, in this order of trust: exact names and ids (ignoring case, spacing, punctuation
/// and Latin diacritics, so `Westbengal` and `Kōchi` match); ISO 3166-2 codes with or without
/// the country prefix, current or retired (`IN-WB`, `JP-23`, `IN-OR`); Japanese script with or
/// without its suffix (`愛知県`, `愛知`) and romanised suffixes (`Aichi-ken`, `Kyoto-fu`,
/// `Aichi Prefecture`); and the aliases kept in the data (former names, short titles). Anything
/// else is not guessed: the caller gets the nearest real names to suggest instead.
public struct NameResolver: Sendable {
  /// What a resolver looks through.
  public enum Scope: Sendable, CaseIterable {
    /// The gazetteer: states, union territories and prefectures.
    case regions
    /// The catalog's records: agreements, initiatives, areas, partnerships, figures, sources.
    case records
    /// Records and regions together: whatever `search` can return.
    case everything
    /// Visits only, for `--visit`.
    case visits
    /// Parties only, for `--party`.
    case parties
  }

  /// A thing a name can refer to.
  public typealias Subject = RecordReference

  /// How a name matched.
  public enum Reason: Hashable, Sendable {
    /// The name or id itself.
    case exact
    /// The current ISO 3166-2 code, with or without its country prefix.
    case code
    /// A Japanese name, with or without its suffix.
    case japaneseName
    /// A Hindi name in Devanagari, with nasals and nukta folded (`झारखंड` is `झारखण्ड`).
    case hindiName
    /// A romanised name with a suffix such as `-ken`, `-fu` or `Prefecture`.
    case suffixedName
    /// A person's family name alone: `Ishiba`.
    case familyName
    /// An alias kept in the data: a former name or retired code, or a short title.
    case alias(Alias)

    /// Lower is more trusted; only the most trusted matches are kept.
    var tier: Int {
      switch self {
      case .exact: 0
      case .code: 1
      case .japaneseName, .hindiName, .suffixedName: 2
      case .familyName: 3
      case .alias(let alias): alias.kind == .formerCode ? 1 : 3
      }
    }
  }

  /// One thing a name resolved to, and why.
  public struct Match: Hashable, Sendable {
    public let subject: Subject
    public let reason: Reason
  }

  /// The outcome of resolving a name.
  public enum Resolution: Hashable, Sendable {
    /// Exactly one thing, at the most trusted level that matched anything.
    case found(Match)
    /// Several different things match equally well; the caller should list them.
    case ambiguous([Match])
    /// Nothing matches; up to three real names that are near, nearest first.
    case notFound(suggestions: [String])
  }

  private struct Entry: Sendable {
    let subject: Subject
    let reason: Reason
  }

  private var index: [String: [Entry]] = [:]
  /// Names offered as suggestions: names, Japanese names, former names, titles and ids.
  private var suggestionNames: [String] = []
  /// Over a catalog read from an image: the catalog, whose name index is read instead of
  /// `index`, and the kinds looked through. The suggestions, wanted only when nothing matches,
  /// are then made by a resolver built in memory.
  private var stored: (catalog: Catalog, kinds: Set<RecordKind>)?

  /// Builds the index for `scope` over `catalog`, from the names each record gives; over a
  /// catalog read from an image, reads the image's name index instead.
  public init(catalog: Catalog, scope: Scope) {
    let kinds: [RecordKind] =
      switch scope {
      case .regions: [.region]
      case .records: RecordKind.allCases.filter { $0 != .region }
      case .everything: RecordKind.allCases
      case .visits: [.visit]
      case .parties: [.party]
      }
    if catalog.stored != nil {
      self.init(stored: (catalog, Set(kinds)))
    } else {
      self.init(building: catalog, kinds: kinds)
    }
  }

  private init(stored: (catalog: Catalog, kinds: Set<RecordKind>)) { self.stored = stored }

  private init(building catalog: Catalog, kinds: some Sequence<RecordKind>) {
    for kind in kinds {
      for record in catalog.records(of: kind) {
        for name in record.names { insert(name.text, record.reference, name.reason, suggest: name.isSuggested) }
      }
    }
  }

  /// The names whose compact form is `key`.
  private func entries(_ key: String) -> [Entry] {
    guard let stored, let names = stored.catalog.stored?.names.value else { return index[key] ?? [] }
    return names.matches(for: key, among: stored.kinds, in: stored.catalog).map {
      Entry(subject: $0.subject, reason: $0.reason)
    }
  }

  /// What `text` refers to.
  public func resolve(_ text: String) -> Resolution {
    let key = TextFolding.compact(text)
    guard !key.isEmpty else { return .notFound(suggestions: []) }
    var matches = entries(key)
    // `Jammu & Kashmir` means `Jammu and Kashmir`; `J&K` stays the code-like `JK`.
    if text.contains("&") {
      matches += entries(TextFolding.compact(text.replacingAll("&", with: " and ")))
    }
    if let stripped = Self.strippingRomanisedSuffix(text.replacingAll("&", with: " and ")) {
      matches += entries(stripped).filter { $0.reason == .exact }
        .map { Entry(subject: $0.subject, reason: .suffixedName) }
    }
    guard let best = matches.map(\.reason.tier).min() else {
      return .notFound(suggestions: suggestions(for: text))
    }
    var seen: Set<Subject> = []
    let unique = matches.filter { $0.reason.tier == best && seen.insert($0.subject).inserted }
      .map { Match(subject: $0.subject, reason: $0.reason) }
    return unique.count == 1 ? .found(unique[0]) : .ambiguous(unique)
  }

  /// Up to three real names nearest to `text`: by edit distance, because `text` begins a name
  /// (`JDSC` → `jdsc-2008`), or because a word of `text` is a whole name (`Kyoto City` → Kyoto).
  /// Names that differ only in case or punctuation are offered once.
  public func suggestions(for text: String, limit: Int = 3) -> [String] {
    if let stored {
      return NameResolver(building: stored.catalog, kinds: RecordKind.allCases.filter(stored.kinds.contains))
        .suggestions(for: text, limit: limit)
    }
    let key = TextFolding.compact(text)
    let words = Set(TextFolding.fold(text).split(separator: " ").map(String.init))
    let allowance = EditDistance.allowance(forLength: key.count)
    var ranked: [(name: String, distance: Int)] = []
    for name in suggestionNames {
      let candidate = TextFolding.compact(name)
      guard !candidate.isEmpty else { continue }
      if key.count >= 4, candidate.hasPrefix(key) {
        ranked.append((name, 1))
      } else if let distance = EditDistance.between(key, candidate, atMost: allowance) {
        ranked.append((name, distance))
      } else if candidate.count >= 4, words.contains(candidate) || key.hasPrefix(candidate) {
        ranked.append((name, allowance + 1))
      }
    }
    var seen: Set<String> = []
    return ranked.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
      .filter { seen.insert(TextFolding.compact($0.name)).inserted }.map(\.name).prefix(limit).map { $0 }
  }

  // MARK: - Building the index

  private mutating func insert(_ name: String, _ subject: Subject, _ reason: Reason, suggest: Bool = true) {
    let key = TextFolding.compact(name)
    guard !key.isEmpty else { return }
    index[key, default: []].append(Entry(subject: subject, reason: reason))
    if suggest { suggestionNames.append(name) }
  }

  // MARK: - Name forms

  /// `愛知県` → `愛知`, `京都府` → `京都`, `東京都` → `東京`, `デリー準州` → `デリー`. Hokkaido's
  /// 道 is part of the name people use (北海道), so it stays.
  static func strippingJapaneseSuffix(_ name: String) -> String? {
    for suffix in ["準州", "州", "県", "府", "都"] where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
      return String(name.dropLast(suffix.count))
    }
    return nil
  }

  /// The compact form of `Aichi-ken`, `Kyoto-fu`, `Tokyo-to`, `Aichi Prefecture` or
  /// `State of Kerala` without the suffix or prefix; `nil` when there is none.
  static func strippingRomanisedSuffix(_ text: String) -> String? {
    var words = TextFolding.fold(text).split(separator: " ").map(String.init)
    let original = words.count
    // Official long forms wrap the name: "Government of the National Capital Territory of
    // Delhi", "UT of Ladakh", "Tokyo Metropolis", "Osaka Prefecture". Each wrapper is removed
    // as long as a name is left; "City" is not a wrapper, since a city is not its prefecture.
    var changed = true
    while changed, words.count >= 2 {
      changed = false
      for prefix in namePrefixes where words.count > prefix.count && Array(words.prefix(prefix.count)) == prefix {
        words.removeFirst(prefix.count)
        changed = true
      }
      for suffix in nameSuffixes where words.count > suffix.count && Array(words.suffix(suffix.count)) == suffix {
        words.removeLast(suffix.count)
        changed = true
      }
    }
    return words.count < original ? words.joined() : nil
  }

  /// Words that may stand before a region's name, longest first.
  private static let namePrefixes: [[String]] = [
    ["national", "capital", "territory", "of"], ["union", "territory", "of"], ["government", "of"], ["govt", "of"],
    ["state", "of"], ["nct", "of"], ["ut", "of"], ["the"],
  ]

  /// Words that may stand after a region's name, longest first.
  private static let nameSuffixes: [[String]] = [
    ["metropolitan", "government"], ["prefectural", "government"], ["state", "government"], ["union", "territory"],
    ["metropolis"], ["prefecture"], ["pref"], ["ken"], ["fu"], ["to"], ["state"], ["nct"], ["ut"],
  ]

}

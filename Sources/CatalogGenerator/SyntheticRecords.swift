import AccordsCore

/// The records of a synthetic catalog, one kind at a time, from one stream of random numbers:
/// each kind has its own function, and the order they are called in fixes the catalog.
struct SyntheticRecords {
  let base: Catalog
  var random: SplitMix64
  var words: TextMaker
  /// The bundled sources and the made ones, which every citation draws from.
  private(set) var allSources: [Source] = []
  private(set) var visits: [Visit] = []
  private(set) var parties: [Party] = []
  private(set) var people: [Person] = []
  let areaIDs: [VisionArea.ID]

  init(base: Catalog, random: SplitMix64, words: TextMaker) {
    self.base = base
    self.random = random
    self.words = words
    areaIDs = base.areas.map(\.id)
  }

  mutating func makeSources(count: Int) {
    let made = (0..<count).map { index in
      Source(
        id: Source.ID("source-\(index)"), publisher: words.phrase(2...4, using: &random),
        title: random.chance(0.7) ? words.sentence(6...14, using: &random) : nil,
        url: "https://example.org/\(index)/\(words.slug(using: &random))",
        published: random.chance(0.8) ? date() : nil,
        kind: Source.Kind.allCases[random.next(below: Source.Kind.allCases.count)],
        copyOf: random.chance(0.1) ? words.phrase(2...3, using: &random) : nil,
        language: random.chance(0.2) ? "ja" : nil)
    }
    allSources = base.sources + made
  }

  /// Bodies, some belonging to an earlier one (so no chain goes round), some in a region.
  mutating func makeParties(count: Int) {
    parties = (0..<count).map { index in
      Party(
        id: Party.ID("party-\(index)"), name: words.phrase(3...7, using: &random),
        nameJa: random.chance(0.2) ? "省庁 \(index)" : nil,
        aliases: random.chance(0.5) ? [words.slug(using: &random).uppercased()] : [],
        country: random.chance(0.5) ? .india : .japan,
        kind: Party.Kind.allCases[random.next(below: Party.Kind.allCases.count)],
        partOf: index > 0 && random.chance(0.5) ? Party.ID("party-\(random.next(below: index))") : nil,
        region: random.chance(0.1) ? base.regions[random.next(below: base.regions.count)].code : nil,
        notes: notes(), sources: citations(1...2))
    }
  }

  mutating func makePeople(count: Int) {
    people = (0..<count).map { index in
      Person(
        id: Person.ID("person-\(index)"), name: words.phrase(2...3, using: &random),
        nameJa: random.chance(0.2) ? "人名 \(index)" : nil, country: random.chance(0.5) ? .india : .japan,
        sources: citations(1...2))
    }
  }

  mutating func makeVisits(count: Int) {
    visits = (0..<count).map { index in
      let start = date(day: true)
      let numbered = random.chance(0.7)
      return Visit(
        id: Visit.ID("visit-\(index)"), title: words.sentence(3...6, using: &random),
        ordinal: numbered ? index + 1 : nil, ordinalIsDerived: numbered && random.chance(0.2), start: start, end: start,
        places: (0..<random.next(in: 0...3)).map { _ in
          Visit.Place(
            name: words.phrase(1...2, using: &random),
            region: random.chance(0.5) ? base.regions[random.next(below: base.regions.count)].code : nil)
        },
        leaders: (0..<random.next(in: 0...2)).map { _ in person() },
        announced: (0..<random.next(in: 0...2)).map { _ in
          Visit.AnnouncedCount(
            count: random.next(in: 0...40), scope: random.chance(0.5) ? .documents : .agreements,
            sources: citations(1...2))
        },
        summary: words.sentence(20...60, using: &random), sources: citations(1...3))
    }
  }

  mutating func agreements(count: Int) -> [Agreement] {
    (0..<count).map { index in
      // Dates first, so that an entry into force never precedes the signing it follows.
      let dated = random.chance(0.9) ? date() : nil
      let signed = random.chance(0.1) ? date() : nil
      return Agreement(
        id: Agreement.ID("agreement-\(index)"), title: words.sentence(5...18, using: &random),
        titleJa: random.chance(0.1) ? "日本国とインドとの間の協力覚書 \(index)" : nil,
        aliases: random.chance(0.2) ? [words.slug(using: &random).uppercased()] : [],
        type: DocumentType.allCases[random.next(below: DocumentType.allCases.count)],
        visit: visits[random.next(below: visits.count)].id, date: dated, signed: signed,
        signedAt: random.chance(0.2) ? words.phrase(1...2, using: &random) : nil,
        signedBy: (0..<(random.chance(0.2) ? random.next(in: 1...2) : 0)).map { _ in person() },
        inForce: random.chance(0.05) ? signed ?? dated : nil,
        events: random.chance(0.05)
          ? [
            LifeEvent(
              kind: LifeEvent.Kind.allCases[random.next(below: LifeEvent.Kind.allCases.count)], date: nil,
              sources: citations(1...1))
          ]
          : [],
        parties: (0..<random.next(in: 0...3)).map { _ in
          PartyMention(
            party: parties[random.next(below: parties.count)].id,
            asWritten: random.chance(0.2) ? words.phrase(3...7, using: &random) : nil)
        },
        exchangedBy: (0..<(random.chance(0.1) ? 2 : 0)).map { _ in person() },
        areas: Array(Set((0..<random.next(in: 1...4)).map { _ in areaIDs[random.next(below: areaIDs.count)] }))
          .sorted(),
        relations: relations(from: index, prefix: "agreement"),
        registers: random.chance(0.1)
          ? [
            RegisterEntry(
              register: RegisterEntry.Register.allCases[random.next(below: RegisterEntry.Register.allCases.count)],
              id: words.slug(using: &random).uppercased(),
              url: random.chance(0.5) ? "https://example.org/t/\(index)" : nil,
              sources: citations(1...1))
          ] : [],
        summary: words.sentence(25...70, using: &random), notes: notes(), sources: citations(1...6))
    }
  }

  mutating func partnerships(count: Int) -> [Partnership] {
    let states = base.regions.filter { $0.country == .india }
    let prefectures = base.regions.filter { $0.kind == .prefecture }
    return (0..<count).map { index in
      Partnership(
        id: Partnership.ID("partnership-\(index)"), state: states[random.next(below: states.count)].code,
        prefecture: prefectures[random.next(below: prefectures.count)].code,
        kind: Partnership.Kind.allCases[random.next(below: Partnership.Kind.allCases.count)],
        title: words.sentence(3...8, using: &random), signed: date(),
        visit: random.chance(0.1) ? visits[random.next(below: visits.count)].id : nil,
        renewals: random.chance(0.2)
          ? [.init(date: date(), summary: words.sentence(4...10, using: &random), sources: citations(1...2))] : [],
        summary: words.sentence(20...50, using: &random), notes: notes(), sources: citations(1...3))
    }
  }

  mutating func figures(count: Int) -> [Figure] {
    (0..<count).map { index in
      Figure(
        id: Figure.ID("figure-\(index)"), label: words.sentence(4...10, using: &random),
        value: Double(random.next(below: 1_000_000)) * (random.chance(0.3) ? 1e6 : 1) + (random.chance(0.2) ? 0.5 : 0),
        unit: ["JPY", "USD", "people", "MoUs", "percent"][random.next(below: 5)],
        qualifier: Figure.Qualifier.allCases[random.next(below: Figure.Qualifier.allCases.count)],
        kind: random.chance(0.5) ? .target : .reported, period: random.chance(0.5) ? "next five years" : nil,
        visit: random.chance(0.6) ? visits[random.next(below: visits.count)].id : nil,
        areas: [areaIDs[random.next(below: areaIDs.count)]],
        relations: relations(from: index, prefix: "figure"), sources: citations(1...2))
    }
  }

  mutating func initiatives(count: Int) -> [Initiative] {
    (0..<count).map { index in
      Initiative(
        id: Initiative.ID("initiative-\(index)"), name: words.sentence(3...6, using: &random),
        visit: visits[random.next(below: visits.count)].id, areas: [areaIDs[random.next(below: areaIDs.count)]],
        summary: words.sentence(15...40, using: &random), sources: citations(1...3))
    }
  }

  // MARK: - Parts every kind uses

  mutating func citations(_ range: ClosedRange<Int>) -> [Citation] {
    (0..<random.next(in: range)).map { _ in
      Citation(
        source: allSources[random.next(below: allSources.count)].id,
        quote: random.chance(0.4) ? words.sentence(5...15, using: &random) : nil)
    }
  }

  mutating func notes() -> [Note] {
    (0..<(random.chance(0.3) ? random.next(in: 1...2) : 0)).map { _ in
      Note(
        kind: Note.Kind.allCases[random.next(below: Note.Kind.allCases.count)],
        text: words.sentence(10...30, using: &random), sources: citations(0...2))
    }
  }

  mutating func person() -> PersonMention {
    PersonMention(person: people[random.next(below: people.count)].id, office: words.phrase(2...6, using: &random))
  }

  /// Up to two relations, each to an earlier record of `prefix`, so no relation is circular; never
  /// `replaces`, which the validator refuses when dates, random here, put the replacement first.
  mutating func relations<Record>(from index: Int, prefix: String) -> [Relation<Record>] {
    guard index > 0, random.chance(0.15) else { return [] }
    let targets = Set((0..<random.next(in: 1...2)).map { _ in random.next(below: index) }).sorted()
    return targets.map { target in
      Relation(
        kind: Self.relationKinds[random.next(below: Self.relationKinds.count)],
        target: Identifier("\(prefix)-\(target)"), sources: citations(1...2))
    }
  }

  static let relationKinds = RelationKind.allCases.filter { $0 != .replaces }

  mutating func date(day: Bool = false) -> PartialDate {
    let year = random.next(in: 1990...2025)
    let month = random.next(in: 1...12)
    let precision = day ? 2 : random.next(below: 3)
    return PartialDate(
      year: year, month: precision > 0 ? month : nil, day: precision > 1 ? random.next(in: 1...28) : nil)
      ?? PartialDate(year: year)!
  }
}

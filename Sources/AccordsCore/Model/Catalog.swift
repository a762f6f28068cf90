/// A loaded, checked catalog: every id unique, every reference resolving, every record sourced.
///
/// Build one with `CatalogLoader.load(path:)` for a catalog file, or `Catalog.bundled()` (in
/// `AccordsData`) for the data compiled into Accords.
public struct Catalog: Sendable {
  public let dataset: Dataset
  public let visits: [Visit]
  public let sources: [Source]
  /// The Joint Vision areas in their official order, I to VIII.
  public let areas: [VisionArea]
  public let agreements: [Agreement]
  public let initiatives: [Initiative]
  public let partnerships: [Partnership]
  public let figures: [Figure]
  /// The bodies that are party to documents: governments, ministries, agencies, regional
  /// governments, cities, banks, institutes and companies.
  public let parties: [Party]
  /// The people who signed, exchanged or led.
  public let people: [Person]
  /// The gazetteer: every state, union territory and prefecture, partnered or not.
  public let regions: [Region]

  /// The one id index: every record's reference to its place in the array of its kind.
  private let positions: [RecordReference: Int]
  /// Relations seen from their target: which later records update, renew, amend, implement or
  /// build on each record that has any.
  private let laterRecords: [RecordReference: [(kind: RelationKind, from: RecordReference)]]
  /// Each visit's agreements, by position, so that counting every visit's documents reads the
  /// agreements once rather than once per visit.
  private let agreementsByVisit: [Visit.ID: [Int]]
  /// The agreements naming each party and each person, by position, for `show` and counts.
  private let agreementsByName: [RecordReference: [Int]]
  /// The agreements that replace each agreement, by position: what a status reads for every
  /// instrument, kept apart from the other later records so that it costs no more when an
  /// instrument has thousands of amendments.
  private let replacers: [Agreement.ID: [Int]]

  /// Checks a document built in code and makes the catalog from it.
  ///
  /// - Throws: `CatalogError.invalid` listing every broken rule, each at its JSON path.
  public init(_ document: CatalogDocument) throws(CatalogError) {
    var problems = CatalogValidator(document).findings().map {
      CatalogProblem(file: "(document)", position: nil, path: $0.path, message: $0.message)
    }
    if document.dataset == nil {
      problems.insert(
        CatalogProblem(file: "(document)", position: nil, path: .root, message: "missing required field 'dataset'"),
        at: 0)
    }
    guard problems.isEmpty, let dataset = document.dataset else { throw .invalid(problems) }
    self.init(validated: document, dataset: dataset)
  }

  /// Makes the catalog from a document already checked: by the loader, or, for the bundled
  /// data, when Accords was built.
  package init(validated document: CatalogDocument, dataset: Dataset) {
    self.dataset = dataset
    visits = document.visits ?? []
    sources = document.sources ?? []
    areas = (document.areas ?? []).sorted { $0.ordinal < $1.ordinal }
    agreements = document.agreements ?? []
    initiatives = document.initiatives ?? []
    partnerships = document.partnerships ?? []
    figures = document.figures ?? []
    parties = document.parties ?? []
    people = document.people ?? []
    regions = document.regions ?? []
    var positions: [RecordReference: Int] = [:]
    // Sized once: growing the table as it fills was a fifth of the bundled catalog's start-up.
    positions.reserveCapacity(
      agreements.count + initiatives.count + areas.count + partnerships.count + figures.count + visits.count
        + parties.count + people.count + regions.count + sources.count)
    func index<Record: CatalogRecord>(_ records: [Record]) {
      for (position, record) in records.enumerated() { positions[record.reference] = position }
    }
    index(agreements)
    index(initiatives)
    index(areas)
    index(partnerships)
    index(figures)
    index(visits)
    index(parties)
    index(people)
    index(regions)
    index(sources)
    self.positions = positions
    var laterRecords: [RecordReference: [(kind: RelationKind, from: RecordReference)]] = [:]
    for agreement in agreements {
      for relation in agreement.relations {
        laterRecords[.agreement(relation.target), default: []].append((relation.kind, .agreement(agreement.id)))
      }
    }
    for figure in figures {
      for relation in figure.relations {
        laterRecords[.figure(relation.target), default: []].append((relation.kind, .figure(figure.id)))
      }
    }
    self.laterRecords = laterRecords
    var agreementsByVisit: [Visit.ID: [Int]] = [:]
    for (position, agreement) in agreements.enumerated() {
      if let visit = agreement.visit { agreementsByVisit[visit, default: []].append(position) }
    }
    self.agreementsByVisit = agreementsByVisit
    var agreementsByName: [RecordReference: [Int]] = [:]
    for (position, agreement) in agreements.enumerated() {
      var named: [RecordReference] = agreement.parties.map { .party($0.party) }
      named += (agreement.signedBy + agreement.exchangedBy).map { .person($0.person) }
      var seen: Set<RecordReference> = []
      for reference in named where seen.insert(reference).inserted {
        agreementsByName[reference, default: []].append(position)
      }
    }
    self.agreementsByName = agreementsByName
    var replacers: [Agreement.ID: [Int]] = [:]
    for (position, agreement) in agreements.enumerated() {
      for relation in agreement.relations where relation.kind == .replaces {
        replacers[relation.target, default: []].append(position)
      }
    }
    self.replacers = replacers
  }

  /// Every record of every kind, in `RecordKind` order: what search, the name resolver and
  /// completion walk.
  public var records: [any CatalogRecord] {
    RecordKind.allCases.flatMap(records(of:))
  }

  /// The records of one kind, in catalog order.
  public func records(of kind: RecordKind) -> [any CatalogRecord] {
    switch kind {
    case .agreement: agreements
    case .initiative: initiatives
    case .area: areas
    case .partnership: partnerships
    case .figure: figures
    case .visit: visits
    case .party: parties
    case .person: people
    case .region: regions
    case .source: sources
    }
  }

  /// The record a reference points to, whatever its kind.
  public func record(_ reference: RecordReference) -> (any CatalogRecord)? {
    switch reference {
    case .agreement(let id): agreement(id)
    case .initiative(let id): initiative(id)
    case .area(let id): area(id)
    case .partnership(let id): partnership(id)
    case .figure(let id): figure(id)
    case .visit(let id): visit(id)
    case .party(let id): party(id)
    case .person(let id): person(id)
    case .region(let code): region(code)
    case .source(let id): source(id)
    }
  }

  /// The agreement with the given id.
  public func agreement(_ id: Agreement.ID) -> Agreement? { lookUp(.agreement(id), in: agreements) }

  /// The initiative with the given id.
  public func initiative(_ id: Initiative.ID) -> Initiative? { lookUp(.initiative(id), in: initiatives) }

  /// The Joint Vision area with the given id.
  public func area(_ id: VisionArea.ID) -> VisionArea? { lookUp(.area(id), in: areas) }

  /// The partnership with the given id.
  public func partnership(_ id: Partnership.ID) -> Partnership? { lookUp(.partnership(id), in: partnerships) }

  /// The headline figure with the given id.
  public func figure(_ id: Figure.ID) -> Figure? { lookUp(.figure(id), in: figures) }

  /// The visit with the given id.
  public func visit(_ id: Visit.ID) -> Visit? { lookUp(.visit(id), in: visits) }

  /// The party with the given id.
  public func party(_ id: Party.ID) -> Party? { lookUp(.party(id), in: parties) }

  /// The person with the given id.
  public func person(_ id: Person.ID) -> Person? { lookUp(.person(id), in: people) }

  /// The region with the given ISO 3166-2 code.
  public func region(_ code: Region.Code) -> Region? { lookUp(.region(code), in: regions) }

  /// The source with the given id.
  public func source(_ id: Source.ID) -> Source? { lookUp(.source(id), in: sources) }

  /// The later agreements that relate to `id`, each with how: `updates`, `renews`, …
  public func agreements(relatingTo id: Agreement.ID) -> [(agreement: Agreement, kind: RelationKind)] {
    (laterRecords[.agreement(id)] ?? []).compactMap { entry in
      guard case .agreement(let from) = entry.from else { return nil }
      return agreement(from).map { ($0, entry.kind) }
    }
  }

  /// The later figures that relate to `id`, each with how.
  public func figures(relatingTo id: Figure.ID) -> [(figure: Figure, kind: RelationKind)] {
    (laterRecords[.figure(id)] ?? []).compactMap { entry in
      guard case .figure(let from) = entry.from else { return nil }
      return figure(from).map { ($0, entry.kind) }
    }
  }

  /// The agreements of a visit, in catalog order.
  public func agreements(of visit: Visit.ID) -> [Agreement] {
    (agreementsByVisit[visit] ?? []).map { agreements[$0] }
  }

  /// The agreements that name `party` among their parties, in catalog order.
  public func agreements(withParty party: Party.ID) -> [Agreement] {
    (agreementsByName[.party(party)] ?? []).map { agreements[$0] }
  }

  /// The agreements that `person` signed or exchanged, in catalog order.
  public func agreements(withPerson person: Person.ID) -> [Agreement] {
    (agreementsByName[.person(person)] ?? []).map { agreements[$0] }
  }

  /// The agreements that replace `id`, in catalog order.
  public func replacements(of id: Agreement.ID) -> [Agreement] {
    (replacers[id] ?? []).map { agreements[$0] }
  }

  /// The visits at which `person` was one of the leaders, in catalog order.
  public func visits(ledBy person: Person.ID) -> [Visit] {
    visits.filter { $0.leaders.contains { $0.person == person } }
  }

  /// The body `party` belongs to at the top: the Government of Japan for METI's office; the
  /// party itself when it belongs to none. A chain is followed at most as many steps as there
  /// are parties, so a circle (refused by the loader) cannot hang it.
  public func topBody(of party: Party.ID) -> Party.ID {
    var current = party
    for _ in 0..<parties.count {
      guard let parent = self.party(current)?.partOf, self.party(parent) != nil else { break }
      current = parent
    }
    return current
  }

  /// The state–prefecture partnerships signed or exchanged at `visit`, in catalog order.
  public func partnerships(of visit: Visit.ID) -> [Partnership] { partnerships.filter { $0.visit == visit } }

  private func lookUp<Record>(_ reference: RecordReference, in records: [Record]) -> Record? {
    positions[reference].map { records[$0] }
  }
}

extension Catalog {
  /// The parties named, each by its name, short forms and Japanese name and the source's
  /// wording, for search: `Ministry of Economy, Trade and Industry; METI; 経済産業省; …`.
  public func names(of mentions: [PartyMention]) -> String {
    mentions.flatMap { mention -> [String] in
      let party = party(mention.party)
      return [party?.name, party?.nameJa, mention.asWritten].compactMap { $0 } + (party?.aliases ?? [])
    }.joined(separator: "; ")
  }

  /// The people named, each by name and Japanese name, for search.
  public func names(of mentions: [PersonMention]) -> String {
    mentions.flatMap { mention -> [String] in
      let person = person(mention.person)
      return [person?.name, person?.nameJa].compactMap { $0 } + (person?.aliases ?? [])
    }.joined(separator: "; ")
  }
}

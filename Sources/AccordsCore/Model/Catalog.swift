/// A loaded, checked catalog: every id unique, every reference resolving, every record sourced.
///
/// Build one with `CatalogLoader.load(path:)` for a catalog file, or `Catalog.bundled()` (in
/// `AccordsData`) for the data compiled into Accords.
public struct Catalog: Sendable {
  public let dataset: Dataset
  public var visits: [Visit] { sections.visits.value }
  public var sources: [Source] { sections.sources.value }
  /// The Joint Vision areas in their official order, I to VIII.
  public var areas: [VisionArea] { sections.areas.value }
  /// The documents: treaties, memoranda, joint statements …, in catalog order; read from the
  /// image as they are looked at when the catalog came from an index.
  public let agreements: AgreementList
  public var initiatives: [Initiative] { sections.initiatives.value }
  public var partnerships: [Partnership] { sections.partnerships.value }
  public var figures: [Figure] { sections.figures.value }
  /// The bodies that are party to documents: governments, ministries, agencies, regional
  /// governments, cities, banks, institutes and companies.
  public var parties: [Party] { sections.parties.value }
  /// The people who signed, exchanged or led.
  public var people: [Person] { sections.people.value }
  /// The gazetteer: every state, union territory and prefecture, partnered or not.
  public var regions: [Region] { sections.regions.value }

  /// Every kind's records but the agreements: at hand, or, from an image, decoded the first
  /// time a query looks at the kind.
  struct Sections: Sendable {
    var visits: Deferred<[Visit]>
    var sources: Deferred<[Source]>
    var areas: Deferred<[VisionArea]>
    var parties: Deferred<[Party]>
    var people: Deferred<[Person]>
    var initiatives: Deferred<[Initiative]>
    var partnerships: Deferred<[Partnership]>
    var figures: Deferred<[Figure]>
    var regions: Deferred<[Region]>
  }

  private let sections: Sections
  /// The id index of every kind but the agreements, which keep their own: each record's
  /// reference to its place in the array of its kind. Each built when first needed.
  private let positions: [RecordKind: Deferred<[RecordReference: Int]>]
  /// Relations seen from their target: which later figures update or replace each figure.
  private let laterFigures: Deferred<[Figure.ID: [(kind: RelationKind, from: Figure.ID)]]>
  /// What the image the catalog was read from keeps beside the records, for the questions that
  /// would otherwise read every record; `nil` in memory.
  let stored: Stored?

  /// The indexes and counts a catalog image keeps (see `CatalogImage`).
  struct Stored: Sendable {
    /// Every name's folded form with the records it names, for `NameResolver`.
    let names: Deferred<ImageNames?>
    /// Every word search compares, with the records holding it.
    let words: Deferred<ImageWords?>
    /// The counts of every agreement on the dataset's as-of day, for `stats`.
    let tally: Deferred<Summary.AgreementTally?>
    /// What the catalog's acronyms stand for, for search.
    let acronyms: Deferred<AcronymIndex?>
  }

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
    let sections = Sections(
      visits: Deferred(document.visits ?? []), sources: Deferred(document.sources ?? []),
      areas: Deferred((document.areas ?? []).sorted { $0.ordinal < $1.ordinal }),
      parties: Deferred(document.parties ?? []), people: Deferred(document.people ?? []),
      initiatives: Deferred(document.initiatives ?? []), partnerships: Deferred(document.partnerships ?? []),
      figures: Deferred(document.figures ?? []), regions: Deferred(document.regions ?? []))
    self.init(dataset: dataset, sections: sections, agreements: AgreementList(document.agreements ?? []))
  }

  /// Makes the catalog from its parts, whether at hand or to be read from an image.
  init(dataset: Dataset, sections: Sections, agreements: AgreementList, stored: Stored? = nil) {
    self.dataset = dataset
    self.sections = sections
    self.agreements = agreements
    self.stored = stored
    positions = [
      .visit: Self.index(sections.visits), .source: Self.index(sections.sources), .area: Self.index(sections.areas),
      .party: Self.index(sections.parties), .person: Self.index(sections.people),
      .initiative: Self.index(sections.initiatives), .partnership: Self.index(sections.partnerships),
      .figure: Self.index(sections.figures), .region: Self.index(sections.regions),
    ]
    laterFigures = Deferred {
      var later: [Figure.ID: [(kind: RelationKind, from: Figure.ID)]] = [:]
      for figure in sections.figures.value {
        for relation in figure.relations { later[relation.target, default: []].append((relation.kind, figure.id)) }
      }
      return later
    }
  }

  private static func index<Record: CatalogRecord>(_ records: Deferred<[Record]>) -> Deferred<[RecordReference: Int]> {
    Deferred {
      let records = records.value
      var positions: [RecordReference: Int] = [:]
      // Sized once: growing the table as it fills was a fifth of the bundled catalog's start-up.
      positions.reserveCapacity(records.count)
      for (position, record) in records.enumerated() { positions[record.reference] = position }
      return positions
    }
  }

  /// The counts of every agreement on the dataset's as-of day, as the image keeps them.
  var storedTally: Summary.AgreementTally? { stored?.tally.value }

  /// Why the catalog's answer cannot be trusted: damage found in its image while the command
  /// read it. Checked before a command's output is printed; `nil` for a catalog in memory.
  public var readFailure: CatalogError? { agreements.readFailure }

  /// Every record of every kind, in `RecordKind` order: what search, the name resolver and
  /// completion walk.
  public var records: [any CatalogRecord] {
    RecordKind.allCases.flatMap(records(of:))
  }

  /// The records of one kind, in catalog order.
  public func records(of kind: RecordKind) -> [any CatalogRecord] {
    switch kind {
    case .agreement: Array(agreements)
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

  /// The record at `position` among those of `kind`, in catalog order; `nil` past the end.
  func record(of kind: RecordKind, at position: Int) -> (any CatalogRecord)? {
    func element<Record: CatalogRecord>(_ records: [Record]) -> Record? {
      records.indices.contains(position) ? records[position] : nil
    }
    switch kind {
    case .agreement: return agreements.indices.contains(position) ? agreements[position] : nil
    case .initiative: return element(initiatives)
    case .area: return element(areas)
    case .partnership: return element(partnerships)
    case .figure: return element(figures)
    case .visit: return element(visits)
    case .party: return element(parties)
    case .person: return element(people)
    case .region: return element(regions)
    case .source: return element(sources)
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
  public func agreement(_ id: Agreement.ID) -> Agreement? { agreements.position(of: id).map { agreements[$0] } }

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
    agreements.later(than: id).map { (agreements[$0.position], $0.kind) }
  }

  /// The later figures that relate to `id`, each with how.
  public func figures(relatingTo id: Figure.ID) -> [(figure: Figure, kind: RelationKind)] {
    (laterFigures.value[id] ?? []).compactMap { entry in figure(entry.from).map { ($0, entry.kind) } }
  }

  /// The agreements of a visit, in catalog order.
  public func agreements(of visit: Visit.ID) -> [Agreement] {
    agreements.positions(of: visit).map { agreements[$0] }
  }

  /// The agreements that name `party` among their parties, in catalog order.
  public func agreements(withParty party: Party.ID) -> [Agreement] {
    agreements.positions(naming: .party(party)).map { agreements[$0] }
  }

  /// The agreements that `person` signed or exchanged, in catalog order.
  public func agreements(withPerson person: Person.ID) -> [Agreement] {
    agreements.positions(naming: .person(person)).map { agreements[$0] }
  }

  /// The agreements that replace `id`, in catalog order.
  public func replacements(of id: Agreement.ID) -> [Agreement] {
    agreements.replacers(of: id).map { agreements[$0] }
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
    positions[reference.kind]?.value[reference].map { records[$0] }
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

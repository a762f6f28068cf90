/// A loaded, checked catalog: every id unique, every reference resolving, every record sourced.
///
/// Build one with `CatalogLoader.load(path:)` for a catalog file, or `Catalog.bundled()` (in
/// `AccordsData`) for the data compiled into Accords.
public struct Catalog: Sendable {
  public let dataset: Dataset
  public var visits: [Visit] { sections.visits.all.value }
  public var sources: [Source] { sections.sources.all.value }
  /// The Joint Vision areas in their official order, I to VIII.
  public var areas: [VisionArea] { sections.areas.all.value }
  /// The documents: treaties, memoranda, joint statements …, in catalog order; read from the
  /// image as they are looked at when the catalog came from an index.
  public let agreements: AgreementList
  public var initiatives: [Initiative] { sections.initiatives.all.value }
  public var partnerships: [Partnership] { sections.partnerships.all.value }
  public var figures: [Figure] { sections.figures.all.value }
  /// The bodies that are party to documents: governments, ministries, agencies, regional
  /// governments, cities, banks, institutes and companies.
  public var parties: [Party] { sections.parties.all.value }
  /// The people who signed, exchanged or led.
  public var people: [Person] { sections.people.all.value }
  /// The gazetteer: every state, union territory and prefecture, partnered or not.
  public var regions: [Region] { sections.regions.all.value }

  /// Every kind's records but the agreements: at hand, or, from an image, read when a query
  /// looks at them.
  struct Sections: Sendable {
    var visits: Shelf<Visit>
    var sources: Shelf<Source>
    var areas: Shelf<VisionArea>
    var parties: Shelf<Party>
    var people: Shelf<Person>
    var initiatives: Shelf<Initiative>
    var partnerships: Shelf<Partnership>
    var figures: Shelf<Figure>
    var regions: Shelf<Region>
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
      visits: Shelf(document.visits ?? []), sources: Shelf(document.sources ?? []),
      areas: Shelf((document.areas ?? []).sorted { $0.ordinal < $1.ordinal }),
      parties: Shelf(document.parties ?? []), people: Shelf(document.people ?? []),
      initiatives: Shelf(document.initiatives ?? []), partnerships: Shelf(document.partnerships ?? []),
      figures: Shelf(document.figures ?? []), regions: Shelf(document.regions ?? []))
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
      for figure in sections.figures.all.value {
        for relation in figure.relations { later[relation.target, default: []].append((relation.kind, figure.id)) }
      }
      return later
    }
  }

  private static func index<Record: CatalogRecord>(_ shelf: Shelf<Record>) -> Deferred<[RecordReference: Int]> {
    Deferred {
      let records = shelf.all.value
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
    switch kind {
    case .agreement: agreements.indices.contains(position) ? agreements[position] : nil
    case .initiative: element(at: position, of: sections.initiatives)
    case .area: element(at: position, of: sections.areas)
    case .partnership: element(at: position, of: sections.partnerships)
    case .figure: element(at: position, of: sections.figures)
    case .visit: element(at: position, of: sections.visits)
    case .party: element(at: position, of: sections.parties)
    case .person: element(at: position, of: sections.people)
    case .region: element(at: position, of: sections.regions)
    case .source: element(at: position, of: sections.sources)
    }
  }

  /// The record at `position` of a shelf: from the records at hand, or, while an image's
  /// have not all been read, read alone.
  private func element<Record>(at position: Int, of shelf: Shelf<Record>) -> Record? {
    if let image = shelf.image, shelf.all.madeValue == nil { return image.value?.record(at: position) }
    let records = shelf.all.value
    return records.indices.contains(position) ? records[position] : nil
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
  public func initiative(_ id: Initiative.ID) -> Initiative? { lookUp(.initiative(id), in: sections.initiatives) }

  /// The Joint Vision area with the given id.
  public func area(_ id: VisionArea.ID) -> VisionArea? { lookUp(.area(id), in: sections.areas) }

  /// The partnership with the given id.
  public func partnership(_ id: Partnership.ID) -> Partnership? { lookUp(.partnership(id), in: sections.partnerships) }

  /// The headline figure with the given id.
  public func figure(_ id: Figure.ID) -> Figure? { lookUp(.figure(id), in: sections.figures) }

  /// The visit with the given id.
  public func visit(_ id: Visit.ID) -> Visit? { lookUp(.visit(id), in: sections.visits) }

  /// The party with the given id.
  public func party(_ id: Party.ID) -> Party? { lookUp(.party(id), in: sections.parties) }

  /// The person with the given id.
  public func person(_ id: Person.ID) -> Person? { lookUp(.person(id), in: sections.people) }

  /// The region with the given ISO 3166-2 code.
  public func region(_ code: Region.Code) -> Region? { lookUp(.region(code), in: sections.regions) }

  /// The source with the given id.
  public func source(_ id: Source.ID) -> Source? { lookUp(.source(id), in: sections.sources) }

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

  /// The record `reference` names: by the id index of the records at hand, or, while an
  /// image's have not all been read, by the image's own id index, reading that record alone.
  private func lookUp<Record>(_ reference: RecordReference, in shelf: Shelf<Record>) -> Record? {
    if let image = shelf.image, shelf.all.madeValue == nil { return image.value?.record(withID: reference.id) }
    return positions[reference.kind]?.value[reference].map { shelf.all.value[$0] }
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

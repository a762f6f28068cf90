/// A catalog's agreements in catalog order, with the indexes queries find them by.
///
/// Held in memory when the catalog was built from JSON or from the bundled data; read one at a
/// time from a catalog image otherwise, where the indexes were written beside the records, so
/// that a query builds only the agreements it looks at. Reading an image never fails here: a
/// record found damaged is noted (`Catalog.readFailure`) and the command's answer is refused
/// before it is printed.
public struct AgreementList: RandomAccessCollection, Sendable {
  private enum Storage: Sendable {
    case memory(AgreementsInMemory)
    case image(ImageAgreements)
  }

  private let storage: Storage

  init(_ agreements: [Agreement]) { storage = .memory(AgreementsInMemory(agreements)) }

  init(image: ImageAgreements) { storage = .image(image) }

  public var startIndex: Int { 0 }

  public var endIndex: Int {
    switch storage {
    case .memory(let memory): memory.agreements.count
    case .image(let image): image.count
    }
  }

  public subscript(position: Int) -> Agreement {
    switch storage {
    case .memory(let memory): memory.agreements[position]
    case .image(let image): image.agreement(at: position)
    }
  }

  /// The place of the agreement with the given id.
  func position(of id: Agreement.ID) -> Int? {
    switch storage {
    case .memory(let memory): memory.positions[id]
    case .image(let image): image.position(of: id)
    }
  }

  /// The later agreements that relate to `id`, by place, each with how.
  func later(than id: Agreement.ID) -> [(kind: RelationKind, position: Int)] {
    switch storage {
    case .memory(let memory): memory.later[id] ?? []
    case .image(let image): image.later(than: id)
    }
  }

  /// The places of the agreements of `visit`, in catalog order.
  func positions(of visit: Visit.ID) -> [Int] {
    switch storage {
    case .memory(let memory): memory.byVisit[visit] ?? []
    case .image(let image): image.positions(of: visit)
    }
  }

  /// The places of the agreements naming a party or a person, in catalog order.
  func positions(naming reference: RecordReference) -> [Int] {
    switch storage {
    case .memory(let memory): memory.byName[reference] ?? []
    case .image(let image): image.positions(naming: reference)
    }
  }

  /// The places of the agreements that replace `id`, in catalog order.
  func replacers(of id: Agreement.ID) -> [Int] {
    switch storage {
    case .memory(let memory): memory.replacers[id] ?? []
    case .image(let image): image.replacers(of: id)
    }
  }

  /// The places, in catalog order, of every agreement that could meet `filter`, found from an
  /// index without building the others; `nil` when every agreement must be looked at.
  func candidates(for filter: AgreementFilter) -> [Int]? {
    switch storage {
    case .memory: nil
    case .image(let image): image.candidates(for: filter)
    }
  }

  /// The first damage found while reading an image, if any.
  var readFailure: CatalogError? {
    switch storage {
    case .memory: nil
    case .image(let image): image.failures.first
    }
  }
}

/// Agreements built in memory, with the indexes `Catalog` answers from, made once.
struct AgreementsInMemory: Sendable {
  let agreements: [Agreement]
  let positions: [Agreement.ID: Int]
  /// Relations seen from their target: which later agreements update, renew, amend, implement
  /// or build on each agreement that has any.
  let later: [Agreement.ID: [(kind: RelationKind, position: Int)]]
  /// Each visit's agreements, so that counting every visit's documents reads the agreements
  /// once rather than once per visit.
  let byVisit: [Visit.ID: [Int]]
  /// The agreements naming each party and each person, for `show` and counts.
  let byName: [RecordReference: [Int]]
  /// The agreements that replace each agreement: what a status reads for every instrument,
  /// kept apart from the other later records so that it costs no more when an instrument has
  /// thousands of amendments.
  let replacers: [Agreement.ID: [Int]]

  init(_ agreements: [Agreement]) {
    self.agreements = agreements
    var positions: [Agreement.ID: Int] = [:]
    // Sized once: growing the table as it fills was a fifth of the bundled catalog's start-up.
    positions.reserveCapacity(agreements.count)
    var later: [Agreement.ID: [(kind: RelationKind, position: Int)]] = [:]
    var byVisit: [Visit.ID: [Int]] = [:]
    var byName: [RecordReference: [Int]] = [:]
    var replacers: [Agreement.ID: [Int]] = [:]
    for (position, agreement) in agreements.enumerated() {
      positions[agreement.id] = position
      for relation in agreement.relations {
        later[relation.target, default: []].append((relation.kind, position))
        if relation.kind == .replaces { replacers[relation.target, default: []].append(position) }
      }
      if let visit = agreement.visit { byVisit[visit, default: []].append(position) }
      for reference in agreement.namedRecords { byName[reference, default: []].append(position) }
    }
    self.positions = positions
    self.later = later
    self.byVisit = byVisit
    self.byName = byName
    self.replacers = replacers
  }
}

extension Agreement {
  /// The parties and people an agreement names, each once, in the order first named.
  var namedRecords: [RecordReference] {
    var named: [RecordReference] = parties.map { .party($0.party) }
    named += (signedBy + exchangedBy).map { .person($0.person) }
    var seen: Set<RecordReference> = []
    return named.filter { seen.insert($0).inserted }
  }
}

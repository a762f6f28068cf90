/// Every kind of record a catalog holds, in the order listings, search ties and completions use.
///
/// This enumeration is the one list of kinds: `CatalogRecord` describes each, `Catalog.records`
/// holds them in this order, and tests walk `allCases` to prove that every layer covers every kind.
public enum RecordKind: String, Hashable, Sendable, CaseIterable {
  case agreement, initiative, area, partnership, figure, visit, party, person, region, source
}

/// One record of any kind, by its identifier: what the catalog's id index maps, and what the
/// name resolver, search and `show` pass around.
public enum RecordReference: Hashable, Sendable {
  case agreement(Agreement.ID)
  case initiative(Initiative.ID)
  case area(VisionArea.ID)
  case partnership(Partnership.ID)
  case figure(Figure.ID)
  case visit(Visit.ID)
  case party(Party.ID)
  case person(Person.ID)
  case region(Region.Code)
  case source(Source.ID)

  /// The kind of record referred to.
  public var kind: RecordKind {
    switch self {
    case .agreement: .agreement
    case .initiative: .initiative
    case .area: .area
    case .partnership: .partnership
    case .figure: .figure
    case .visit: .visit
    case .party: .party
    case .person: .person
    case .region: .region
    case .source: .source
    }
  }

  /// The record's id, or the region's code.
  public var id: String {
    switch self {
    case .agreement(let id): id.rawValue
    case .initiative(let id): id.rawValue
    case .area(let id): id.rawValue
    case .partnership(let id): id.rawValue
    case .figure(let id): id.rawValue
    case .visit(let id): id.rawValue
    case .party(let id): id.rawValue
    case .person(let id): id.rawValue
    case .region(let code): code.rawValue
    case .source(let id): id.rawValue
    }
  }
}

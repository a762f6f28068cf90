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
  /// The gazetteer: every state, union territory and prefecture, partnered or not.
  public let regions: [Region]

  private let sourcesByID: [Source.ID: Source]
  private let regionsByCode: [Region.Code: Region]
  private let areasByID: [VisionArea.ID: VisionArea]
  private let agreementsByID: [Agreement.ID: Agreement]
  private let visitsByID: [Visit.ID: Visit]

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

  /// Makes the catalog from a document the loader has already checked.
  init(validated document: CatalogDocument, dataset: Dataset) {
    self.dataset = dataset
    visits = document.visits ?? []
    sources = document.sources ?? []
    areas = (document.areas ?? []).sorted { $0.ordinal < $1.ordinal }
    agreements = document.agreements ?? []
    initiatives = document.initiatives ?? []
    partnerships = document.partnerships ?? []
    figures = document.figures ?? []
    regions = document.regions ?? []
    sourcesByID = Dictionary(uniqueKeysWithValues: sources.map { ($0.id, $0) })
    regionsByCode = Dictionary(uniqueKeysWithValues: regions.map { ($0.code, $0) })
    areasByID = Dictionary(uniqueKeysWithValues: areas.map { ($0.id, $0) })
    agreementsByID = Dictionary(uniqueKeysWithValues: agreements.map { ($0.id, $0) })
    visitsByID = Dictionary(uniqueKeysWithValues: visits.map { ($0.id, $0) })
  }

  /// The source with the given id.
  public func source(_ id: Source.ID) -> Source? { sourcesByID[id] }

  /// The region with the given ISO 3166-2 code.
  public func region(_ code: Region.Code) -> Region? { regionsByCode[code] }

  /// The Joint Vision area with the given id.
  public func area(_ id: VisionArea.ID) -> VisionArea? { areasByID[id] }

  /// The agreement with the given id.
  public func agreement(_ id: Agreement.ID) -> Agreement? { agreementsByID[id] }

  /// The visit with the given id.
  public func visit(_ id: Visit.ID) -> Visit? { visitsByID[id] }

  /// The sources behind a list of citations, in the order cited, each once.
  public func sources(citedBy citations: [Citation]) -> [Source] {
    var seen: Set<Source.ID> = []
    return citations.compactMap { citation in
      guard seen.insert(citation.source).inserted else { return nil }
      return source(citation.source)
    }
  }
}

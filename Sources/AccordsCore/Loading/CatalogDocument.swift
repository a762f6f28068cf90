/// The sections of a catalog as read, before the rules that span records are checked.
///
/// A single file may hold every section; the bundled data spreads them over several files
/// (`agreements.json`, `regions.json`, …) that the loader reads into one document.
public struct CatalogDocument: Sendable {
  public var dataset: Dataset?
  public var visits: [Visit]?
  public var sources: [Source]?
  public var areas: [VisionArea]?
  public var parties: [Party]?
  public var people: [Person]?
  public var agreements: [Agreement]?
  public var initiatives: [Initiative]?
  public var partnerships: [Partnership]?
  public var figures: [Figure]?
  public var regions: [Region]?

  /// Creates a document with the given sections.
  public init(
    dataset: Dataset? = nil, visits: [Visit]? = nil, sources: [Source]? = nil,
    areas: [VisionArea]? = nil, parties: [Party]? = nil, people: [Person]? = nil, agreements: [Agreement]? = nil,
    initiatives: [Initiative]? = nil,
    partnerships: [Partnership]? = nil, figures: [Figure]? = nil, regions: [Region]? = nil
  ) {
    self.dataset = dataset
    self.visits = visits
    self.sources = sources
    self.areas = areas
    self.parties = parties
    self.people = people
    self.agreements = agreements
    self.initiatives = initiatives
    self.partnerships = partnerships
    self.figures = figures
    self.regions = regions
  }

  /// Appends the records of `other`, section by section; `other`'s dataset, if any, is used
  /// only when this document has none.
  mutating func append(_ other: CatalogDocument) {
    func join<T>(_ lhs: [T]?, _ rhs: [T]?) -> [T]? {
      guard let lhs else { return rhs }
      guard let rhs else { return lhs }
      return lhs + rhs
    }
    dataset = dataset ?? other.dataset
    visits = join(visits, other.visits)
    sources = join(sources, other.sources)
    areas = join(areas, other.areas)
    parties = join(parties, other.parties)
    people = join(people, other.people)
    agreements = join(agreements, other.agreements)
    initiatives = join(initiatives, other.initiatives)
    partnerships = join(partnerships, other.partnerships)
    figures = join(figures, other.figures)
    regions = join(regions, other.regions)
  }
}

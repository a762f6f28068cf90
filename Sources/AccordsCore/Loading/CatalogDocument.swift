/// The JSON shape of a catalog file, before its references are checked.
///
/// A single file may hold every section; the bundled data spreads the same sections over
/// several files (`agreements.json`, `regions.json`, …), which `merging(_:)` puts back together.
public struct CatalogDocument: Sendable, Codable {
  public var dataset: Dataset?
  public var visits: [Visit]?
  public var sources: [Source]?
  public var areas: [VisionArea]?
  public var agreements: [Agreement]?
  public var initiatives: [Initiative]?
  public var partnerships: [Partnership]?
  public var figures: [Figure]?
  public var regions: [Region]?

  /// Creates a document with the given sections.
  public init(
    dataset: Dataset? = nil, visits: [Visit]? = nil, sources: [Source]? = nil,
    areas: [VisionArea]? = nil, agreements: [Agreement]? = nil, initiatives: [Initiative]? = nil,
    partnerships: [Partnership]? = nil, figures: [Figure]? = nil, regions: [Region]? = nil
  ) {
    self.dataset = dataset
    self.visits = visits
    self.sources = sources
    self.areas = areas
    self.agreements = agreements
    self.initiatives = initiatives
    self.partnerships = partnerships
    self.figures = figures
    self.regions = regions
  }

  /// This document with the records of `other` appended, section by section.
  ///
  /// - Throws: `CatalogError.duplicateDataset` when both carry a `dataset` section, since two
  ///   descriptions of one catalog cannot both be right.
  public func merging(_ other: CatalogDocument, from file: String) throws(CatalogError) -> Self {
    if dataset != nil, other.dataset != nil { throw .duplicateDataset(file: file) }
    func join<T>(_ lhs: [T]?, _ rhs: [T]?) -> [T]? {
      guard let lhs else { return rhs }
      guard let rhs else { return lhs }
      return lhs + rhs
    }
    return CatalogDocument(
      dataset: dataset ?? other.dataset,
      visits: join(visits, other.visits),
      sources: join(sources, other.sources),
      areas: join(areas, other.areas),
      agreements: join(agreements, other.agreements),
      initiatives: join(initiatives, other.initiatives),
      partnerships: join(partnerships, other.partnerships),
      figures: join(figures, other.figures),
      regions: join(regions, other.regions))
  }
}

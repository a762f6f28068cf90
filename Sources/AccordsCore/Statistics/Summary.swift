/// Counts over a whole catalog: agreements by type, area and party; partnerships by decade
/// and kind; the gazetteer; and the headline figures.
///
/// Every list is in a stable order, so the same catalog always prints the same summary.
public struct Summary: Sendable {
  /// A label and how many records carry it.
  public struct Count<Label: Sendable & Hashable>: Sendable, Hashable {
    public let label: Label
    public let count: Int
  }

  /// One Joint Vision area and how much serves it.
  public struct AreaCount: Sendable, Hashable {
    public let area: VisionArea
    public let agreements: Int
    public let initiatives: Int
  }

  /// One visit: how many of its documents the catalog records, of how many announced, by type.
  public struct VisitCount: Sendable, Hashable {
    public let visit: Visit
    public let coverage: Coverage
    /// Every document type the visit has at least one of, in the enumeration's order.
    public let byType: [Count<DocumentType>]
  }

  public let dataset: Dataset
  /// The day statuses are counted on: the dataset's as-of date unless asked otherwise.
  public let statusDay: PartialDate
  /// The visits counted, oldest first: every visit, or those `--visit` selected.
  public let visits: [VisitCount]
  /// Whether the counts are narrowed to some visits (partnerships, regions and sources are not
  /// tied to visits and are then counted whole).
  public let isNarrowedToVisits: Bool
  public let totalAgreements: Int
  /// Every document type, in the enumeration's order, with zero counts kept.
  public let agreementsByType: [Count<DocumentType>]
  /// Every Joint Vision area in order, I to VIII.
  public let byArea: [AreaCount]
  /// Agreements linked to no Joint Vision area.
  public let agreementsWithoutArea: Int
  /// Each party named on an agreement, by its name with its short form, most frequent first,
  /// then by name: one row per body, whatever wording each source used.
  public let agreementsByParty: [Count<String>]
  /// The same counts rolled up to the top body each party belongs to (METI's documents count
  /// for the Government of Japan), a document once per body.
  public let agreementsByTopBody: [Count<String>]
  /// Agreements whose sources name no party.
  public let agreementsWithoutParties: Int
  /// Every category of `SigningTiming`, in order, with zero counts kept: when each document
  /// was signed or exchanged against its visit's days.
  public let agreementsByTiming: [Count<SigningTiming>]
  /// Every kind of status on the dataset's as-of date, in order, with zero counts kept.
  public let agreementsByStatus: [Count<InstrumentStatus.Kind>]
  /// Agreements by the decade of their date (1950 for the 1950s), oldest first.
  public let agreementsByDecade: [Count<Int>]
  /// Agreements with no date at all.
  public let undatedAgreements: Int
  /// For each family of instruments, in order, how many are recorded per decade (0 stands for
  /// undated, listed last), oldest first: the register's coverage, stated rather than padded.
  public let coverageByCategory: [(category: InstrumentCategory, byDecade: [Count<Int>])]
  public let totalInitiatives: Int
  public let totalPartnerships: Int
  /// Partnerships by the decade their founding instrument was signed (1990 for the 1990s).
  public let partnershipsByDecade: [Count<Int>]
  public let partnershipsByKind: [Count<Partnership.Kind>]
  /// Every status, in order, on the dataset's as-of date, with zero counts kept.
  public let partnershipsByStatus: [Count<Partnership.Status.Kind>]
  /// Each state with a partnership, most partners first, then by name.
  public let partnershipsByState: [Count<String>]
  /// Each prefecture with a partnership, most partners first, then by name.
  public let partnershipsByPrefecture: [Count<String>]
  /// Regions of each kind in the gazetteer.
  public let regionsByKind: [Count<Region.Kind>]
  /// Regions with at least one partnership.
  public let partneredRegions: Int
  public let figures: [Figure]
  public let totalSources: Int
  public let sourcesByKind: [Count<Source.Kind>]

  /// Computes the summary of `catalog`, or of the records of `selectedVisits` where any are
  /// given.
  public init(of catalog: Catalog, visits selectedVisits: Set<Visit.ID> = [], on day: PartialDate? = nil) {
    dataset = catalog.dataset
    let day = day ?? catalog.dataset.asOf
    statusDay = day
    isNarrowedToVisits = !selectedVisits.isEmpty
    func selected(_ visit: Visit.ID?) -> Bool { selectedVisits.isEmpty || visit.map(selectedVisits.contains) == true }
    let initiatives = catalog.initiatives.filter { selected($0.visit) }
    let stored = selectedVisits.isEmpty && day == catalog.dataset.asOf ? catalog.storedTally : nil
    let tally = stored ?? AgreementTally(catalog.agreements, in: catalog, on: day, selected: { selected($0) })
    visits = catalog.visits.filter { selected($0.id) }.sorted(by: Visit.isEarlier).map { visit in
      VisitCount(
        visit: visit, coverage: Coverage(visit: visit, documentsByType: tally.byVisitAndType[visit.id] ?? [:]),
        byType: DocumentType.allCases.compactMap { type in
          tally.byVisitAndType[visit.id]?[type].map { Count(label: type, count: $0) }
        })
    }
    totalAgreements = tally.selected
    agreementsByType = DocumentType.allCases.map { type in Count(label: type, count: tally.byType[type] ?? 0) }
    byArea = catalog.areas.map { area in
      AreaCount(
        area: area, agreements: tally.byArea[area.id] ?? 0,
        initiatives: initiatives.count { $0.areas.contains(area.id) })
    }
    agreementsWithoutArea = tally.withoutArea
    func name(_ party: Party.ID) -> String { catalog.party(party)?.fullName ?? party.rawValue }
    agreementsByParty = Self.summed(tally.parties, by: name).sorted { ($1.count, $0.label) < ($0.count, $1.label) }
    agreementsByTopBody = Self.summed(tally.topBodies, by: name).sorted { ($1.count, $0.label) < ($0.count, $1.label) }
    agreementsWithoutParties = tally.withoutParties
    agreementsByTiming = SigningTiming.allCases.map { Count(label: $0, count: tally.byTiming[$0] ?? 0) }
    agreementsByStatus = InstrumentStatus.Kind.allCases.map { Count(label: $0, count: tally.byStatus[$0] ?? 0) }
    agreementsByDecade = tally.byDecade.map { Count(label: $0.key, count: $0.value) }.sorted { $0.label < $1.label }
    undatedAgreements = tally.undated
    coverageByCategory = InstrumentCategory.allCases.map { category in
      let decades = tally.byCategoryAndDecade[category] ?? [:]
      let counts = decades.map { Count(label: $0.key, count: $0.value) }
      // Undated (0) last, the decades in order before it.
      let ordered = counts.sorted { lhs, rhs in
        lhs.label == 0 || rhs.label == 0 ? rhs.label == 0 && lhs.label != 0 : lhs.label < rhs.label
      }
      return (category, ordered)
    }
    totalInitiatives = initiatives.count
    totalPartnerships = catalog.partnerships.count
    partnershipsByDecade = Self.tally(catalog.partnerships.compactMap { $0.signed?.decade })
      .sorted { $0.label < $1.label }
    partnershipsByKind = Partnership.Kind.allCases.map { kind in
      Count(label: kind, count: catalog.partnerships.count { $0.kind == kind })
    }
    partnershipsByStatus = Partnership.Status.Kind.allCases.map { kind in
      Count(label: kind, count: catalog.partnerships.count { $0.status(on: day).kind == kind })
    }
    func names(_ codes: [Region.Code]) -> [Count<String>] {
      Self.tally(codes.map { catalog.region($0)?.name ?? $0.rawValue })
        .sorted { ($1.count, $0.label) < ($0.count, $1.label) }
    }
    partnershipsByState = names(catalog.partnerships.map(\.state))
    partnershipsByPrefecture = names(catalog.partnerships.map(\.prefecture))
    regionsByKind = Region.Kind.allCases.map { kind in
      Count(label: kind, count: catalog.regions.count { $0.kind == kind })
    }
    let partnered = Set(catalog.partnerships.flatMap { [$0.state, $0.prefecture] })
    partneredRegions = partnered.count
    figures = catalog.figures.filter { selected($0.visit) }
    totalSources = catalog.sources.count
    sourcesByKind = Source.Kind.allCases.map { kind in
      Count(label: kind, count: catalog.sources.count { $0.kind == kind })
    }
  }

  /// The counts added up by label: two parties of the same name count as one row.
  static func summed<Key>(_ counts: [Key: Int], by label: (Key) -> String) -> [Count<String>] {
    var byLabel: [String: Int] = [:]
    for (key, count) in counts { byLabel[label(key), default: 0] += count }
    return byLabel.map { Count(label: $0.key, count: $0.value) }
  }

  static func tally<Label: Hashable>(_ labels: [Label]) -> [Count<Label>] {
    var counts: [Label: Int] = [:]
    for label in labels { counts[label, default: 0] += 1 }
    return counts.map { Count(label: $0.key, count: $0.value) }
  }
}

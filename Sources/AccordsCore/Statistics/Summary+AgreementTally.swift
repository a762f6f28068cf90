extension Summary {
  /// Every count of agreements a summary gives, filled in one pass over the agreements: a pass
  /// per type and per area, each copying every record, made `stats` on a large catalog slower
  /// than reading it.
  struct AgreementTally {
    /// Every visit's documents by type, whichever visits are selected (a visit's row shows all).
    private(set) var byVisitAndType: [Visit.ID: [DocumentType: Int]] = [:]
    /// The rest count the selected agreements only.
    private(set) var selected = 0
    private(set) var byType: [DocumentType: Int] = [:]
    private(set) var byArea: [VisionArea.ID: Int] = [:]
    /// Each agreement's parties, once per agreement.
    private(set) var parties: [Party.ID] = []
    /// Each agreement's top bodies (`Catalog.topBody(of:)`), once per agreement.
    private(set) var topBodies: [Party.ID] = []
    private(set) var withoutArea = 0
    private(set) var withoutParties = 0
    private(set) var byTiming: [SigningTiming: Int] = [:]
    private(set) var byStatus: [InstrumentStatus.Kind: Int] = [:]
    private(set) var byDecade: [Int: Int] = [:]
    private(set) var undated = 0
    private(set) var byCategoryAndDecade: [InstrumentCategory: [Int: Int]] = [:]

    init(
      _ agreements: AgreementList, in catalog: Catalog, on day: PartialDate, selected isSelected: (Visit.ID?) -> Bool
    ) {
      for agreement in agreements {
        if let visit = agreement.visit { byVisitAndType[visit, default: [:]][agreement.type, default: 0] += 1 }
        guard isSelected(agreement.visit) else { continue }
        selected += 1
        byType[agreement.type, default: 0] += 1
        for area in Set(agreement.areas) { byArea[area, default: 0] += 1 }
        if agreement.areas.isEmpty { withoutArea += 1 }
        if agreement.parties.isEmpty { withoutParties += 1 }
        var seen: Set<Party.ID> = []
        parties += agreement.parties.map(\.party).filter { seen.insert($0).inserted }
        var tops: Set<Party.ID> = []
        topBodies += agreement.parties.map { catalog.topBody(of: $0.party) }.filter { tops.insert($0).inserted }
        byTiming[catalog.timing(of: agreement), default: 0] += 1
        byStatus[catalog.status(of: agreement, on: day).kind, default: 0] += 1
        if let decade = agreement.date?.decade { byDecade[decade, default: 0] += 1 } else { undated += 1 }
        byCategoryAndDecade[agreement.type.category, default: [:]][agreement.date?.decade ?? 0, default: 0] += 1
      }
    }
  }
}

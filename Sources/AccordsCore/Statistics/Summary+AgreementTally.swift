extension Summary {
  /// Every count of agreements a summary gives, filled in one pass over the agreements: a pass
  /// per type and per area, each copying every record, made `stats` on a large catalog slower
  /// than reading it. A catalog image keeps the tally of the whole catalog on its as-of day,
  /// which is what `stats` asks for unless told otherwise.
  struct AgreementTally: Equatable, Sendable {
    /// Every visit's documents by type, whichever visits are selected (a visit's row shows all).
    var byVisitAndType: [Visit.ID: [DocumentType: Int]] = [:]
    /// The rest count the selected agreements only.
    var selected = 0
    var byType: [DocumentType: Int] = [:]
    var byArea: [VisionArea.ID: Int] = [:]
    /// How many agreements name each party.
    var parties: [Party.ID: Int] = [:]
    /// How many agreements each top body (`Catalog.topBody(of:)`) is party to.
    var topBodies: [Party.ID: Int] = [:]
    var withoutArea = 0
    var withoutParties = 0
    var byTiming: [SigningTiming: Int] = [:]
    var byStatus: [InstrumentStatus.Kind: Int] = [:]
    var byDecade: [Int: Int] = [:]
    var undated = 0
    var byCategoryAndDecade: [InstrumentCategory: [Int: Int]] = [:]

    /// No counts yet, for a tally read from an image.
    init() {}

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
        for party in Set(agreement.parties.map(\.party)) { parties[party, default: 0] += 1 }
        for top in Set(agreement.parties.map { catalog.topBody(of: $0.party) }) { topBodies[top, default: 0] += 1 }
        byTiming[catalog.timing(of: agreement), default: 0] += 1
        byStatus[catalog.status(of: agreement, on: day).kind, default: 0] += 1
        if let decade = agreement.date?.decade { byDecade[decade, default: 0] += 1 } else { undated += 1 }
        byCategoryAndDecade[agreement.type.category, default: [:]][agreement.date?.decade ?? 0, default: 0] += 1
      }
    }
  }
}

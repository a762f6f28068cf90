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
    /// Each agreement's party names, once per agreement.
    private(set) var partyNames: [String] = []
    private(set) var withoutArea = 0
    private(set) var withoutParties = 0
    private(set) var signedBefore = 0

    init(_ agreements: [Agreement], selected isSelected: (Visit.ID?) -> Bool) {
      for agreement in agreements {
        if let visit = agreement.visit { byVisitAndType[visit, default: [:]][agreement.type, default: 0] += 1 }
        guard isSelected(agreement.visit) else { continue }
        selected += 1
        byType[agreement.type, default: 0] += 1
        for area in Set(agreement.areas) { byArea[area, default: 0] += 1 }
        if agreement.areas.isEmpty { withoutArea += 1 }
        if agreement.parties.isEmpty { withoutParties += 1 }
        partyNames += Set(agreement.parties.map(\.name))
        if agreement.wasSignedBeforeItsDate { signedBefore += 1 }
      }
    }
  }
}

/// Which agreements a query wants. Empty criteria match everything.
public struct AgreementFilter: Hashable, Sendable {
  /// Any of these document types; empty for any type.
  public var types: Set<DocumentType>
  /// Serving any of these Joint Vision areas; empty for any area.
  public var areas: Set<VisionArea.ID>
  /// Naming any of these parties; `nil` for any. `Catalog.parties(named:)` finds them from
  /// what a person typed.
  public var parties: Set<Party.ID>?
  /// Only these agreements, such as the hits of a search (`Catalog.search`); `nil` for all.
  public var among: Set<Agreement.ID>?
  /// Of any of these visits; empty for any visit or none.
  public var visits: Set<Visit.ID>
  /// Dated on or after this day. A document known only to its month or year is kept when that
  /// period reaches the day; an undated one is left out.
  public var since: PartialDate?
  /// Dated on or before this day, with the same rule for partial dates.
  public var until: PartialDate?

  /// Creates a filter; with no arguments it matches every agreement.
  public init(
    types: Set<DocumentType> = [], areas: Set<VisionArea.ID> = [], parties: Set<Party.ID>? = nil,
    among: Set<Agreement.ID>? = nil, visits: Set<Visit.ID> = [], since: PartialDate? = nil, until: PartialDate? = nil
  ) {
    self.types = types
    self.areas = areas
    self.parties = parties
    self.among = among
    self.visits = visits
    self.since = since
    self.until = until
  }

  /// Whether `agreement` meets every criterion.
  public func matches(_ agreement: Agreement) -> Bool {
    if !types.isEmpty, !types.contains(agreement.type) { return false }
    if !areas.isEmpty, areas.isDisjoint(with: agreement.areas) { return false }
    if let parties, !agreement.parties.contains(where: { parties.contains($0.party) }) { return false }
    if let among, !among.contains(agreement.id) { return false }
    if !visits.isEmpty, !(agreement.visit.map(visits.contains) ?? false) { return false }
    if since != nil || until != nil {
      guard let date = agreement.date else { return false }
      if let since, date.lastDay < since.firstDay { return false }
      if let until, date.firstDay > until.lastDay { return false }
    }
    return true
  }
}

extension Catalog {
  /// The agreements that meet `filter`, in catalog order.
  public func agreements(matching filter: AgreementFilter) -> [Agreement] {
    // An image's indexes narrow the agreements to build; the filter still decides.
    guard let candidates = agreements.candidates(for: filter) else { return agreements.filter(filter.matches) }
    return candidates.lazy.map { agreements[$0] }.filter(filter.matches)
  }

  /// The agreements that meet `filter`, newest first: by the day they were exchanged or
  /// announced, undated last, catalog order within a day.
  public func newestAgreements(matching filter: AgreementFilter) -> [Agreement] {
    let matching = agreements(matching: filter)
    // Sorted by place with each date's parts taken out once: moving whole agreements about, and
    // comparing dates through their optionals, was most of a large listing's sort.
    let keys = matching.map { agreement in agreement.date.map { ($0.year, $0.month ?? 0, $0.day ?? 0) } }
    return matching.indices.sorted { lhs, rhs in
      switch (keys[lhs], keys[rhs]) {
      case (let left?, let right?) where left != right: left > right
      case (.some, nil): true
      case (nil, .some): false
      default: lhs < rhs
      }
    }.map { matching[$0] }
  }

  /// The agreements of one document type, in catalog order.
  public func agreements(ofType type: DocumentType) -> [Agreement] {
    agreements(matching: AgreementFilter(types: [type]))
  }
}

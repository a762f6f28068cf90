/// How much of a visit's outcome the catalog holds: the documents it records against the
/// counts sources announce. Never padded: where sources disagree, every count is given, and a
/// count of "agreements signed" is compared only with the agreements recorded, not with the
/// leaders' own statements.
public struct Coverage: Sendable, Hashable {
  /// One distinct count the sources give, with what it counts.
  public struct Announcement: Sendable, Hashable {
    public let count: Int
    public let scope: Visit.AnnouncedCount.Scope
  }

  /// Every document the catalog records for the visit.
  public let documents: Int
  /// The recorded documents of the kind the largest count counts: all of them for a count of
  /// documents, the agreements alone for a count of agreements.
  public let recorded: Int
  /// The distinct counts the sources announce, largest first.
  public let announced: [Announcement]
  /// The recorded documents that are agreements, memoranda and the like: every document but
  /// the leaders' own statements. What a count of "agreements signed" is set against.
  public let agreements: Int

  /// The coverage of `visit`, given the documents the catalog records for it.
  public init(visit: Visit, documents: [Agreement]) {
    var byType: [DocumentType: Int] = [:]
    for document in documents { byType[document.type, default: 0] += 1 }
    self.init(visit: visit, documentsByType: byType)
  }

  /// The coverage of `visit`, given how many documents of each type the catalog records for it:
  /// all a coverage reads of them, so that `stats` need not read the documents themselves.
  init(visit: Visit, documentsByType byType: [DocumentType: Int]) {
    var seen: Set<Announcement> = []
    announced = visit.announced.map { Announcement(count: $0.count, scope: $0.scope) }
      .sorted { ($0.count, $0.scope == .documents ? 1 : 0) > ($1.count, $1.scope == .documents ? 1 : 0) }
      .filter { seen.insert($0).inserted }
    func count(_ scope: Visit.AnnouncedCount.Scope) -> Int {
      byType.reduce(0) { $0 + (scope.counts($1.key) ? $1.value : 0) }
    }
    documents = count(.documents)
    agreements = count(.agreements)
    recorded = announced.first.map { count($0.scope) } ?? documents
  }

  /// The largest count announced, if any source gives one.
  public var largestAnnounced: Int? { announced.first?.count }

  /// The recorded documents the largest count leaves out: the leaders' own statements, when it
  /// counts agreements.
  public var leadersStatements: Int { documents - recorded }

  /// `recorded 13 of 13 documents announced`,
  /// `recorded 8 of 16 agreements announced (other sources say 4); also 2 leaders' statements`,
  /// `recorded 6 agreements; sources announce 5; also 2 leaders' statements`,
  /// `recorded 1; no source gives a count`.
  public var sentence: String {
    guard let largest = announced.first else { return "recorded \(documents); no source gives a count" }
    let noun = largest.scope.rawValue
    var text: String
    if recorded > largest.count {
      // Sources count what the leaders exchanged; the catalog also holds documents signed
      // around the visit that they name separately.
      text =
        "recorded \(recorded) \(noun); sources announce "
        + announced.map { describe($0, beside: nil) }.joined(separator: " or ")
    } else {
      let others = announced.dropFirst().map { describe($0, beside: largest.scope) }
      text = "recorded \(recorded) of \(largest.count) \(noun) announced"
      if !others.isEmpty { text += " (other sources say \(others.joined(separator: ", ")))" }
    }
    if leadersStatements > 0 {
      text += "; also \(leadersStatements) leaders' statement" + (leadersStatements == 1 ? "" : "s")
    }
    return text
  }

  /// `5 agreements`, `32 documents or 6 agreements`, `none given`: what the sources announce,
  /// each count with what it counts, for a column of its own beside the counts recorded.
  public var announcedCell: String {
    announced.isEmpty ? "none given" : announced.map { describe($0, beside: nil) }.joined(separator: " or ")
  }

  /// `4`, or `6 agreements` beside a count of a different scope.
  private func describe(_ announcement: Announcement, beside scope: Visit.AnnouncedCount.Scope?) -> String {
    announcement.scope == scope ? String(announcement.count) : "\(announcement.count) \(announcement.scope.rawValue)"
  }
}

extension Catalog {
  /// How many of `visit`'s announced documents the catalog records.
  public func coverage(of visit: Visit) -> Coverage {
    Coverage(visit: visit, documents: agreements(of: visit.id))
  }
}

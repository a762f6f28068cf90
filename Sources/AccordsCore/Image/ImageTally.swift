/// The counts `stats` gives of a catalog's agreements, kept in its image for the question
/// `stats` is asked most: the whole catalog, statuses on its as-of day. Without them, `stats`
/// over a large catalog reads every agreement; with them, none.
///
/// Each count is a list of labels (ids, or the raw values of types, timings, statuses and
/// categories, so that no count is read as another's if a list of cases changes) and numbers,
/// sorted by label so that the same catalog always makes the same image.
extension ImageWriter {
  /// Writes the counts of `tally`.
  mutating func tally(_ tally: Summary.AgreementTally) {
    list(tally.byVisitAndType.sorted { $0.key.rawValue < $1.key.rawValue }) {
      $0.string($1.key.rawValue)
      $0.counts($1.value, label: \.rawValue)
    }
    count(tally.selected)
    counts(tally.byType, label: \.rawValue)
    counts(tally.byArea, label: \.rawValue)
    counts(tally.parties, label: \.rawValue)
    counts(tally.topBodies, label: \.rawValue)
    count(tally.withoutArea)
    count(tally.withoutParties)
    counts(tally.byTiming, label: \.rawValue)
    counts(tally.byStatus, label: \.rawValue)
    counts(tally.byDecade, label: String.init)
    count(tally.undated)
    list(tally.byCategoryAndDecade.sorted { $0.key.rawValue < $1.key.rawValue }) {
      $0.string($1.key.rawValue)
      $0.counts($1.value, label: String.init)
    }
  }

  private mutating func counts<Key>(_ counts: [Key: Int], label: (Key) -> String) {
    list(counts.map { (label($0.key), $0.value) }.sorted { $0.0 < $1.0 }) {
      $0.string($1.0)
      $0.count($1.1)
    }
  }
}

extension ImageReader {
  /// The counts `ImageWriter.tally` wrote; counts are numbers, not lengths, since a tally of
  /// 250,000 agreements takes a few bytes.
  mutating func tally() throws(ImageDamage) -> Summary.AgreementTally {
    var tally = Summary.AgreementTally()
    for _ in 0..<(try count()) {
      let visit = Visit.ID(try string())
      tally.byVisitAndType[visit] = try counts(DocumentType.init(rawValue:))
    }
    tally.selected = try number()
    tally.byType = try counts(DocumentType.init(rawValue:))
    tally.byArea = try counts { VisionArea.ID($0) }
    tally.parties = try counts { Party.ID($0) }
    tally.topBodies = try counts { Party.ID($0) }
    tally.withoutArea = try number()
    tally.withoutParties = try number()
    tally.byTiming = try counts(SigningTiming.init(rawValue:))
    tally.byStatus = try counts(InstrumentStatus.Kind.init(rawValue:))
    tally.byDecade = try counts { Int($0) }
    tally.undated = try number()
    for _ in 0..<(try count()) {
      guard let category = InstrumentCategory(rawValue: try string()) else { throw unknownLabel }
      tally.byCategoryAndDecade[category] = try counts { Int($0) }
    }
    return tally
  }

  private var unknownLabel: ImageDamage { ImageDamage(offset: offset, reason: "a count has a label of no kind") }

  private mutating func counts<Key: Hashable>(_ key: (String) -> Key?) throws(ImageDamage) -> [Key: Int] {
    var counts: [Key: Int] = [:]
    for _ in 0..<(try count()) {
      guard let label = key(try string()) else { throw unknownLabel }
      counts[label] = try number()
    }
    return counts
  }
}

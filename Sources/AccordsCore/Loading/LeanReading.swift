/// What a command needs of the agreements of a catalog file, so that the loader keeps no more
/// (`CatalogLoader.load(path:needing:)`). Whatever is kept, every agreement is read and
/// checked alike.
public enum AgreementNeeds: Sendable {
  /// Every agreement whole.
  case whole
  /// A listing: whole, the agreements the filter may show; of the others, an outline.
  case listing(AgreementFilter)
  /// Of every agreement, an outline with its parties: what counts (`stats`) need, and a
  /// listing of the fields an outline holds.
  case outlines
}

/// Reading a catalog file for a command that needs only part of its agreements, in less
/// memory and time: every agreement is read and checked exactly as usual — each problem
/// found, at its line and column — but only those the command needs whole are kept whole. Of
/// the others the catalog keeps an outline, what listings and counts need of every agreement:
/// the count, titles for relations and `relatedFrom`, and the fields filters look at.
///
/// An agreement's own checks need the sources, areas and visits; they are made as it is read
/// when those sections came first in the file, as Accords writes them. Otherwise the file is
/// read in full.
struct LeanReading {
  /// The agreements kept whole, for a listing; `nil` keeps none whole.
  private let shown: AgreementFilter?
  /// Whether outlines keep the parties, as counts need.
  private let outlinesKeepParties: Bool
  /// Checks each agreement as it is read, knowing the sections read before the agreements.
  private let validator: CatalogValidator
  /// What those checks found, at each agreement's place in the catalog.
  private(set) var findings: [CatalogValidator.Finding] = []
  /// The place of the next agreement among those read.
  private var position = 0

  /// Starts lean reading at the agreements, or `nil` when every agreement is needed whole or
  /// an agreement's checks could not be made yet: the sources, areas or visits are not read.
  init?(needing needs: AgreementNeeds, after document: CatalogDocument) {
    guard document.sources != nil, document.areas != nil, document.visits != nil else { return nil }
    switch needs {
    case .whole: return nil
    case .listing(let filter): (shown, outlinesKeepParties) = (filter, false)
    case .outlines: (shown, outlinesKeepParties) = (nil, true)
    }
    validator = CatalogValidator(document)
  }

  /// Checks an agreement just read and returns what the catalog keeps of it.
  mutating func take(_ agreement: Agreement) -> Agreement {
    findings += validator.agreementFindings(agreement, at: position)
    position += 1
    if let shown, shown.matches(agreement) { return agreement }
    return agreement.outline(keepingParties: outlinesKeepParties)
  }
}

extension Agreement {
  /// What a listing needs of an agreement it does not show, and, with its parties, what counts
  /// need; its life (dates, ends, relations) stays whole, since another document's status
  /// depends on it. It matches no filter its whole record fails: what it keeps is compared alike, and
  /// its searchable text is a part of the whole record's.
  func outline(keepingParties: Bool) -> Agreement {
    Agreement(
      id: id, title: title, type: type, visit: visit, date: date, signed: signed, inForce: inForce,
      events: events.map { LifeEvent(kind: $0.kind, date: $0.date, sources: []) },
      parties: keepingParties ? parties : [], areas: areas,
      relations: relations.map { Relation(kind: $0.kind, target: $0.target, sources: []) }, summary: "", sources: [])
  }
}

/// Reading a catalog file for one listing of agreements, in less memory and time: every
/// agreement is read and checked exactly as usual — each problem found, at its line and
/// column — but only those the listing may show are kept whole. Of the others the catalog
/// keeps an outline, what a listing needs of every agreement: the count, titles for relations
/// and `relatedFrom`, and the fields its filters look at.
///
/// An agreement's own checks need the sources, areas and visits; they are made as it is read
/// when those sections came first in the file, as Accords writes them. Otherwise the file is
/// read in full, as without a listing.
struct LeanReading {
  /// The agreements kept whole; those it rejects are kept as outlines.
  let keepsWhole: AgreementFilter
  /// Checks each agreement as it is read, knowing the sections read before the agreements.
  private let validator: CatalogValidator
  /// What those checks found, at each agreement's place in the catalog.
  private(set) var findings: [CatalogValidator.Finding] = []
  /// The place of the next agreement among those read.
  private var position = 0

  /// Starts lean reading at the agreements, or `nil` when an agreement's checks could not be
  /// made yet: the sources, areas or visits are not read.
  init?(keepingWhole filter: AgreementFilter, after document: CatalogDocument) {
    guard document.sources != nil, document.areas != nil, document.visits != nil else { return nil }
    keepsWhole = filter
    validator = CatalogValidator(document)
  }

  /// Checks an agreement just read and returns what the catalog keeps of it.
  mutating func take(_ agreement: Agreement) -> Agreement {
    findings += validator.agreementFindings(agreement, at: position)
    position += 1
    return keepsWhole.matches(agreement) ? agreement : agreement.outline
  }
}

extension Agreement {
  /// What a listing needs of an agreement it does not show. It matches no filter its whole
  /// record fails: what it keeps is compared alike, and its searchable text is a part of the
  /// whole record's.
  var outline: Agreement {
    Agreement(
      id: id, title: title, type: type, visit: visit, date: date, signed: signed, inForce: inForce, areas: areas,
      relations: relations.map { Relation(kind: $0.kind, target: $0.target, sources: []) }, summary: "", sources: [])
  }
}

/// Checks the rules a catalog must keep before Accords will answer from it.
///
/// It reports every problem it finds, so that one run shows a data editor all that needs fixing.
struct CatalogValidator {
  private let document: CatalogDocument
  private var found: [CatalogProblem] = []
  private let sourceIDs: Set<Source.ID>
  private let areaIDs: Set<VisionArea.ID>
  private let visitIDs: Set<Visit.ID>
  private let regionsByCode: [Region.Code: Region]

  init(_ document: CatalogDocument) {
    self.document = document
    sourceIDs = Set((document.sources ?? []).map(\.id))
    areaIDs = Set((document.areas ?? []).map(\.id))
    visitIDs = Set((document.visits ?? []).map(\.id))
    // Duplicate codes are reported below; the first record wins for reference checks.
    regionsByCode = Dictionary(
      (document.regions ?? []).map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
  }

  func problems() -> [CatalogProblem] {
    var validator = self
    validator.checkAll()
    return validator.found
  }

  private mutating func checkAll() {
    checkUnique((document.sources ?? []).map(\.id.rawValue), kind: "source")
    checkUnique((document.visits ?? []).map(\.id.rawValue), kind: "visit")
    checkUnique((document.areas ?? []).map(\.id.rawValue), kind: "area")
    checkUnique((document.agreements ?? []).map(\.id.rawValue), kind: "agreement")
    checkUnique((document.initiatives ?? []).map(\.id.rawValue), kind: "initiative")
    checkUnique((document.partnerships ?? []).map(\.id.rawValue), kind: "partnership")
    checkUnique((document.figures ?? []).map(\.id.rawValue), kind: "figure")
    checkUnique((document.regions ?? []).map(\.code.rawValue), kind: "region")
    checkUnique((document.areas ?? []).map { String($0.ordinal) }, kind: "area ordinal")

    for source in document.sources ?? [] {
      let record = "source '\(source.id)'"
      checkNonEmpty(source.id.rawValue, record: record, field: "id")
      checkNonEmpty(source.publisher, record: record, field: "publisher")
    }
    for visit in document.visits ?? [] {
      let record = "visit '\(visit.id)'"
      checkNonEmpty(visit.title, record: record, field: "title")
      if visit.end < visit.start {
        report(record, "end", "ends (\(visit.end)) before it starts (\(visit.start)).")
      }
      for place in visit.places {
        if let code = place.region { checkRegion(code, record: record, field: "places") }
      }
      checkNotes(visit.notes, record: record)
      checkSources(visit.sources, record: record)
    }
    for area in document.areas ?? [] {
      let record = "area '\(area.id)'"
      checkNonEmpty(area.name, record: record, field: "name")
      if area.ordinal < 1 { report(record, "ordinal", "must be 1 or more, not \(area.ordinal).") }
      checkNotes(area.notes, record: record)
      checkSources(area.sources, record: record)
    }
    for agreement in document.agreements ?? [] {
      let record = "agreement '\(agreement.id)'"
      checkNonEmpty(agreement.title, record: record, field: "title")
      checkNonEmpty(agreement.summary, record: record, field: "summary")
      if let visit = agreement.visit { checkVisit(visit, record: record) }
      checkAreas(agreement.areas, record: record)
      checkNotes(agreement.notes, record: record)
      checkSources(agreement.sources, record: record)
    }
    for initiative in document.initiatives ?? [] {
      let record = "initiative '\(initiative.id)'"
      checkNonEmpty(initiative.name, record: record, field: "name")
      if let visit = initiative.visit { checkVisit(visit, record: record) }
      checkAreas(initiative.areas, record: record)
      checkNotes(initiative.notes, record: record)
      checkSources(initiative.sources, record: record)
    }
    for partnership in document.partnerships ?? [] { check(partnership) }
    for figure in document.figures ?? [] {
      let record = "figure '\(figure.id)'"
      checkNonEmpty(figure.label, record: record, field: "label")
      checkNonEmpty(figure.unit, record: record, field: "unit")
      if !figure.value.isFinite { report(record, "value", "must be a finite number.") }
      checkAreas(figure.areas, record: record)
      checkNotes(figure.notes, record: record)
      checkSources(figure.sources, record: record)
    }
    for region in document.regions ?? [] {
      let record = "region '\(region.code)'"
      checkNonEmpty(region.name, record: record, field: "name")
      if !region.code.rawValue.hasPrefix(region.country.rawValue + "-") {
        report(record, "code", "does not start with its country's code '\(region.country.rawValue)-'.")
      }
      for alias in region.aliases {
        checkNonEmpty(alias.name, record: record, field: "aliases")
        if alias.sources.isEmpty { report(record, "aliases", "alias '\(alias.name)' has no source.") }
        checkSources(alias.sources, record: record, field: "aliases")
      }
      checkNotes(region.notes, record: record)
      checkSources(region.sources, record: record)
    }
  }

  private mutating func check(_ partnership: Partnership) {
    let record = "partnership '\(partnership.id)'"
    checkNonEmpty(partnership.title, record: record, field: "title")
    if let state = checkRegion(partnership.state, record: record, field: "state"),
      state.country != .india
    {
      report(record, "state", "'\(state.code)' is not an Indian state or union territory.")
    }
    if let prefecture = checkRegion(partnership.prefecture, record: record, field: "prefecture"),
      prefecture.kind != .prefecture
    {
      report(record, "prefecture", "'\(prefecture.code)' is not a Japanese prefecture.")
    }
    for renewal in partnership.renewals {
      checkSources(renewal.sources, record: record, field: "renewals")
    }
    checkNotes(partnership.notes, record: record)
    checkSources(partnership.sources, record: record)
  }

  // MARK: - Rules

  private mutating func report(_ record: String, _ field: String, _ message: String) {
    found.append(CatalogProblem(record: record, field: field, message: message))
  }

  private mutating func checkUnique(_ ids: [String], kind: String) {
    var seen: Set<String> = []
    var reported: Set<String> = []
    for id in ids where !seen.insert(id).inserted && reported.insert(id).inserted {
      report("\(kind) '\(id)'", kind.hasSuffix("ordinal") ? "ordinal" : "id", "is used by more than one record.")
    }
  }

  private mutating func checkNonEmpty(_ text: String, record: String, field: String) {
    if text.allSatisfy(\.isWhitespace) { report(record, field, "must not be empty.") }
  }

  private mutating func checkSources(_ citations: [Citation], record: String, field: String = "sources") {
    if citations.isEmpty, field == "sources" {
      report(record, field, "has no source; every record needs at least one.")
    }
    for citation in citations where !sourceIDs.contains(citation.source) {
      report(record, field, "cites unknown source '\(citation.source)'.")
    }
  }

  private mutating func checkNotes(_ notes: [Note], record: String) {
    for note in notes {
      checkNonEmpty(note.text, record: record, field: "notes")
      checkSources(note.sources, record: record, field: "notes")
    }
  }

  private mutating func checkAreas(_ areas: [VisionArea.ID], record: String) {
    for area in areas where !areaIDs.contains(area) {
      report(record, "areas", "refers to unknown vision area '\(area)'.")
    }
  }

  private mutating func checkVisit(_ visit: Visit.ID, record: String) {
    if !visitIDs.contains(visit) { report(record, "visit", "refers to unknown visit '\(visit)'.") }
  }

  @discardableResult
  private mutating func checkRegion(_ code: Region.Code, record: String, field: String) -> Region? {
    guard let region = regionsByCode[code] else {
      report(record, field, "refers to unknown region '\(code)'.")
      return nil
    }
    return region
  }
}

/// Checks the rules that span records — unique ids, references that resolve, a source on every
/// record, non-empty titles — after the reader has checked each value on its own.
///
/// It reports every problem it finds, each at the JSON path of the value at fault.
struct CatalogValidator {
  struct Finding: Hashable, Sendable {
    let path: JSONPath
    let message: String
  }

  private let document: CatalogDocument
  private var found: [Finding] = []
  private let sourceIDs: Set<Source.ID>
  private let areaIDs: Set<VisionArea.ID>
  private let visitIDs: Set<Visit.ID>
  private let agreementIDs: Set<Agreement.ID>
  private let figureIDs: Set<Figure.ID>
  private let regionsByCode: [Region.Code: Region]

  /// Whether each agreement's own fields were already checked, one by one as they were read
  /// (`agreementFindings(_:at:)`): then only what spans agreements is left to check.
  private let agreementsChecked: Bool

  init(_ document: CatalogDocument, agreementsChecked: Bool = false) {
    self.document = document
    self.agreementsChecked = agreementsChecked
    sourceIDs = Set((document.sources ?? []).map(\.id))
    areaIDs = Set((document.areas ?? []).map(\.id))
    visitIDs = Set((document.visits ?? []).map(\.id))
    agreementIDs = Set((document.agreements ?? []).map(\.id))
    figureIDs = Set((document.figures ?? []).map(\.id))
    // Duplicate codes are reported below; the first record wins for reference checks.
    regionsByCode = Dictionary(
      (document.regions ?? []).map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
  }

  func findings() -> [Finding] {
    var validator = self
    validator.checkAll()
    return validator.found
  }

  /// The problems of one agreement on its own — empty fields, references to sources, areas and
  /// visits, notes, the relations' own rules — at its place `agreements[index]`; the rules that
  /// span agreements (unique ids, relation targets, circles) are left to `findings()`.
  func agreementFindings(_ agreement: Agreement, at index: Int) -> [Finding] {
    var validator = self
    validator.found = []
    validator.check(agreement, at: JSONPath.root.appending("agreements").appending(index))
    return validator.found
  }

  // Paths are passed as closures and built only when a problem is reported: building one for
  // every field checked was a fifth of the time of validating a large, valid catalog.
  private mutating func checkAll() {
    let root = JSONPath.root
    checkUnique((document.sources ?? []).map(\.id.rawValue), at: root.appending("sources"), field: "id")
    checkUnique((document.visits ?? []).map(\.id.rawValue), at: root.appending("visits"), field: "id")
    checkUnique((document.areas ?? []).map(\.id.rawValue), at: root.appending("areas"), field: "id")
    checkUnique((document.areas ?? []).map { String($0.ordinal) }, at: root.appending("areas"), field: "ordinal")
    checkUnique((document.agreements ?? []).map(\.id.rawValue), at: root.appending("agreements"), field: "id")
    checkUnique((document.initiatives ?? []).map(\.id.rawValue), at: root.appending("initiatives"), field: "id")
    checkUnique((document.partnerships ?? []).map(\.id.rawValue), at: root.appending("partnerships"), field: "id")
    checkUnique((document.figures ?? []).map(\.id.rawValue), at: root.appending("figures"), field: "id")
    checkUnique((document.regions ?? []).map(\.code.rawValue), at: root.appending("regions"), field: "code")

    for (index, source) in (document.sources ?? []).enumerated() {
      let path = { root.appending("sources").appending(index) }
      checkNonEmpty(source.id.rawValue, at: path().appending("id"))
      checkNonEmpty(source.publisher, at: path().appending("publisher"))
    }
    for (index, visit) in (document.visits ?? []).enumerated() {
      let path = { root.appending("visits").appending(index) }
      checkNonEmpty(visit.id.rawValue, at: path().appending("id"))
      checkNonEmpty(visit.title, at: path().appending("title"))
      if visit.end < visit.start {
        report(path().appending("end"), "the visit ends (\(visit.end)) before it starts (\(visit.start))")
      }
      for (placeIndex, place) in visit.places.enumerated() {
        if let code = place.region {
          checkRegion(code, at: path().appending("places").appending(placeIndex).appending("region"))
        }
      }
      if let ordinal = visit.ordinal, ordinal < 1 {
        report(path().appending("ordinal"), "must be 1 or more, not \(ordinal)")
      }
      if visit.ordinalIsDerived, visit.ordinal == nil {
        report(path().appending("ordinalIsDerived"), "says the number is derived, but the visit has no 'ordinal'")
      }
      for (countIndex, announced) in visit.announced.enumerated() {
        let countPath = { path().appending("announced").appending(countIndex) }
        if announced.count < 0 { report(countPath().appending("count"), "must be 0 or more, not \(announced.count)") }
        checkSources(announced.sources, at: countPath())
      }
      checkNotes(visit.notes, at: path())
      checkSources(visit.sources, at: path())
    }
    checkUnique(
      (document.visits ?? []).map { $0.ordinal.map(String.init) ?? "" }, at: root.appending("visits"),
      field: "ordinal", ignoringEmpty: true)
    for (index, area) in (document.areas ?? []).enumerated() {
      let path = { root.appending("areas").appending(index) }
      checkNonEmpty(area.id.rawValue, at: path().appending("id"))
      checkNonEmpty(area.name, at: path().appending("name"))
      if area.ordinal < 1 { report(path().appending("ordinal"), "must be 1 or more, not \(area.ordinal)") }
      checkNotes(area.notes, at: path())
      checkSources(area.sources, at: path())
    }
    for (index, agreement) in (document.agreements ?? []).enumerated() {
      let path = { root.appending("agreements").appending(index) }
      if !agreementsChecked { check(agreement, at: path()) }
      checkRelationTargets(agreement.relations, of: agreement.id, among: agreementIDs, noun: "agreement", at: path())
    }
    checkCycles(
      (document.agreements ?? []).map { ($0.id, $0.relations) }, at: root.appending("agreements"))
    for (index, initiative) in (document.initiatives ?? []).enumerated() {
      let path = { root.appending("initiatives").appending(index) }
      checkNonEmpty(initiative.id.rawValue, at: path().appending("id"))
      checkNonEmpty(initiative.name, at: path().appending("name"))
      if let visit = initiative.visit { checkVisit(visit, at: path().appending("visit")) }
      checkAreas(initiative.areas, at: path())
      checkNotes(initiative.notes, at: path())
      checkSources(initiative.sources, at: path())
    }
    for (index, partnership) in (document.partnerships ?? []).enumerated() {
      check(partnership, at: root.appending("partnerships").appending(index))
    }
    for (index, figure) in (document.figures ?? []).enumerated() {
      let path = { root.appending("figures").appending(index) }
      checkNonEmpty(figure.id.rawValue, at: path().appending("id"))
      checkNonEmpty(figure.label, at: path().appending("label"))
      checkNonEmpty(figure.unit, at: path().appending("unit"))
      if let visit = figure.visit { checkVisit(visit, at: path().appending("visit")) }
      checkAreas(figure.areas, at: path())
      checkRelations(figure.relations, of: figure.id, noun: "figure", at: path())
      checkRelationTargets(figure.relations, of: figure.id, among: figureIDs, noun: "figure", at: path())
      checkNotes(figure.notes, at: path())
      checkSources(figure.sources, at: path())
    }
    checkCycles((document.figures ?? []).map { ($0.id, $0.relations) }, at: root.appending("figures"))
    for (index, region) in (document.regions ?? []).enumerated() {
      let path = { root.appending("regions").appending(index) }
      checkNonEmpty(region.name, at: path().appending("name"))
      if !region.code.rawValue.hasPrefix(region.country.rawValue + "-") {
        report(
          path().appending("code"),
          "'\(region.code)' does not start with its country's code '\(region.country.rawValue)-'")
      }
      for (aliasIndex, alias) in region.aliases.enumerated() {
        let aliasPath = { path().appending("aliases").appending(aliasIndex) }
        checkNonEmpty(alias.name, at: aliasPath().appending("name"))
        checkSources(alias.sources, at: aliasPath())
      }
      checkNotes(region.notes, at: path())
      checkSources(region.sources, at: path())
    }
  }

  private mutating func check(_ agreement: Agreement, at path: @autoclosure () -> JSONPath) {
    checkNonEmpty(agreement.id.rawValue, at: path().appending("id"))
    checkNonEmpty(agreement.title, at: path().appending("title"))
    checkNonEmpty(agreement.summary, at: path().appending("summary"))
    if let visit = agreement.visit { checkVisit(visit, at: path().appending("visit")) }
    checkAreas(agreement.areas, at: path())
    checkRelations(agreement.relations, of: agreement.id, noun: "agreement", at: path())
    checkNotes(agreement.notes, at: path())
    checkSources(agreement.sources, at: path())
  }

  private mutating func check(_ partnership: Partnership, at path: @autoclosure () -> JSONPath) {
    checkNonEmpty(partnership.id.rawValue, at: path().appending("id"))
    checkNonEmpty(partnership.title, at: path().appending("title"))
    if let state = checkRegion(partnership.state, at: path().appending("state")), state.country != .india {
      report(path().appending("state"), "'\(state.code)' is not an Indian state or union territory")
    }
    if let prefecture = checkRegion(partnership.prefecture, at: path().appending("prefecture")),
      prefecture.kind != .prefecture
    {
      report(path().appending("prefecture"), "'\(prefecture.code)' is not a Japanese prefecture")
    }
    if let visit = partnership.visit { checkVisit(visit, at: path().appending("visit")) }
    for (index, renewal) in partnership.renewals.enumerated() {
      checkSources(renewal.sources, at: path().appending("renewals").appending(index))
    }
    checkNotes(partnership.notes, at: path())
    checkSources(partnership.sources, at: path())
  }

  // MARK: - Rules

  private mutating func report(_ path: JSONPath, _ message: String) {
    found.append(Finding(path: path, message: message))
  }

  private mutating func checkUnique(
    _ values: [String], at section: JSONPath, field: String, ignoringEmpty: Bool = false
  ) {
    var seen: [String: Int] = [:]
    for (index, value) in values.enumerated() where !(ignoringEmpty && value.isEmpty) {
      if let first = seen[value] {
        report(section.appending(index).appending(field), "'\(value)' is already used by \(section)[\(first)]")
      } else {
        seen[value] = index
      }
    }
  }

  private mutating func checkNonEmpty(_ text: String, at path: @autoclosure () -> JSONPath) {
    // Text that starts with a visible ASCII character, as nearly all does, is not blank; only
    // the rest is looked at character by character.
    if let first = text.utf8.first, first > 0x20, first < 0x7F { return }
    if text.allSatisfy(\.isWhitespace) { report(path(), "must not be empty") }
  }

  private mutating func checkSources(_ citations: [Citation], at record: @autoclosure () -> JSONPath) {
    func path() -> JSONPath { record().appending("sources") }
    if citations.isEmpty { report(path(), "has no source; every record needs at least one") }
    checkCitations(citations, at: path())
  }

  private mutating func checkCitations(_ citations: [Citation], at path: @autoclosure () -> JSONPath) {
    for (index, citation) in citations.enumerated() where !sourceIDs.contains(citation.source) {
      report(path().appending(index).appending("source"), "cites unknown source '\(citation.source)'")
    }
  }

  private mutating func checkNotes(_ notes: [Note], at record: @autoclosure () -> JSONPath) {
    for (index, note) in notes.enumerated() {
      func path() -> JSONPath { record().appending("notes").appending(index) }
      checkNonEmpty(note.text, at: path().appending("text"))
      checkCitations(note.sources, at: path().appending("sources"))
    }
  }

  private mutating func checkAreas(_ areas: [VisionArea.ID], at record: @autoclosure () -> JSONPath) {
    for (index, area) in areas.enumerated() where !areaIDs.contains(area) {
      report(record().appending("areas").appending(index), "refers to unknown vision area '\(area)'")
    }
  }

  private mutating func checkVisit(_ visit: Visit.ID, at path: @autoclosure () -> JSONPath) {
    if !visitIDs.contains(visit) { report(path(), "refers to unknown visit '\(visit)'") }
  }

  @discardableResult
  private mutating func checkRegion(_ code: Region.Code, at path: @autoclosure () -> JSONPath) -> Region? {
    guard let region = regionsByCode[code] else {
      report(path(), "refers to unknown region '\(code)'; add it to 'regions' (ISO 3166-2 code)")
      return nil
    }
    return region
  }

  /// Each relation is sourced, said once, and points at another record than its own; whether
  /// that record exists is `checkRelationTargets`, which needs every record of the kind.
  private mutating func checkRelations<Record>(
    _ relations: [Relation<Record>], of id: Identifier<Record>, noun: String, at record: @autoclosure () -> JSONPath
  ) {
    var seen: Set<String> = []
    for (index, relation) in relations.enumerated() {
      func path() -> JSONPath { record().appending("relations").appending(index) }
      if !seen.insert(relation.kind.rawValue + " " + relation.target.rawValue).inserted {
        report(path(), "repeats '\(relation.kind.rawValue) \(relation.target)'")
      }
      if relation.target == id {
        report(path().appending("target"), "points at the \(noun) itself; a relation links two different records")
      }
      checkSources(relation.sources, at: path())
    }
  }

  /// Each relation points at a record of its kind that exists.
  private mutating func checkRelationTargets<Record>(
    _ relations: [Relation<Record>], of id: Identifier<Record>, among ids: Set<Identifier<Record>>, noun: String,
    at record: @autoclosure () -> JSONPath
  ) {
    for (index, relation) in relations.enumerated() where relation.target != id && !ids.contains(relation.target) {
      report(
        record().appending("relations").appending(index).appending("target"),
        "refers to unknown \(noun) '\(relation.target)'")
    }
  }

  /// No chain of relations leads back to where it started (A updates B, B updates A). A
  /// depth-first walk without recursion, in time linear in the relations (a long chain cannot
  /// make loading slow): every relation that closes a circle is reported where it stands.
  private mutating func checkCycles<Record>(
    _ records: [(id: Identifier<Record>, relations: [Relation<Record>])], at section: JSONPath
  ) {
    var indexOf: [Identifier<Record>: Int] = [:]
    for (index, record) in records.enumerated() where indexOf[record.id] == nil { indexOf[record.id] = index }
    var state = [WalkState](repeating: .unvisited, count: records.count)
    for root in records.indices where state[root] == .unvisited {
      // Each frame is a record on the current path and the next of its relations to follow.
      var path: [(record: Int, next: Int)] = [(root, 0)]
      state[root] = .onPath
      while let (record, next) = path.last {
        let relations = records[record].relations
        guard next < relations.count else {
          state[record] = .done
          path.removeLast()
          continue
        }
        path[path.count - 1].next += 1
        let relation = relations[next]
        // A relation to itself or to an unknown record is reported by `checkRelations`.
        guard relation.target != records[record].id, let target = indexOf[relation.target] else { continue }
        switch state[target] {
        case .unvisited:
          state[target] = .onPath
          path.append((target, 0))
        case .onPath:
          report(
            section.appending(record).appending("relations").appending(next).appending("target"),
            "'\(relation.target)' leads back to '\(records[record].id)': relations must not go round in a circle")
        case .done:
          break
        }
      }
    }
  }
}

/// Where a record stands in the walk that looks for circles of relations.
private enum WalkState { case unvisited, onPath, done }

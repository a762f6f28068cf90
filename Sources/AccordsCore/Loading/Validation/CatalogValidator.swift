/// Checks a catalog after the reader has checked each value on its own: each record by its
/// kind's rules (`ValidatedRecord`, beside each kind's description), then the rules that span
/// records — ids used once, relation targets that exist, no circle of relations.
///
/// It reports every problem it finds, each at the JSON path of the value at fault, in the order
/// of the sections and of the records in them.
struct CatalogValidator {
  struct Finding: Hashable, Sendable {
    let path: JSONPath
    let message: String
  }

  private let document: CatalogDocument
  /// Whether each agreement's own fields were already checked, one by one as they were read
  /// (`agreementFindings(_:at:)`): then only what spans agreements is left to check.
  private let agreementsChecked: Bool
  private let rules: RecordRules

  init(_ document: CatalogDocument, agreementsChecked: Bool = false) {
    self.document = document
    self.agreementsChecked = agreementsChecked
    rules = RecordRules(document)
  }

  func findings() -> [Finding] {
    var rules = rules
    checkUniqueness(&rules)
    check(document.sources, section: "sources", &rules)
    check(document.visits, section: "visits", &rules)
    rules.checkUnique(
      (document.visits ?? []).map { $0.ordinal.map(String.init) ?? "" }, at: JSONPath.root.appending("visits"),
      field: "ordinal", ignoringEmpty: true)
    check(document.areas, section: "areas", &rules)
    check(document.parties, section: "parties", &rules)
    for (index, party) in (document.parties ?? []).enumerated() {
      rules.checkPartOf(party.partOf, at: JSONPath.root.appending("parties").appending(index).appending("partOf"))
    }
    checkCycles(
      (document.parties ?? []).map { ($0.id, $0.partOf.map { [$0] } ?? []) }, "no body may belong to itself",
      at: { record, _ in JSONPath.root.appending("parties").appending(record).appending("partOf") }, &rules)
    check(document.people, section: "people", &rules)
    let agreements = document.agreements ?? []
    let agreementIDs = Set(agreements.map(\.id))
    for (index, agreement) in agreements.enumerated() {
      let path = { JSONPath.root.appending("agreements").appending(index) }
      if !agreementsChecked { agreement.validate(&rules, at: path) }
      rules.checkRelationTargets(
        agreement.relations, of: agreement.id, among: agreementIDs, noun: "agreement", at: path())
      // Checked here, not with the agreement's own rules: a file may list the parties after it.
      rules.checkPartyMentions(agreement.parties, field: "parties", at: path())
      rules.checkPersonMentions(agreement.signedBy, field: "signedBy", at: path())
      rules.checkPersonMentions(agreement.exchangedBy, field: "exchangedBy", at: path())
    }
    checkCycles(agreements.map { ($0.id, $0.relations.map(\.target)) }, at: Self.relationTarget("agreements"), &rules)
    checkReplacements(agreements, &rules)
    check(document.initiatives, section: "initiatives", &rules)
    check(document.partnerships, section: "partnerships", &rules)
    check(document.figures, section: "figures", &rules)
    checkCycles(
      (document.figures ?? []).map { ($0.id, $0.relations.map(\.target)) }, at: Self.relationTarget("figures"), &rules)
    check(document.regions, section: "regions", &rules)
    return rules.found
  }

  /// The problems of one agreement on its own at its place `agreements[index]`; the rules that
  /// span agreements (unique ids, relation targets, circles) are left to `findings()`.
  func agreementFindings(_ agreement: Agreement, at index: Int) -> [Finding] {
    var rules = rules
    rules.clear()
    agreement.validate(&rules, at: { JSONPath.root.appending("agreements").appending(index) })
    return rules.found
  }

  /// Each record's own rules, in the order of its section.
  private func check<Record: ValidatedRecord>(_ records: [Record]?, section: String, _ rules: inout RecordRules) {
    for (index, record) in (records ?? []).enumerated() {
      record.validate(&rules, at: { JSONPath.root.appending(section).appending(index) })
    }
  }

  /// Ids (codes, for regions) used once in their section, and the Joint Vision's area numbers.
  private func checkUniqueness(_ rules: inout RecordRules) {
    let root = JSONPath.root
    rules.checkUnique((document.sources ?? []).map(\.id.rawValue), at: root.appending("sources"), field: "id")
    rules.checkUnique((document.visits ?? []).map(\.id.rawValue), at: root.appending("visits"), field: "id")
    rules.checkUnique((document.areas ?? []).map(\.id.rawValue), at: root.appending("areas"), field: "id")
    rules.checkUnique((document.areas ?? []).map { String($0.ordinal) }, at: root.appending("areas"), field: "ordinal")
    rules.checkUnique((document.parties ?? []).map(\.id.rawValue), at: root.appending("parties"), field: "id")
    rules.checkUnique((document.people ?? []).map(\.id.rawValue), at: root.appending("people"), field: "id")
    rules.checkUnique((document.agreements ?? []).map(\.id.rawValue), at: root.appending("agreements"), field: "id")
    rules.checkUnique(
      (document.initiatives ?? []).map(\.id.rawValue), at: root.appending("initiatives"), field: "id")
    rules.checkUnique(
      (document.partnerships ?? []).map(\.id.rawValue), at: root.appending("partnerships"), field: "id")
    rules.checkUnique((document.figures ?? []).map(\.id.rawValue), at: root.appending("figures"), field: "id")
    rules.checkUnique((document.regions ?? []).map(\.code.rawValue), at: root.appending("regions"), field: "code")
  }

  /// A replacement comes after what it replaces: an instrument dated before the one it is said to
  /// replace is refused, at the relation's target.
  private func checkReplacements(_ agreements: [Agreement], _ rules: inout RecordRules) {
    var byID: [Agreement.ID: Agreement] = [:]
    for agreement in agreements where byID[agreement.id] == nil { byID[agreement.id] = agreement }
    for (index, agreement) in agreements.enumerated() {
      for (position, relation) in agreement.relations.enumerated() where relation.kind == .replaces {
        guard let earlier = byID[relation.target], let replacedOn = earlier.signed ?? earlier.date,
          let replacerOn = agreement.signed ?? agreement.date, replacerOn.lastDay < replacedOn.firstDay
        else { continue }
        rules.report(
          Self.relationTarget("agreements")(index, position),
          "replaces '\(relation.target)' (\(replacedOn)) but is dated before it (\(replacerOn))")
      }
    }
  }

  /// The place of a relation's target: `agreements[3].relations[1].target`.
  private static func relationTarget(_ section: String) -> (Int, Int) -> JSONPath {
    { record, relation in
      JSONPath.root.appending(section).appending(record).appending("relations").appending(relation).appending("target")
    }
  }

  /// No chain of links leads back to where it started (A updates B, B updates A; METI belongs
  /// to a body that belongs to METI). A depth-first walk without recursion, in time linear in
  /// the links (a long chain cannot make loading slow): every link that closes a circle is
  /// reported at `place(record, link)`, with `rule`.
  private func checkCycles<Record>(
    _ records: [(id: Identifier<Record>, targets: [Identifier<Record>])],
    _ rule: String = "relations must not go round in a circle",
    at place: (Int, Int) -> JSONPath, _ rules: inout RecordRules
  ) {
    var indexOf: [Identifier<Record>: Int] = [:]
    for (index, record) in records.enumerated() where indexOf[record.id] == nil { indexOf[record.id] = index }
    var state = [WalkState](repeating: .unvisited, count: records.count)
    for root in records.indices where state[root] == .unvisited {
      // Each frame is a record on the current path and the next of its links to follow.
      var path: [(record: Int, next: Int)] = [(root, 0)]
      state[root] = .onPath
      while let (record, next) = path.last {
        let targets = records[record].targets
        guard next < targets.count else {
          state[record] = .done
          path.removeLast()
          continue
        }
        path[path.count - 1].next += 1
        let target = targets[next]
        // A link to itself or to an unknown record is reported by the record's own checks.
        guard target != records[record].id, let position = indexOf[target] else { continue }
        switch state[position] {
        case .unvisited:
          state[position] = .onPath
          path.append((position, 0))
        case .onPath:
          rules.report(place(record, next), "'\(target)' leads back to '\(records[record].id)': \(rule)")
        case .done:
          break
        }
      }
    }
  }
}

/// Where a record stands in the walk that looks for circles of relations.
private enum WalkState { case unvisited, onPath, done }

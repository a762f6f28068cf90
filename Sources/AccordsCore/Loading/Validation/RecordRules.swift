/// The checks that every kind's rules are made of — text that must not be blank, references
/// that must resolve, sources every record needs, relations said once — and the problems they
/// found, each at the JSON path of the value at fault.
///
/// Paths are passed as closures and built only when a problem is reported: building one for
/// every field checked was a fifth of the time of validating a large, valid catalog.
struct RecordRules {
  private let sourceIDs: Set<Source.ID>
  private let areaIDs: Set<VisionArea.ID>
  private let visitIDs: Set<Visit.ID>
  /// Figures, for the relations between them; agreements' relation targets are checked apart,
  /// since agreements may be checked one by one as they are read (`CatalogValidator`).
  let figureIDs: Set<Figure.ID>
  private let regionsByCode: [Region.Code: Region]
  private let partyIDs: Set<Party.ID>
  private let personIDs: Set<Person.ID>
  private(set) var found: [CatalogValidator.Finding] = []

  init(_ document: CatalogDocument) {
    sourceIDs = Set((document.sources ?? []).map(\.id))
    areaIDs = Set((document.areas ?? []).map(\.id))
    visitIDs = Set((document.visits ?? []).map(\.id))
    figureIDs = Set((document.figures ?? []).map(\.id))
    partyIDs = Set((document.parties ?? []).map(\.id))
    personIDs = Set((document.people ?? []).map(\.id))
    // Duplicate codes are reported as such; the first record wins for reference checks.
    regionsByCode = Dictionary(
      (document.regions ?? []).map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Forgets the problems found so far, to check one more record on its own.
  mutating func clear() { found = [] }

  mutating func report(_ path: JSONPath, _ message: String) {
    found.append(CatalogValidator.Finding(path: path, message: message))
  }

  /// Each value of a field is used once in its section; `ignoringEmpty` passes over absent ones.
  mutating func checkUnique(_ values: [String], at section: JSONPath, field: String, ignoringEmpty: Bool = false) {
    var seen: [String: Int] = [:]
    for (index, value) in values.enumerated() where !(ignoringEmpty && value.isEmpty) {
      if let first = seen[value] {
        report(section.appending(index).appending(field), "'\(value)' is already used by \(section)[\(first)]")
      } else {
        seen[value] = index
      }
    }
  }

  mutating func checkNonEmpty(_ text: String, at path: @autoclosure () -> JSONPath) {
    // Text that starts with a visible ASCII character, as nearly all does, is not blank; only
    // the rest is looked at character by character.
    if let first = text.utf8.first, first > 0x20, first < 0x7F { return }
    if text.allSatisfy(\.isWhitespace) { report(path(), "must not be empty") }
  }

  /// At least one source, and every citation of a source that exists.
  mutating func checkSources(_ citations: [Citation], at record: @autoclosure () -> JSONPath) {
    func path() -> JSONPath { record().appending("sources") }
    if citations.isEmpty { report(path(), "has no source; every record needs at least one") }
    checkCitations(citations, at: path())
  }

  mutating func checkCitations(_ citations: [Citation], at path: @autoclosure () -> JSONPath) {
    for (index, citation) in citations.enumerated() where !sourceIDs.contains(citation.source) {
      report(path().appending(index).appending("source"), "cites unknown source '\(citation.source)'")
    }
  }

  mutating func checkNotes(_ notes: [Note], at record: @autoclosure () -> JSONPath) {
    for (index, note) in notes.enumerated() {
      func path() -> JSONPath { record().appending("notes").appending(index) }
      checkNonEmpty(note.text, at: path().appending("text"))
      checkCitations(note.sources, at: path().appending("sources"))
    }
  }

  mutating func checkAreas(_ areas: [VisionArea.ID], at record: @autoclosure () -> JSONPath) {
    for (index, area) in areas.enumerated() where !areaIDs.contains(area) {
      report(record().appending("areas").appending(index), "refers to unknown vision area '\(area)'")
    }
  }

  mutating func checkVisit(_ visit: Visit.ID, at path: @autoclosure () -> JSONPath) {
    if !visitIDs.contains(visit) { report(path(), "refers to unknown visit '\(visit)'") }
  }

  @discardableResult
  mutating func checkRegion(_ code: Region.Code, at path: @autoclosure () -> JSONPath) -> Region? {
    guard let region = regionsByCode[code] else {
      report(path(), "refers to unknown region '\(code)'; add it to 'regions' (ISO 3166-2 code)")
      return nil
    }
    return region
  }

  /// Each party named exists in `parties`; the source's wording, if given, is not blank.
  mutating func checkPartyMentions(
    _ mentions: [PartyMention], field: String, at record: @autoclosure () -> JSONPath
  ) {
    for (index, mention) in mentions.enumerated() {
      func path() -> JSONPath { record().appending(field).appending(index) }
      if !partyIDs.contains(mention.party) {
        report(path().appending("party"), "refers to unknown party '\(mention.party)'; add it to 'parties'")
      }
      if let asWritten = mention.asWritten { checkNonEmpty(asWritten, at: path().appending("asWritten")) }
    }
  }

  /// Each person named exists in `people`, with the office they held.
  mutating func checkPersonMentions(
    _ mentions: [PersonMention], field: String, at record: @autoclosure () -> JSONPath
  ) {
    for (index, mention) in mentions.enumerated() {
      func path() -> JSONPath { record().appending(field).appending(index) }
      if !personIDs.contains(mention.person) {
        report(path().appending("person"), "refers to unknown person '\(mention.person)'; add them to 'people'")
      }
      checkNonEmpty(mention.office, at: path().appending("office"))
    }
  }

  /// The body a party belongs to exists.
  mutating func checkPartOf(_ party: Party.ID?, at path: @autoclosure () -> JSONPath) {
    if let party, !partyIDs.contains(party) {
      report(path(), "refers to unknown party '\(party)'; add it to 'parties'")
    }
  }

  /// Each relation is sourced, said once, and points at another record than its own; whether
  /// that record exists is `checkRelationTargets`, which needs every record of the kind.
  mutating func checkRelations<Record>(
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
  mutating func checkRelationTargets<Record>(
    _ relations: [Relation<Record>], of id: Identifier<Record>, among ids: Set<Identifier<Record>>, noun: String,
    at record: @autoclosure () -> JSONPath
  ) {
    for (index, relation) in relations.enumerated() where relation.target != id && !ids.contains(relation.target) {
      report(
        record().appending("relations").appending(index).appending("target"),
        "refers to unknown \(noun) '\(relation.target)'")
    }
  }
}

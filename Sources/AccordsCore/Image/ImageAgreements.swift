import Synchronization

/// The agreements of a catalog image, read where they lie, one at a time, when a query looks
/// at them; and the indexes written beside them, so that a lookup by id, type, visit, party
/// or person, and a status's replacements, read a few entries rather than every agreement.
///
/// The layout: in the body, the number of agreements and the places of the table and of each
/// index (`ImageSections`). The records come first after the body, grouped by document type so
/// that a listing of one type reads one stretch of the file, not a page here and there across
/// all of it; each is checked against its own hash when it is read, so a query hashes what it
/// reads, and a changed byte never becomes a wrong fact. The table gives each record's offset
/// from the start of the records, length and hash (fixed 64-bit words, so that any record is
/// found at once); it and each index are checked when a query first uses them.
struct ImageAgreements: Sendable {
  /// Keeps the mapped image alive as long as the catalog.
  private let image: DocumentBytes
  let count: Int
  /// Where the records start.
  private let records: Int
  /// The table's directory, once it is found intact.
  private let table: Deferred<ImageAgreementTable?>
  private let byId: Deferred<ImagePagedLists?>
  private let byType: Deferred<ImagePagedLists?>
  private let byVisit: Deferred<ImagePagedLists?>
  private let byParty: Deferred<ImagePagedLists?>
  private let byPerson: Deferred<ImagePagedLists?>
  private let replacedBy: Deferred<ImagePagedLists?>
  /// Each agreement's later records: pairs of a relation kind's place and an agreement's place.
  private let later: Deferred<ImagePagedLists?>
  let failures: ReadFailures
  /// Which agreements are built whole; the others in outline, as the JSON loader keeps them.
  private let keepsWhole: @Sendable (Agreement) -> Bool
  private let outlinesKeepParties: Bool

  /// Reads the count and the places of the table and the indexes at the body's place.
  init(sections: ImageSections, body: inout ImageReader, needing needs: AgreementNeeds) throws(ImageDamage) {
    image = sections.image
    failures = sections.failures
    records = sections.rest.lowerBound
    switch needs {
    case .whole: (keepsWhole, outlinesKeepParties) = ({ _ in true }, true)
    case .outlines: (keepsWhole, outlinesKeepParties) = ({ _ in false }, true)
    case .listing(let filter): (keepsWhole, outlinesKeepParties) = (filter.matches, false)
    }
    let count = try body.number()
    // Every record takes at least a byte after the body, so a count beyond that is damage.
    guard count <= sections.rest.count else {
      throw ImageDamage(offset: body.offset, reason: "it counts more agreements than it could hold")
    }
    self.count = count
    table = try sections.next(in: &body) { r, _ throws(ImageDamage) in
      try ImageAgreementTable(&r, count: count, pages: sections)
    }
    func index() throws(ImageDamage) -> Deferred<ImagePagedLists?> {
      try sections.next(in: &body) { r, section throws(ImageDamage) in
        try ImagePagedLists(&r, in: section, pages: sections)
      }
    }
    byId = try index()
    byType = try index()
    byVisit = try index()
    byParty = try index()
    byPerson = try index()
    replacedBy = try index()
    later = try index()
  }

  /// The agreement at `position`, whole or in outline as the command needs it; a stand-in,
  /// with the damage noted, if its record is damaged.
  func agreement(at position: Int) -> Agreement {
    do {
      return try read(position)
    } catch {
      failures.note(error)
      return Agreement(id: "", title: "", type: .memorandumOfUnderstanding, summary: "", sources: [])
    }
  }

  private func read(_ position: Int) throws(ImageDamage) -> Agreement {
    let bytes = image.buffer
    guard let table = table.value else {
      throw ImageDamage(offset: records, reason: "its table of agreements cannot be read")
    }
    guard (0..<count).contains(position) else {
      throw ImageDamage(offset: records, reason: "an index names an agreement it does not hold")
    }
    let (slot, at, tableFailures) = try table.slot(position)
    let (start, length, hash) = (slot.start, slot.length, slot.hash)
    let available = UInt64(bytes.count - records)
    guard start <= available, length <= available - start else {
      tableFailures.note(ImageDamage(offset: at, reason: "an agreement's place is outside the image"))
      throw ImageDamage(offset: records, reason: "an agreement's place is outside the image")
    }
    let range = (records + Int(start))..<(records + Int(start + length))
    guard ContentHash.of(UnsafeBufferPointer(rebasing: bytes[range])) == hash else {
      throw ImageDamage(offset: range.lowerBound, reason: "its bytes changed after it was written")
    }
    var reader = ImageReader(UnsafeBufferPointer(rebasing: bytes[..<range.upperBound]), at: range.lowerBound)
    let agreement = try reader.agreement(keepingWhole: keepsWhole, keepingParties: outlinesKeepParties)
    guard reader.isAtEnd else {
      throw ImageDamage(offset: reader.offset, reason: "an agreement ends before its record")
    }
    return agreement
  }

  func position(of id: Agreement.ID) -> Int? { places(in: byId, for: id.rawValue).first }

  func positions(of visit: Visit.ID) -> [Int] { places(in: byVisit, for: visit.rawValue) }

  func positions(naming reference: RecordReference) -> [Int] {
    switch reference {
    case .party(let party): places(in: byParty, for: party.rawValue)
    case .person(let person): places(in: byPerson, for: person.rawValue)
    default: []
    }
  }

  func replacers(of id: Agreement.ID) -> [Int] { places(in: replacedBy, for: id.rawValue) }

  func later(than id: Agreement.ID) -> [(kind: RelationKind, position: Int)] {
    let pairs = places(in: later, for: id.rawValue, checkingPlaces: false)
    let kinds = RelationKind.allCases
    var result: [(kind: RelationKind, position: Int)] = []
    for index in stride(from: 0, to: pairs.count, by: 2) {
      guard index + 1 < pairs.count, pairs[index] < kinds.count, pairs[index + 1] < count else {
        failures.note(ImageDamage(offset: records, reason: "an index names an agreement it does not hold"))
        return []
      }
      result.append((kinds[pairs[index]], pairs[index + 1]))
    }
    return result
  }

  /// The agreements that could meet `filter`, from the first index the filter names: ids,
  /// then types, visits, parties; `nil` when it names none.
  func candidates(for filter: AgreementFilter) -> [Int]? {
    let lists: [[Int]]
    if let among = filter.among {
      lists = among.map { places(in: byId, for: $0.rawValue) }
    } else if !filter.types.isEmpty {
      lists = filter.types.map { places(in: byType, for: $0.rawValue) }
    } else if !filter.visits.isEmpty {
      lists = filter.visits.map { places(in: byVisit, for: $0.rawValue) }
    } else if let parties = filter.parties {
      lists = parties.map { places(in: byParty, for: $0.rawValue) }
    } else {
      return nil
    }
    return lists.count == 1 ? lists[0] : Array(Set(lists.joined())).sorted()
  }

  /// The numbers `index` lists under `key`, each checked to be an agreement's place; none,
  /// with the damage noted, if the index cannot be read.
  private func places(in index: Deferred<ImagePagedLists?>, for key: String, checkingPlaces: Bool = true) -> [Int] {
    guard let index = index.value else { return [] }
    do throws(ImageDamage) {
      let values = try index.values(for: key)
      if checkingPlaces, values.contains(where: { $0 >= count }) {
        throw ImageDamage(offset: index.table, reason: "an index names an agreement it does not hold")
      }
      return values
    } catch {
      index.section.failures.note(error)
      return []
    }
  }
}

extension ImageWriter {
  /// Writes the agreements' records to `rest`, which must be empty, then their table and
  /// indexes as sections, as `ImageAgreements` reads them.
  mutating func agreements(_ agreements: AgreementList, rest records: inout ImageWriter, pageSize: Int) {
    var slots = [ImageAgreementTable.Slot](repeating: .init(start: 0, length: 0, hash: 0), count: agreements.count)
    var byId: [String: [Int]] = [:]
    var byType: [String: [Int]] = [:]
    var byVisit: [String: [Int]] = [:]
    var byParty: [String: [Int]] = [:]
    var byPerson: [String: [Int]] = [:]
    var replacedBy: [String: [Int]] = [:]
    var later: [String: [Int]] = [:]
    let kinds = RelationKind.allCases
    // Grouped by type, catalog order within a type: the place of each record in the file.
    let types = DocumentType.allCases
    let typePlaces = agreements.map { types.firstIndex(of: $0.type) ?? 0 }
    let byTypeThenPlace = typePlaces.indices.sorted {
      typePlaces[$0] != typePlaces[$1] ? typePlaces[$0] < typePlaces[$1] : $0 < $1
    }
    for position in byTypeThenPlace {
      let start = records.bytes.count
      records.agreement(agreements[position])
      let hash = records.bytes.withUnsafeBufferPointer { ContentHash.of(UnsafeBufferPointer(rebasing: $0[start...])) }
      slots[position] = .init(start: UInt64(start), length: UInt64(records.bytes.count - start), hash: hash)
    }
    for (position, agreement) in agreements.enumerated() {
      byId[agreement.id.rawValue, default: []].append(position)
      byType[agreement.type.rawValue, default: []].append(position)
      if let visit = agreement.visit { byVisit[visit.rawValue, default: []].append(position) }
      for reference in agreement.namedRecords {
        switch reference {
        case .party(let party): byParty[party.rawValue, default: []].append(position)
        case .person(let person): byPerson[person.rawValue, default: []].append(position)
        default: break
        }
      }
      for relation in agreement.relations {
        later[relation.target.rawValue, default: []] += [kinds.firstIndex(of: relation.kind) ?? 0, position]
        if relation.kind == .replaces { replacedBy[relation.target.rawValue, default: []].append(position) }
      }
    }
    count(agreements.count)
    sectionWithParts(into: &records) { $0.agreementTable(slots, pages: &$1, pageSize: pageSize) }
    for index in [byId, byType, byVisit, byParty, byPerson, replacedBy, later] {
      sectionWithParts(into: &records) { $0.pagedLists(index, pages: &$1, pageSize: pageSize) }
    }
  }
}

/// The damage found while reading an image lazily, kept so that the command's answer is
/// refused rather than printed with a record missing.
final class ReadFailures: Sendable {
  private final class Found: Sendable {
    let first = Mutex<ImageDamage?>(nil)
  }
  private let found: Found
  /// Where the bytes damage is found in start in the image: a section is read on its own, and
  /// its offsets count from its start.
  private let base: Int
  /// Says, for the user, what damage means and what to do.
  private let describe: @Sendable (ImageDamage) -> CatalogError

  convenience init(describe: @escaping @Sendable (ImageDamage) -> CatalogError) {
    self.init(found: Found(), base: 0, describe: describe)
  }

  private init(found: Found, base: Int, describe: @escaping @Sendable (ImageDamage) -> CatalogError) {
    self.found = found
    self.base = base
    self.describe = describe
  }

  /// The same record of damage, for bytes that start `offset` bytes further into the image.
  func shifted(by offset: Int) -> ReadFailures { ReadFailures(found: found, base: base + offset, describe: describe) }

  func note(_ damage: ImageDamage) {
    let placed = ImageDamage(offset: base + damage.offset, reason: damage.reason)
    found.first.withLock { if $0 == nil { $0 = placed } }
  }

  /// The first damage found, as the error to report.
  var first: CatalogError? { found.first.withLock { $0 }.map(describe) }
}

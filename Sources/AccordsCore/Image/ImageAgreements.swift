import Synchronization

/// The agreements of a catalog image, read where they lie, one at a time, when a query looks
/// at them; and the indexes written beside them, so that a lookup by id, type, visit, party
/// or person, and a status's replacements, read a few entries rather than every agreement.
///
/// The layout, inside the hashed part of the body: the number of agreements; a block with each
/// record's offset from the start of the records, length and hash (fixed 64-bit words, so that
/// any record is found at once); then the indexes. The records follow the hashed part, grouped
/// by document type so that a listing of one type reads one stretch of the file, not a page
/// here and there across all of it; each is checked against its own hash when it is read, so a
/// query hashes what it reads, not the whole image, and a changed byte never becomes a wrong
/// fact.
struct ImageAgreements: Sendable {
  /// Keeps the mapped image alive as long as the catalog.
  private let image: DocumentBytes
  let count: Int
  private let table: Int
  /// Where the records start; set when the hashed part has been read.
  private var records = 0
  private let byId: ImageKeyedLists
  private let byType: ImageKeyedLists
  private let byVisit: ImageKeyedLists
  private let byParty: ImageKeyedLists
  private let byPerson: ImageKeyedLists
  private let replacedBy: ImageKeyedLists
  /// Each agreement's later records: pairs of a relation kind's place and an agreement's place.
  private let later: ImageKeyedLists
  let failures: ReadFailures
  /// Which agreements are built whole; the others in outline, as the JSON loader keeps them.
  private let keepsWhole: @Sendable (Agreement) -> Bool
  private let outlinesKeepParties: Bool

  /// Steps over the table and the indexes at the reader's place.
  init(image: DocumentBytes, reader: inout ImageReader, needing needs: AgreementNeeds, failures: ReadFailures)
    throws(ImageDamage)
  {
    self.image = image
    self.failures = failures
    switch needs {
    case .whole: (keepsWhole, outlinesKeepParties) = ({ _ in true }, true)
    case .counts: (keepsWhole, outlinesKeepParties) = ({ _ in false }, true)
    case .listing(let filter): (keepsWhole, outlinesKeepParties) = (filter.matches, false)
    }
    count = try reader.count()
    let block = try reader.block()
    table = block.offset
    guard block.bytes.count - block.offset == count * Self.slot else {
      throw ImageDamage(offset: table, reason: "its table of agreements has the wrong length")
    }
    byId = try ImageKeyedLists(&reader)
    byType = try ImageKeyedLists(&reader)
    byVisit = try ImageKeyedLists(&reader)
    byParty = try ImageKeyedLists(&reader)
    byPerson = try ImageKeyedLists(&reader)
    replacedBy = try ImageKeyedLists(&reader)
    later = try ImageKeyedLists(&reader)
  }

  /// The bytes of a record's entry in the table: offset, length and hash.
  private static let slot = 24

  /// Says where the records start: right after the hashed part the reader has passed.
  mutating func recordsStart(at offset: Int) { records = offset }

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
    guard (0..<count).contains(position) else {
      throw ImageDamage(offset: table, reason: "an index names an agreement it does not hold")
    }
    var slot = ImageReader(bytes, at: table + position * Self.slot)
    let (start, length, hash) = (try slot.word(), try slot.word(), try slot.word())
    let available = UInt64(bytes.count - records)
    guard start <= available, length <= available - start else {
      throw ImageDamage(offset: table + position * Self.slot, reason: "an agreement's place is outside the image")
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
        failures.note(ImageDamage(offset: table, reason: "an index names an agreement it does not hold"))
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
  private func places(in index: ImageKeyedLists, for key: String, checkingPlaces: Bool = true) -> [Int] {
    do throws(ImageDamage) {
      let values = try index.values(for: key, in: image.buffer)
      if checkingPlaces, values.contains(where: { $0 >= count }) {
        throw ImageDamage(offset: table, reason: "an index names an agreement it does not hold")
      }
      return values
    } catch {
      failures.note(error)
      return []
    }
  }
}

extension ImageWriter {
  /// Writes the agreements' table and indexes here, and their records to `records`, as
  /// `ImageAgreements` reads them.
  mutating func agreements(_ agreements: AgreementList, records: inout ImageWriter) {
    var slots = [(offset: Int, length: Int, hash: UInt64)](repeating: (0, 0, 0), count: agreements.count)
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
      slots[position] = (start, records.bytes.count - start, hash)
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
    block { table in
      for slot in slots {
        table.word(UInt64(slot.offset))
        table.word(UInt64(slot.length))
        table.word(slot.hash)
      }
    }
    for index in [byId, byType, byVisit, byParty, byPerson, replacedBy, later] { keyedLists(index) }
  }
}

/// The damage found while reading an image lazily, kept so that the command's answer is
/// refused rather than printed with a record missing.
final class ReadFailures: Sendable {
  private let found = Mutex<ImageDamage?>(nil)
  /// Says, for the user, what damage means and what to do.
  private let describe: @Sendable (ImageDamage) -> CatalogError

  init(describe: @escaping @Sendable (ImageDamage) -> CatalogError) { self.describe = describe }

  func note(_ damage: ImageDamage) {
    found.withLock { if $0 == nil { $0 = damage } }
  }

  /// The first damage found, as the error to report.
  var first: CatalogError? { found.withLock { $0 }.map(describe) }
}

/// The records of one kind (every kind but the agreements, which keep `ImageAgreements`) in a
/// section of a catalog image, where one record is read alone, by its place or its id: `show`
/// of an agreement reads the few sources it cites, not every source.
///
/// Written as the number of records, a table of fixed-width offsets (one a record, from the
/// start of the records' block), the records' block, then the id index: each id with its
/// record's place.
struct ImageShelf<Record: Sendable>: Sendable {
  typealias Decode = @Sendable (inout ImageReader) throws(ImageDamage) -> Record
  /// The section it lies in, read on its own, where damage found in it is noted.
  private let section: ImageSection
  private let records: ImageOffsetTable
  private let ids: ImageKeyedLists
  private let decode: Decode
  var count: Int { records.count }

  /// Steps over the shelf at the reader's place.
  init(_ reader: inout ImageReader, in section: ImageSection, decode: @escaping Decode)
    throws(ImageDamage)
  {
    self.section = section
    self.decode = decode
    records = try ImageOffsetTable(&reader, name: "a table of records")
    ids = try ImageKeyedLists(&reader, in: section)
  }

  /// Every record, in catalog order; none, with the damage noted, if one cannot be read.
  func all() -> [Record] {
    do throws(ImageDamage) {
      var reader = records.items(in: section.bytes.buffer)
      var all: [Record] = []
      all.reserveCapacity(min(count, 1 << 16))
      for _ in 0..<count { all.append(try decode(&reader)) }
      guard reader.isAtEnd else { throw ImageDamage(offset: reader.offset, reason: "bytes follow the last record") }
      return all
    } catch {
      section.failures.note(error)
      return []
    }
  }

  /// The record at `position`; `nil` past the end, or, with the damage noted, if it cannot be
  /// read.
  func record(at position: Int) -> Record? {
    guard (0..<count).contains(position) else { return nil }
    do throws(ImageDamage) {
      var reader = try records.item(
        position, in: section.bytes.buffer, outside: "a record's place is outside its section")
      return try decode(&reader)
    } catch {
      section.failures.note(error)
      return nil
    }
  }

  /// The record with the id (or the region's code) `id`; `nil` if there is none.
  func record(withID id: String) -> Record? {
    do throws(ImageDamage) {
      guard let position = try ids.values(for: id).first else { return nil }
      guard position < count else {
        throw ImageDamage(offset: ids.table, reason: "an id names a record the section does not hold")
      }
      return record(at: position)
    } catch {
      section.failures.note(error)
      return nil
    }
  }
}

extension ImageWriter {
  /// Writes `records` as an `ImageShelf` reads them.
  mutating func shelf<Record: CatalogRecord>(_ records: [Record], _ write: (inout ImageWriter, Record) -> Void) {
    offsetTable(records, write)
    var ids: [String: [Int]] = [:]
    for (position, record) in records.enumerated() { ids[record.reference.id, default: []].append(position) }
    keyedLists(ids)
  }
}

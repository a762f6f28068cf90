/// An index kept in a catalog image and read where it lies: keys, each with a list of numbers
/// (the places of the agreements of a type, of a visit, naming a party …), sorted by the keys'
/// UTF-8 bytes so that a lookup is a binary search that builds nothing it does not return.
///
/// Written as the number of keys, a table of fixed-width offsets (one a key, so that the
/// search can jump to the middle), then the entries in a block: each a key and its numbers.
struct ImageKeyedLists: Sendable {
  /// Where the offset table starts in the image.
  private let table: Int
  private let keys: Int
  /// The block of entries, as offsets in the image.
  private let entries: Range<Int>

  /// Steps over the index at the reader's place, noting where its parts are.
  init(_ reader: inout ImageReader) throws(ImageDamage) {
    keys = try reader.count()
    table = reader.offset
    guard keys <= (reader.bytes.count - table) / 8 else {
      throw ImageDamage(offset: table, reason: "an index runs past the end")
    }
    try reader.skip(keys * 8)
    let block = try reader.block()
    entries = block.offset..<block.bytes.count
  }

  /// The numbers listed under `key`, in the order written; empty when the key is not there.
  func values(for key: String, in bytes: UnsafeBufferPointer<UInt8>) throws(ImageDamage) -> [Int] {
    var low = 0
    var high = keys
    while low < high {
      let middle = low + (high - low) / 2
      var entry = try self.entry(middle, in: bytes)
      let stored = try entry.bytes(count: try entry.count())
      if stored.elementsEqual(key.utf8) {
        let count = try entry.count()
        var values: [Int] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try entry.number()) }
        return values
      }
      if stored.lexicographicallyPrecedes(key.utf8) { low = middle + 1 } else { high = middle }
    }
    return []
  }

  /// A reader at the start of entry `place`, confined to the entries' block.
  private func entry(_ place: Int, in bytes: UnsafeBufferPointer<UInt8>) throws(ImageDamage) -> ImageReader {
    var slot = ImageReader(bytes, at: table + place * 8)
    let offset = try slot.word()
    guard offset < UInt64(entries.count) else {
      throw ImageDamage(offset: table + place * 8, reason: "an index points outside itself")
    }
    return ImageReader(
      UnsafeBufferPointer(rebasing: bytes[..<entries.upperBound]), at: entries.lowerBound + Int(offset))
  }
}

extension ImageWriter {
  /// Writes `lists` as an `ImageKeyedLists`, sorting the keys by their UTF-8 bytes.
  mutating func keyedLists(_ lists: [String: [Int]]) {
    let sorted = lists.map { (key: Array($0.key.utf8), values: $0.value) }.sorted {
      $0.key.lexicographicallyPrecedes($1.key)
    }
    var entries = ImageWriter()
    var offsets: [Int] = []
    offsets.reserveCapacity(sorted.count)
    for (key, values) in sorted {
      offsets.append(entries.bytes.count)
      entries.count(key.count)
      entries.append(key)
      entries.list(values) { $0.count($1) }
    }
    count(sorted.count)
    for offset in offsets { word(UInt64(offset)) }
    count(entries.bytes.count)
    append(entries.bytes)
  }
}

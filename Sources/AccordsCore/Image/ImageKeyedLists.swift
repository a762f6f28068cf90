/// An index kept in a catalog image and read where it lies: keys, each with a list of numbers
/// (the places of the agreements of a type, of a visit, naming a party …), sorted so that a
/// lookup is a binary search that builds nothing it does not return.
///
/// Keys are ordered and compared as Swift strings are, by their canonical form, so that a
/// lookup finds what a dictionary of the same keys in memory finds, whatever the Unicode
/// normalization of the key asked for and the key stored.
///
/// Written as the number of keys, a table of fixed-width offsets (one a key, so that the
/// search can jump to the middle), then the entries in a block: each a key and its numbers.
struct ImageKeyedLists: Sendable {
  /// The section it lies in, where damage found in it, or in what it lists, is noted.
  let section: ImageSection
  /// The entries, each a key and its numbers.
  private let entries: ImageOffsetTable
  /// Where the offset table starts in the section: where damage found in its entries is said
  /// to be.
  var table: Int { entries.table }

  /// Steps over the index at the reader's place in `section`, noting where its parts are.
  init(_ reader: inout ImageReader, in section: ImageSection) throws(ImageDamage) {
    self.section = section
    entries = try ImageOffsetTable(&reader, name: "an index")
  }

  /// The numbers listed under `key`, in the order written; empty when the key is not there.
  func values(for key: String) throws(ImageDamage) -> [Int] {
    let bytes = section.bytes.buffer
    let place = try firstPlace(notBefore: key, in: bytes)
    guard place < entries.count else { return [] }
    var entry = try self.entry(place, in: bytes)
    return try entry.key() == key ? try entry.numbers() : []
  }

  /// The lists of every key that begins with `prefix` (as its canonical form does), one list a
  /// key, in the keys' order.
  func values(startingWith prefix: String) throws(ImageDamage) -> [[Int]] {
    let bytes = section.bytes.buffer
    // Every key whose canonical form begins with the prefix's sorts from the prefix up to the
    // prefix followed by the last code point, which no word or name holds.
    let end = prefix + "\u{10FFFF}"
    var lists: [[Int]] = []
    var place = try firstPlace(notBefore: prefix, in: bytes)
    while place < entries.count {
      var entry = try self.entry(place, in: bytes)
      guard try entry.key() < end else { break }
      lists.append(try entry.numbers())
      place += 1
    }
    return lists
  }

  /// The place of the first key not ordered before `key`; the number of keys when there is none.
  private func firstPlace(notBefore key: String, in bytes: UnsafeBufferPointer<UInt8>) throws(ImageDamage) -> Int {
    var low = 0
    var high = entries.count
    while low < high {
      let middle = low + (high - low) / 2
      var entry = try self.entry(middle, in: bytes)
      if try entry.key() < key { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// A reader at the start of entry `place`, confined to the entries' block.
  private func entry(_ place: Int, in bytes: UnsafeBufferPointer<UInt8>) throws(ImageDamage) -> ImageReader {
    try entries.item(place, in: bytes, outside: "an index points outside itself")
  }
}

extension ImageReader {
  /// An entry's key.
  fileprivate mutating func key() throws(ImageDamage) -> String { try string() }

  /// An entry's numbers, after its key.
  fileprivate mutating func numbers() throws(ImageDamage) -> [Int] {
    let count = try count()
    var values: [Int] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try number()) }
    return values
  }
}

extension ImageWriter {
  /// Writes `lists` as an `ImageKeyedLists`, the keys in order.
  mutating func keyedLists(_ lists: [String: [Int]]) {
    offsetTable(lists.sorted(by: { $0.key < $1.key })) { entries, entry in
      entries.string(entry.key)
      entries.list(entry.value) { $0.count($1) }
    }
  }
}

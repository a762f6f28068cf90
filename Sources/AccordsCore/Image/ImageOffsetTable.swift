/// Items of varying length reached by their place: the number of items, a table of
/// fixed-width offsets (one an item, from the start of the items' block), then the block.
/// `ImageShelf` keeps its records so, and `ImageKeyedLists` its entries.
struct ImageOffsetTable: Sendable {
  let count: Int
  /// Where the table starts in its section: where damage found in a slot is said to be.
  let table: Int
  /// The items' block, as offsets in the section.
  let block: Range<Int>

  /// Steps over the table and block at the reader's place; `name` says what it holds in a
  /// message about damage ("an index").
  init(_ reader: inout ImageReader, name: String) throws(ImageDamage) {
    count = try reader.count()
    table = reader.offset
    guard count <= (reader.bytes.count - table) / 8 else {
      throw ImageDamage(offset: table, reason: "\(name) runs past the end")
    }
    try reader.skip(count * 8)
    let items = try reader.block()
    block = items.offset..<items.bytes.count
  }

  /// A reader at the start of item `place` of the section's `bytes`, confined to the block;
  /// `outside` is the damage when its slot points elsewhere.
  func item(_ place: Int, in bytes: UnsafeBufferPointer<UInt8>, outside: String) throws(ImageDamage) -> ImageReader {
    var slot = ImageReader(bytes, at: table + place * 8)
    let offset = try slot.word()
    guard offset < UInt64(block.count) else { throw ImageDamage(offset: table + place * 8, reason: outside) }
    return ImageReader(UnsafeBufferPointer(rebasing: bytes[..<block.upperBound]), at: block.lowerBound + Int(offset))
  }

  /// A reader of the whole block of the section's `bytes`, at its first item.
  func items(in bytes: UnsafeBufferPointer<UInt8>) -> ImageReader {
    ImageReader(UnsafeBufferPointer(rebasing: bytes[..<block.upperBound]), at: block.lowerBound)
  }
}

extension ImageWriter {
  /// Writes `items` as an `ImageOffsetTable` reads them, each written by `write`.
  mutating func offsetTable<Items: Sequence>(_ items: Items, _ write: (inout ImageWriter, Items.Element) -> Void) {
    var block = ImageWriter()
    var offsets: [Int] = []
    for item in items {
      offsets.append(block.bytes.count)
      write(&block, item)
    }
    count(offsets.count)
    for offset in offsets { word(UInt64(offset)) }
    count(block.bytes.count)
    append(block.bytes)
  }
}

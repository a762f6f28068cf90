/// The bytes of a catalog image as they are written: unsigned numbers as LEB128 varints, fixed
/// 64-bit words little-endian, strings as a length and their UTF-8. No alignment and no
/// pointers, so an image reads the same on any machine and cannot point outside itself.
struct ImageWriter {
  private(set) var bytes: [UInt8] = []

  mutating func count(_ value: Int) { varint(UInt64(value)) }

  /// Any integer, zigzag-encoded so that small negative numbers stay short.
  mutating func integer(_ value: Int) { varint(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))) }

  private mutating func varint(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(rest & 0x7F) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func word(_ value: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
  }

  mutating func string(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      count(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func optionalString(_ text: String?) {
    flag(text != nil)
    if let text { string(text) }
  }

  mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

  /// A case of an enumeration by its place among all cases; the image's schema fingerprint
  /// changes when any list of cases does, so a place never names another case.
  mutating func choice<Value: CaseIterable & Equatable>(_ value: Value) {
    count(Array(Value.allCases).firstIndex(of: value) ?? 0)
  }

  mutating func list<Element>(_ elements: [Element], _ write: (inout ImageWriter, Element) -> Void) {
    count(elements.count)
    for element in elements { write(&self, element) }
  }

  /// A block that a reader can step over without reading it: its length first.
  mutating func block(_ write: (inout ImageWriter) -> Void) {
    var inner = ImageWriter()
    write(&inner)
    count(inner.bytes.count)
    bytes += inner.bytes
  }

  mutating func append(_ other: [UInt8]) { bytes += other }
}

/// Why an image cannot be read: it is cut short, or a value in it is impossible. Either means
/// the file was damaged after Accords wrote it, since the body's hash matched.
struct ImageDamage: Error {
  let offset: Int
  let reason: String
}

/// Reads what `ImageWriter` wrote, checking every length and every value against the bytes
/// there are: a damaged image is an error, never a read outside it or a trap.
struct ImageReader {
  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var offset: Int

  init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  var isAtEnd: Bool { offset == bytes.count }

  mutating func byte() throws(ImageDamage) -> UInt8 {
    guard offset < bytes.count else { throw ImageDamage(offset: offset, reason: "it ends too early") }
    defer { offset += 1 }
    return bytes[offset]
  }

  /// A count or length; never more than the bytes left could hold, so that no list is sized
  /// from a damaged number.
  mutating func count() throws(ImageDamage) -> Int {
    let value = try varint()
    guard value <= UInt64(bytes.count - offset) else {
      throw ImageDamage(offset: offset, reason: "a length runs past the end")
    }
    return Int(value)
  }

  /// A number that is not a length, such as a record's place: not bounded by the bytes left.
  mutating func number() throws(ImageDamage) -> Int {
    let value = try varint()
    guard value <= UInt64(Int.max) else { throw ImageDamage(offset: offset, reason: "a number is too large") }
    return Int(value)
  }

  /// The next `count` bytes as they lie in the image, without copying them.
  mutating func bytes(count: Int) throws(ImageDamage) -> UnsafeBufferPointer<UInt8> {
    guard count <= bytes.count - offset else { throw ImageDamage(offset: offset, reason: "it ends too early") }
    defer { offset += count }
    return UnsafeBufferPointer(rebasing: bytes[offset..<offset + count])
  }

  /// Steps over `count` bytes.
  mutating func skip(_ count: Int) throws(ImageDamage) { _ = try bytes(count: count) }

  /// Any integer, as `ImageWriter.integer` wrote it.
  mutating func integer() throws(ImageDamage) -> Int {
    let value = try varint()
    return Int(truncatingIfNeeded: Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
  }

  private mutating func varint() throws(ImageDamage) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let byte = try byte()
      guard shift < 63 else { throw ImageDamage(offset: offset - 1, reason: "a number is too long") }
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    return value
  }

  mutating func word() throws(ImageDamage) -> UInt64 {
    guard bytes.count - offset >= 8 else { throw ImageDamage(offset: offset, reason: "it ends too early") }
    var value: UInt64 = 0
    for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(index * 8) }
    offset += 8
    return value
  }

  mutating func string() throws(ImageDamage) -> String {
    let length = try count()
    defer { offset += length }
    // Decoding repairs invalid UTF-8 rather than trapping; an undamaged image holds none.
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
  }

  mutating func optionalString() throws(ImageDamage) -> String? {
    try flag() ? try string() : nil
  }

  mutating func flag() throws(ImageDamage) -> Bool {
    switch try byte() {
    case 0: return false
    case 1: return true
    default: throw ImageDamage(offset: offset - 1, reason: "a flag is neither 0 nor 1")
    }
  }

  mutating func choice<Value: CaseIterable>(_: Value.Type) throws(ImageDamage) -> Value {
    let place = try count()
    let cases = Value.allCases
    guard place < cases.count else { throw ImageDamage(offset: offset, reason: "a value is not one of its kind's") }
    return cases[cases.index(cases.startIndex, offsetBy: place)]
  }

  mutating func list<Element>(
    _ read: (inout ImageReader) throws(ImageDamage) -> Element
  ) throws(ImageDamage) -> [Element] {
    let count = try count()
    var elements: [Element] = []
    // A count is at most the bytes left, but an element is larger in memory than in the image:
    // reserving more than a modest amount up front could ask for gigabytes on a damaged count.
    elements.reserveCapacity(min(count, 1 << 16))
    for _ in 0..<count { elements.append(try read(&self)) }
    return elements
  }

  /// Steps over a block, returning a reader of it alone.
  mutating func block() throws(ImageDamage) -> ImageReader {
    let length = try count()
    let inner = ImageReader(UnsafeBufferPointer(rebasing: bytes[..<(offset + length)]), at: offset)
    offset += length
    return inner
  }
}

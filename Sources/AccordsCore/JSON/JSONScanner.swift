/// A strict pull parser over UTF-8 JSON (RFC 8259) that reads values one at a time, keeps
/// byte offsets for error messages, and never recurses: any depth of nesting is skipped with
/// a heap-allocated stack, so hostile input cannot overflow the call stack.
public struct JSONScanner: @unchecked Sendable {
  // Unchecked: `bytes` points into `document`, which the scanner keeps alive and nobody writes.

  /// The kind of the next value.
  public enum ValueKind: String, Sendable {
    case object, array, string, number, bool, null

    /// The kind as a message names it: `an object`, `a string`.
    public var described: String {
      switch self {
      case .object: "an object"
      case .array: "a list"
      case .string: "a string"
      case .number: "a number"
      case .bool: "true or false"
      case .null: "null"
      }
    }
  }

  /// A field name as read: the bytes between its quotes when it has no escapes (as nearly
  /// every name has), so that it can be matched against known names without making a
  /// `String`; otherwise its decoded text.
  public enum Key: Sendable {
    case bytes(Range<Int>)
    case text(String)
  }

  /// The document, kept alive while the scanner reads it.
  let document: DocumentBytes
  /// The document's bytes, held here too so that reading a byte does not go through the class.
  let bytes: UnsafeBufferPointer<UInt8>
  /// Bytes before this offset are known to be well-formed UTF-8, so strings inside need no
  /// check of their own. The document is checked ahead of the reading a megabyte at a time,
  /// not all at once, so that a mapped file is never resident whole.
  private(set) var validUTF8End = 0
  /// Whether the document is checked ahead of the reading; a scanner that starts in the
  /// middle of a document checks each string on its own instead.
  private let checksAhead: Bool
  /// Whether a byte that is not UTF-8 was found at `validUTF8End`: nothing after it is checked.
  private var foundInvalidUTF8 = false
  /// Where the pages already read are next handed back (`DocumentBytes.discard(below:)`).
  private var nextDiscard = Self.discardStep
  /// The offset of the next unread byte.
  public internal(set) var offset: Int
  /// One entry per open container: bit 0 set for an object, bit 1 once it has a member.
  private var containers: [UInt8] = []

  /// How far reading goes between two hand-backs of pages already read.
  private static let discardStep = 8 * 1_048_576

  /// Creates a scanner for a whole document; a UTF-8 byte-order mark at the start is skipped.
  public init(bytes: [UInt8]) { self.init(document: DocumentBytes(copying: bytes)) }

  /// Creates a scanner for a whole document; a UTF-8 byte-order mark at the start is skipped.
  ///
  /// - Parameter checkingEachString: check each string's UTF-8 on its own rather than the
  ///   document's bytes in order ahead of the reading; slower, and held by tests to the same
  ///   answers.
  public init(document: DocumentBytes, checkingEachString: Bool = false) {
    self.document = document
    bytes = document.buffer
    offset = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    checksAhead = !checkingEachString
  }

  /// Creates a scanner that starts reading at `offset`, which must be where a value starts.
  /// It reads only part of the document, so each string it reads is checked on its own.
  public init(document: DocumentBytes, offset: Int) {
    self.document = document
    bytes = document.buffer
    self.offset = offset
    checksAhead = false
  }

  /// Whether the bytes before `end` are known to be well-formed UTF-8, checking ahead of the
  /// reading as far as needed. A multi-byte character is never split between two checks.
  mutating func isValidUTF8(upTo end: Int) -> Bool {
    if end <= validUTF8End { return true }
    guard checksAhead else { return false }
    while validUTF8End < end, !foundInvalidUTF8 {
      var stop = min(bytes.count, max(end, validUTF8End + 1_048_576))
      // End the chunk before a character it would split. A character has at most three
      // continuation bytes; a longer run is not UTF-8, and is found as such below.
      var stepsBack = 0
      while stop < bytes.count, stepsBack < 3, bytes[stop] & 0xC0 == 0x80 {
        stop -= 1
        stepsBack += 1
      }
      let valid = UTF8Text.validPrefixLength(
        UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[validUTF8End..<stop])))
      foundInvalidUTF8 = validUTF8End + valid < stop
      validUTF8End += valid
    }
    return end <= validUTF8End
  }

  /// Hands pages already read back to the kernel every few megabytes.
  private mutating func discardReadPages() {
    guard offset >= nextDiscard else { return }
    document.discard(below: min(offset, validUTF8End))
    nextDiscard = offset + Self.discardStep
  }

  /// The byte offset where the value about to be read starts.
  public mutating func valueOffset() -> Int {
    skipWhitespace()
    return offset
  }

  // MARK: - Values

  /// The kind of the next value, without reading it.
  public mutating func peekKind() throws(JSONSyntaxError) -> ValueKind {
    skipWhitespace()
    guard offset < bytes.count else {
      throw JSONSyntaxError(offset: offset, "unexpected end of file; expected a value")
    }
    switch bytes[offset] {
    case UInt8(ascii: "{"): return .object
    case UInt8(ascii: "["): return .array
    case UInt8(ascii: "\""): return .string
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
    case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
    case UInt8(ascii: "n"): return .null
    case let byte: throw JSONSyntaxError(offset: offset, "unexpected \(Self.describe(byte)); expected a value")
    }
  }

  /// Reads a number; numbers too large for a double are an error, not infinity.
  public mutating func readNumber() throws(JSONSyntaxError) -> Double {
    skipWhitespace()
    let start = offset
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
    guard offset < bytes.count, isDigit(bytes[offset]) else {
      throw JSONSyntaxError(offset: start, "expected a number")
    }
    if bytes[offset] == UInt8(ascii: "0") {
      offset += 1
      if offset < bytes.count, isDigit(bytes[offset]) {
        throw JSONSyntaxError(offset: start, "numbers may not have leading zeros")
      }
    } else {
      skipDigits()
    }
    if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
      offset += 1
      guard offset < bytes.count, isDigit(bytes[offset]) else {
        throw JSONSyntaxError(offset: offset, "expected digits after the decimal point")
      }
      skipDigits()
    }
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
      offset += 1
      if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
      guard offset < bytes.count, isDigit(bytes[offset]) else {
        throw JSONSyntaxError(offset: offset, "expected digits in the exponent")
      }
      skipDigits()
    }
    let text = String(decoding: bytes[start..<offset], as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      throw JSONSyntaxError(offset: start, "the number \(text.prefix(40)) is too large")
    }
    return value
  }

  /// Reads `true` or `false`.
  public mutating func readBool() throws(JSONSyntaxError) -> Bool {
    if try readLiteral("true") { return true }
    if try readLiteral("false") { return false }
    throw JSONSyntaxError(offset: offset, "expected true or false")
  }

  /// Reads `null`.
  public mutating func readNull() throws(JSONSyntaxError) {
    guard try readLiteral("null") else { throw JSONSyntaxError(offset: offset, "expected null") }
  }

  // MARK: - Containers

  /// Reads the `{` that opens an object; then call `nextKey()` until it returns `nil`.
  public mutating func beginObject() throws(JSONSyntaxError) {
    try expect(UInt8(ascii: "{"), "expected an object")
    containers.append(1)
  }

  /// The next field name of the open object, with its `:` read; `nil` once `}` is read.
  public mutating func nextKey() throws(JSONSyntaxError) -> String? {
    try nextRawKey().map(text)
  }

  /// The next field name of the open object as read, with its `:` read; `nil` once `}` is
  /// read. Cheaper than `nextKey()`: a name without escapes is not copied.
  public mutating func nextRawKey() throws(JSONSyntaxError) -> Key? {
    guard try advanceInContainer(closing: UInt8(ascii: "}"), name: "an object") else { return nil }
    skipWhitespace()
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
      throw JSONSyntaxError(offset: offset, "expected a field name in double quotes")
    }
    let start = offset + 1
    let end = Self.nextSpecialByte(in: bytes, from: start)
    let key: Key
    if end < bytes.count, bytes[end] == UInt8(ascii: "\""), isValidUTF8(upTo: end) {
      offset = end + 1
      key = .bytes(start..<end)
    } else {
      key = .text(try readString())
    }
    try expect(UInt8(ascii: ":"), "expected ':' after the field name")
    return key
  }

  /// The text of a field name.
  public func text(_ key: Key) -> String {
    switch key {
    case .bytes(let range): String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    case .text(let text): text
    }
  }

  /// Whether a field name is `name`, given as its UTF-8 bytes.
  public func key(_ key: Key, is name: [UInt8]) -> Bool {
    switch key {
    case .bytes(let range):
      range.count == name.count
        && name.withUnsafeBufferPointer { name in
          var index = 0
          while index < name.count, bytes[range.lowerBound + index] == name[index] { index += 1 }
          return index == name.count
        }
    case .text(let text): text.utf8.elementsEqual(name)
    }
  }

  /// Reads the `[` that opens a list; then call `nextElement()` until it returns `false`.
  public mutating func beginArray() throws(JSONSyntaxError) {
    try expect(UInt8(ascii: "["), "expected a list")
    containers.append(0)
  }

  /// Whether the open list has another element; `false` once `]` is read.
  public mutating func nextElement() throws(JSONSyntaxError) -> Bool {
    discardReadPages()
    return try advanceInContainer(closing: UInt8(ascii: "]"), name: "a list")
  }

  /// Reads and discards the next value, however deeply nested, without recursion.
  public mutating func skipValue() throws(JSONSyntaxError) {
    let base = containers.count
    repeat {
      switch try peekKind() {
      case .object: try beginObject()
      case .array: try beginArray()
      case .string: try skipString()
      case .number: _ = try readNumber()
      case .bool: _ = try readBool()
      case .null: try readNull()
      }
      // Climb out of every container that is finished, stopping at the next value.
      while containers.count > base {
        let hasMore =
          containers[containers.count - 1] & 1 == 1 ? try nextRawKey() != nil : try nextElement()
        if hasMore { break }
      }
    } while containers.count > base
  }

  /// Checks that nothing but white space follows the top-level value.
  public mutating func finish() throws(JSONSyntaxError) {
    skipWhitespace()
    if offset < bytes.count {
      throw JSONSyntaxError(offset: offset, "unexpected \(Self.describe(bytes[offset])) after the end of the document")
    }
  }

  // MARK: - Bytes

  private mutating func advanceInContainer(closing: UInt8, name: String) throws(JSONSyntaxError) -> Bool {
    skipWhitespace()
    guard offset < bytes.count else { throw JSONSyntaxError(offset: offset, "unexpected end of file inside \(name)") }
    let top = containers.count - 1
    if containers[top] & 2 == 0 {
      if bytes[offset] == closing {
        offset += 1
        containers.removeLast()
        return false
      }
      containers[top] |= 2
      return true
    }
    if bytes[offset] == closing {
      offset += 1
      containers.removeLast()
      return false
    }
    guard bytes[offset] == UInt8(ascii: ",") else {
      throw JSONSyntaxError(offset: offset, "expected ',' or '\(Character(Unicode.Scalar(closing)))' in \(name)")
    }
    offset += 1
    skipWhitespace()
    if offset < bytes.count, bytes[offset] == closing {
      throw JSONSyntaxError(offset: offset, "a trailing comma is not allowed in JSON")
    }
    return true
  }

  private mutating func readLiteral(_ word: StaticString) throws(JSONSyntaxError) -> Bool {
    skipWhitespace()
    let length = word.utf8CodeUnitCount
    guard offset + length <= bytes.count else { return false }
    let matches = word.withUTF8Buffer { literal in
      (0..<length).allSatisfy { bytes[offset + $0] == literal[$0] }
    }
    if matches { offset += length }
    return matches
  }

  private mutating func expect(_ byte: UInt8, _ message: String) throws(JSONSyntaxError) {
    skipWhitespace()
    guard offset < bytes.count, bytes[offset] == byte else { throw JSONSyntaxError(offset: offset, message) }
    offset += 1
  }

  mutating func skipWhitespace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x0A, 0x0D, 0x09: offset += 1
      default: return
      }
    }
  }

  private mutating func skipDigits() {
    while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  /// `'x'` for a printable byte, `byte 0xFF` for the rest.
  static func describe(_ byte: UInt8) -> String {
    (0x21...0x7E).contains(byte)
      ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16, uppercase: true))"
  }
}

/// A strict pull parser over UTF-8 JSON (RFC 8259) that reads values one at a time, keeps
/// byte offsets for error messages, and never recurses: any depth of nesting is skipped with
/// a heap-allocated stack, so hostile input cannot overflow the call stack.
public struct JSONScanner: Sendable {
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

  private let bytes: [UInt8]
  /// The offset of the next unread byte.
  public private(set) var offset: Int
  /// One entry per open container: bit 0 set for an object, bit 1 once it has a member.
  private var containers: [UInt8] = []

  /// Creates a scanner; a UTF-8 byte-order mark at the start is skipped.
  public init(bytes: [UInt8]) {
    self.bytes = bytes
    offset = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  }

  /// Creates a scanner that starts reading at `offset`, which must be where a value starts.
  public init(bytes: [UInt8], offset: Int) {
    self.bytes = bytes
    self.offset = offset
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

  /// Reads a string value, resolving escapes.
  public mutating func readString() throws(JSONSyntaxError) -> String {
    skipWhitespace()
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
      throw JSONSyntaxError(offset: offset, "expected a string")
    }
    let start = offset
    offset += 1
    var buffer: [UInt8] = []
    var runStart = offset
    while true {
      // Find the next quote, backslash or control byte in one tight pass over the bytes.
      offset = bytes.withUnsafeBufferPointer { buffer in
        var index = offset
        while index < buffer.count {
          let byte = buffer[index]
          if byte == 0x22 || byte == 0x5C || byte < 0x20 { break }
          index += 1
        }
        return index
      }
      guard offset < bytes.count else { throw JSONSyntaxError(offset: start, "string is not closed") }
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        let run = bytes[runStart..<offset]
        offset += 1
        if buffer.isEmpty {
          guard let text = UTF8Text.string(run) else {
            throw JSONSyntaxError(offset: start, "string is not valid UTF-8")
          }
          return text
        }
        buffer.append(contentsOf: run)
        guard let text = UTF8Text.string(buffer[...]) else {
          throw JSONSyntaxError(offset: start, "string is not valid UTF-8")
        }
        return text
      } else if byte == UInt8(ascii: "\\") {
        buffer.append(contentsOf: bytes[runStart..<offset])
        try readEscape(into: &buffer)
        runStart = offset
      } else {
        throw JSONSyntaxError(
          offset: offset, "control character \(Self.describe(byte)) inside a string; write it as \\u00XX")
      }
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
    guard try advanceInContainer(closing: UInt8(ascii: "}"), name: "an object") else { return nil }
    skipWhitespace()
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
      throw JSONSyntaxError(offset: offset, "expected a field name in double quotes")
    }
    let key = try readString()
    try expect(UInt8(ascii: ":"), "expected ':' after the field name")
    return key
  }

  /// Reads the `[` that opens a list; then call `nextElement()` until it returns `false`.
  public mutating func beginArray() throws(JSONSyntaxError) {
    try expect(UInt8(ascii: "["), "expected a list")
    containers.append(0)
  }

  /// Whether the open list has another element; `false` once `]` is read.
  public mutating func nextElement() throws(JSONSyntaxError) -> Bool {
    try advanceInContainer(closing: UInt8(ascii: "]"), name: "a list")
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
          containers[containers.count - 1] & 1 == 1 ? try nextKey() != nil : try nextElement()
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

  private mutating func skipString() throws(JSONSyntaxError) {
    let start = offset
    offset += 1
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        offset += 1
        guard UTF8Text.isValid(bytes[(start + 1)..<(offset - 1)]) else {
          throw JSONSyntaxError(offset: start, "string is not valid UTF-8")
        }
        return
      }
      if byte == UInt8(ascii: "\\") {
        var scratch: [UInt8] = []
        try readEscape(into: &scratch)
      } else if byte < 0x20 {
        throw JSONSyntaxError(
          offset: offset, "control character \(Self.describe(byte)) inside a string; write it as \\u00XX")
      } else {
        offset += 1
      }
    }
    throw JSONSyntaxError(offset: start, "string is not closed")
  }

  /// Reads one escape sequence at `offset` (which is at the backslash) into `buffer` as UTF-8.
  private mutating func readEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
    let start = offset
    guard offset + 1 < bytes.count else { throw JSONSyntaxError(offset: start, "string is not closed") }
    let letter = bytes[offset + 1]
    offset += 2
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(letter)
    case UInt8(ascii: "b"): buffer.append(0x08)
    case UInt8(ascii: "f"): buffer.append(0x0C)
    case UInt8(ascii: "n"): buffer.append(0x0A)
    case UInt8(ascii: "r"): buffer.append(0x0D)
    case UInt8(ascii: "t"): buffer.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try readHex4()
      if (0xD800...0xDBFF).contains(scalar) {
        guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
        else {
          throw JSONSyntaxError(
            offset: start, "a \\u escape for the first half of a surrogate pair is not followed by the second")
        }
        offset += 2
        let low = try readHex4()
        guard (0xDC00...0xDFFF).contains(low) else {
          throw JSONSyntaxError(offset: start, "invalid surrogate pair in a \\u escape")
        }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00...0xDFFF).contains(scalar) {
        throw JSONSyntaxError(offset: start, "a lone surrogate in a \\u escape is not a character")
      }
      guard let unicode = Unicode.Scalar(scalar) else { throw JSONSyntaxError(offset: start, "invalid \\u escape") }
      buffer.append(contentsOf: Array(String(Character(unicode)).utf8))
    default:
      throw JSONSyntaxError(offset: start, "unknown escape '\\\(Character(Unicode.Scalar(letter)))' in a string")
    }
  }

  private mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
    guard offset + 4 <= bytes.count else { throw JSONSyntaxError(offset: offset, "a \\u escape needs four hex digits") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[offset]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw JSONSyntaxError(offset: offset, "a \\u escape needs four hex digits")
      }
      value = value << 4 | UInt32(digit)
      offset += 1
    }
    return value
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

  private mutating func skipWhitespace() {
    offset = bytes.withUnsafeBufferPointer { buffer in
      var index = offset
      while index < buffer.count {
        switch buffer[index] {
        case 0x20, 0x0A, 0x0D, 0x09: index += 1
        default: return index
        }
      }
      return index
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

// The reading API: what the next value is, and reading it or stepping over it.
extension JSONScanner {
  /// The byte offset where the value about to be read starts.
  public mutating func valueOffset() -> Int {
    skipWhitespace()
    return offset
  }

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
}

// The byte-level loops under the reading API: checking UTF-8 ahead of the reading, handing
// back pages already read, and stepping over whitespace, digits, literals and separators.
extension JSONScanner {
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
  mutating func discardReadPages() {
    guard offset >= nextDiscard else { return }
    document.discard(below: min(offset, validUTF8End))
    nextDiscard = offset + Self.discardStep
  }

  mutating func advanceInContainer(closing: UInt8, name: String) throws(JSONSyntaxError) -> Bool {
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

  mutating func readLiteral(_ word: StaticString) throws(JSONSyntaxError) -> Bool {
    skipWhitespace()
    let length = word.utf8CodeUnitCount
    guard offset + length <= bytes.count else { return false }
    let matches = word.withUTF8Buffer { literal in
      (0..<length).allSatisfy { bytes[offset + $0] == literal[$0] }
    }
    if matches { offset += length }
    return matches
  }

  mutating func expect(_ byte: UInt8, _ message: String) throws(JSONSyntaxError) {
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

  mutating func skipDigits() {
    while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
  }

  func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  /// `'x'` for a printable byte, `byte 0xFF` for the rest.
  static func describe(_ byte: UInt8) -> String {
    (0x21...0x7E).contains(byte)
      ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16, uppercase: true))"
  }
}

// Strings: the one JSON value with escapes, surrogate pairs and UTF-8 to check, read and
// skipped here; the structure of values and containers is in JSONScanner.swift.

extension JSONScanner {
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
      offset = Self.nextSpecialByte(in: bytes, from: offset)
      guard offset < bytes.count else { throw JSONSyntaxError(offset: start, "string is not closed") }
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        let run = UnsafeBufferPointer(rebasing: bytes[runStart..<offset])
        offset += 1
        if buffer.isEmpty, isValidUTF8(upTo: offset) { return String(decoding: run, as: UTF8.self) }
        if buffer.isEmpty {
          guard let text = UTF8Text.string(run) else {
            throw JSONSyntaxError(offset: start, "string is not valid UTF-8")
          }
          return text
        }
        buffer.append(contentsOf: run)
        guard let text = buffer.withUnsafeBufferPointer(UTF8Text.string) else {
          throw JSONSyntaxError(offset: start, "string is not valid UTF-8")
        }
        return text
      } else if byte == UInt8(ascii: "\\") {
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
        try readEscape(into: &buffer)
        runStart = offset
      } else {
        throw JSONSyntaxError(
          offset: offset, "control character \(Self.describe(byte)) inside a string; write it as \\u00XX")
      }
    }
  }

  /// The offset of the next quote, backslash or control byte from `start` — where a string's
  /// plain run ends — or the count when there is none. Eight bytes are looked at at a time.
  static func nextSpecialByte(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var index = start
    if let base = buffer.baseAddress {
      let raw = UnsafeRawPointer(base)
      while index + 8 <= buffer.count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        // A byte is zero in `x` exactly when `(x - 1) & ~x` sets its high bit somewhere in
        // the word: zero for a quote or backslash after the XOR, below 0x20 for a control.
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let special =
          ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
        if special & highBits != 0 { break }
        index += 8
      }
    }
    while index < buffer.count {
      let byte = buffer[index]
      if byte == 0x22 || byte == 0x5C || byte < 0x20 { break }
      index += 1
    }
    return index
  }

  mutating func skipString() throws(JSONSyntaxError) {
    let start = offset
    offset += 1
    while offset < bytes.count {
      offset = Self.nextSpecialByte(in: bytes, from: offset)
      guard offset < bytes.count else { break }
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        offset += 1
        guard
          isValidUTF8(upTo: offset)
            || UTF8Text.isValid(
              UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(offset - 1)])))
        else {
          throw JSONSyntaxError(offset: start, "string is not valid UTF-8")
        }
        return
      }
      guard byte == UInt8(ascii: "\\") else {
        throw JSONSyntaxError(
          offset: offset, "control character \(Self.describe(byte)) inside a string; write it as \\u00XX")
      }
      var scratch: [UInt8] = []
      try readEscape(into: &scratch)
    }
    throw JSONSyntaxError(offset: start, "string is not closed")
  }

  /// Reads one escape sequence at `offset` (which is at the backslash) into `buffer` as UTF-8.
  mutating func readEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
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
      // NUL is refused where it is read, so that every output (PostgreSQL cannot store it in
      // text) and `validate` give one verdict.
      guard scalar != 0 else {
        throw JSONSyntaxError(
          offset: start, "a NUL character (\\u0000) is not allowed in catalog text; SQL engines cannot store it")
      }
      buffer.append(contentsOf: Array(String(Character(unicode)).utf8))
    default:
      throw JSONSyntaxError(offset: start, "unknown escape '\\\(Character(Unicode.Scalar(letter)))' in a string")
    }
  }

  mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
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
}

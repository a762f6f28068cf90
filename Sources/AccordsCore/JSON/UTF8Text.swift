/// Strict UTF-8 checking and fast `String` creation for the JSON scanner.
///
/// `String(validating:as:)` is generic and costs more than the rest of reading a string; most
/// catalog text is ASCII, which needs no more than a glance at each byte.
enum UTF8Text {
  /// The text of `bytes`, or `nil` when they are not valid UTF-8.
  static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard isValid(UnsafeRawBufferPointer(bytes)) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether `bytes` are well-formed UTF-8: no stray continuation bytes, no overlong forms, no
  /// surrogates, nothing above U+10FFFF.
  static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
    validPrefixLength(bytes) == bytes.count
  }

  /// How many bytes from the start are well-formed UTF-8: the offset of the first byte that
  /// is not, or the count when all are. ASCII is checked eight bytes at a time.
  static func validPrefixLength(_ raw: UnsafeRawBufferPointer) -> Int {
    var index = 0
    let end = raw.count
    while index < end {
      if index + 8 <= end, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        index += 8
        continue
      }
      let lead = raw[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var minimum: UInt8 = 0x80
      var maximum: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        minimum = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        maximum = 0x9F
      case 0xF0:
        length = 4
        minimum = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        maximum = 0x8F
      default: return index
      }
      guard end - index >= length else { return index }
      let second = raw[index + 1]
      guard second >= minimum, second <= maximum else { return index }
      for offset in 2..<length where raw[index + offset] & 0xC0 != 0x80 { return index }
      index += length
    }
    return end
  }
}

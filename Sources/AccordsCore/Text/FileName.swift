/// File names as the system spells them: bytes, which need not be UTF-8.
///
/// A command-line word that is not valid UTF-8 (a file name written by an older system in
/// Latin-1 or Shift_JIS) is carried in a `String` with each byte that does not decode as one
/// scalar of a private-use block, U+10EF80 to U+10EFFF for the bytes 0x80 to 0xFF, and turned
/// back into those bytes when the file is opened, so that the file named is the file read.
/// Messages show such a byte as `\x…` (see `VisibleText`). A name that is UTF-8 and holds
/// one of those private-use scalars itself would be opened as the byte it stands for: a block
/// at the end of plane 16 that no script or input method uses.
public enum FileName: Sendable {
  /// The scalars that stand for bytes that are not UTF-8.
  static let byteScalars: ClosedRange<UInt32> = 0x10EF80...0x10EFFF

  /// A command-line word from its bytes: the text itself when they are UTF-8, else each byte
  /// that does not decode carried as its private-use scalar.
  public static func word(fromBytes bytes: UnsafeBufferPointer<UInt8>) -> String {
    if let text = UTF8Text.string(bytes) { return text }
    var word = String.UnicodeScalarView()
    var index = 0
    while index < bytes.count {
      let length = UTF8Text.validPrefixLength(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[index...])))
      if length > 0 {
        word.append(
          contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + length]), as: UTF8.self)
            .unicodeScalars)
        index += length
      } else {
        word.append(Unicode.Scalar(byteScalars.lowerBound - 0x80 + UInt32(bytes[index])) ?? "\u{FFFD}")
        index += 1
      }
    }
    return String(word)
  }

  /// The NUL-terminated bytes to give the system for `path`.
  public static func systemBytes(_ path: String) -> [CChar] {
    var bytes: [CChar] = []
    bytes.reserveCapacity(path.utf8.count + 1)
    for scalar in path.unicodeScalars {
      if byteScalars.contains(scalar.value) {
        bytes.append(CChar(bitPattern: UInt8(scalar.value - byteScalars.lowerBound + 0x80)))
      } else {
        bytes.append(contentsOf: String(scalar).utf8.map { CChar(bitPattern: $0) })
      }
    }
    bytes.append(0)
    return bytes
  }

  /// The byte a scalar stands for, when it is one of the byte scalars.
  static func byte(for scalar: Unicode.Scalar) -> UInt8? {
    byteScalars.contains(scalar.value) ? UInt8(scalar.value - byteScalars.lowerBound + 0x80) : nil
  }
}

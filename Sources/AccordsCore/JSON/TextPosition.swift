/// A line and column in a text file, both counted from 1, the column in characters.
public struct TextPosition: Hashable, Sendable, CustomStringConvertible {
  public let line: Int
  public let column: Int

  /// Creates a position.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The position of byte `offset` in UTF-8 `bytes`: lines end at LF, and a column counts
  /// Unicode scalars, not bytes, so that it matches what an editor shows.
  public init(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
    self = Self.positions(of: [offset], in: bytes)[0]
  }

  public var description: String { "\(line):\(column)" }

  /// The positions of many offsets in one pass over `bytes`: the offsets in any order, the
  /// positions in the same order.
  public static func positions(of offsets: [Int], in bytes: UnsafeBufferPointer<UInt8>) -> [TextPosition] {
    let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
    var result = [TextPosition](repeating: TextPosition(line: 1, column: 1), count: offsets.count)
    var line = 1
    var column = 1
    var index = 0
    for slot in order {
      let target = min(offsets[slot], bytes.count)
      while index < target {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\n") {
          line += 1
          column = 1
        } else if byte & 0xC0 != 0x80 {
          column += 1
        }
        index += 1
      }
      result[slot] = TextPosition(line: line, column: column)
    }
    return result
  }
}

/// A JSON document whose objects keep their keys in the order they were built.
///
/// Foundation's `JSONEncoder` orders keys by hash unless told to sort them; Accords prints
/// records with `id` first and related fields together, the same way on every run.
public indirect enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .null: hasher.combine(0)
    case .bool(let value): hasher.combine(value)
    case .number(let value): hasher.combine(value)
    case .string(let value): hasher.combine(value)
    case .array(let values): hasher.combine(values)
    case .object(let members):
      for member in members {
        hasher.combine(member.key)
        hasher.combine(member.value)
      }
    }
  }

  /// An object from key–value pairs, leaving out pairs whose value is `nil`.
  public static func object(_ members: KeyValuePairs<String, JSONValue?>) -> JSONValue {
    .object(members.compactMap { key, value in value.map { (key: key, value: $0) } })
  }

  /// A string, or `nil` for a missing value, so optional fields drop out of objects.
  public static func stringIfPresent(_ value: String?) -> JSONValue? { value.map(JSONValue.string) }

  /// An integer count.
  public static func int(_ value: Int) -> JSONValue { .number(Double(value)) }

  /// The value pretty-printed with two-space indents, as `jq` prints it.
  public var prettyPrinted: String {
    var output: [UInt8] = []
    write(to: &output, indent: 0)
    return String(decoding: output, as: UTF8.self)
  }

  /// `prettyPrinted` ending with a newline, as a file or a command's output does; made without
  /// copying a large document once more to add the newline.
  public var prettyPrintedLine: String {
    var output: [UInt8] = []
    write(to: &output, indent: 0)
    output.append(UInt8(ascii: "\n"))
    return String(decoding: output, as: UTF8.self)
  }

  /// The list of `values`, each made by `value`, written exactly as
  /// `JSONValue.array(values.map(value)).prettyPrintedLine`, but each value made only when it is
  /// written and let go after: a long listing never holds the JSON of all its records at once.
  public static func prettyPrintedLine<Values: Collection>(
    listing values: Values, _ value: (Values.Element) -> JSONValue
  ) -> String {
    guard !values.isEmpty else { return "[]\n" }
    var output: [UInt8] = []
    output.append(contentsOf: openArray)
    var remaining = values.count
    for element in values {
      remaining -= 1
      writeIndent(1, to: &output)
      value(element).write(to: &output, indent: 1)
      output.append(contentsOf: remaining == 0 ? lastLine : nextLine)
    }
    output.append(contentsOf: Array("]\n".utf8))
    return String(decoding: output, as: UTF8.self)
  }

  /// The value on one line with no spaces, as JSON Lines wants each record.
  public var compact: String {
    var output: [UInt8] = []
    writeCompact(to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  private func writeCompact(to output: inout [UInt8]) {
    switch self {
    case .array(let values):
      output.append(UInt8(ascii: "["))
      for (offset, value) in values.enumerated() {
        if offset > 0 { output.append(UInt8(ascii: ",")) }
        value.writeCompact(to: &output)
      }
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      output.append(UInt8(ascii: "{"))
      for (offset, member) in members.enumerated() {
        if offset > 0 { output.append(UInt8(ascii: ",")) }
        Self.writeString(member.key, to: &output)
        output.append(UInt8(ascii: ":"))
        member.value.writeCompact(to: &output)
      }
      output.append(UInt8(ascii: "}"))
    default: write(to: &output, indent: 0)
    }
  }

  // Written as bytes rather than by appending to a String: a large export is millions of
  // small pieces, and byte appends cost a fraction of string appends.
  private func write(to output: inout [UInt8], indent: Int) {
    switch self {
    case .null: output.append(contentsOf: Self.nullBytes)
    case .bool(let value): output.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
    case .number(let value): output.append(contentsOf: Self.format(value).utf8)
    case .string(let value): Self.writeString(value, to: &output)
    case .array(let values):
      guard !values.isEmpty else { return output.append(contentsOf: Self.emptyArray) }
      output.append(contentsOf: Self.openArray)
      for (offset, value) in values.enumerated() {
        Self.writeIndent(indent + 1, to: &output)
        value.write(to: &output, indent: indent + 1)
        output.append(contentsOf: offset == values.count - 1 ? Self.lastLine : Self.nextLine)
      }
      Self.writeIndent(indent, to: &output)
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else { return output.append(contentsOf: Self.emptyObject) }
      output.append(contentsOf: Self.openObject)
      for (offset, member) in members.enumerated() {
        Self.writeIndent(indent + 1, to: &output)
        Self.writeString(member.key, to: &output)
        output.append(contentsOf: Self.colon)
        member.value.write(to: &output, indent: indent + 1)
        output.append(contentsOf: offset == members.count - 1 ? Self.lastLine : Self.nextLine)
      }
      Self.writeIndent(indent, to: &output)
      output.append(UInt8(ascii: "}"))
    }
  }

  private static func writeIndent(_ depth: Int, to output: inout [UInt8]) {
    for _ in 0..<depth { output.append(contentsOf: indentStep) }
  }

  // The pieces of pretty-printed JSON as bytes, made once: appending a string's UTF-8 view
  // goes through a generic path that costs more than the bytes it copies.
  private static let nullBytes = Array("null".utf8)
  private static let trueBytes = Array("true".utf8)
  private static let falseBytes = Array("false".utf8)
  private static let emptyArray = Array("[]".utf8)
  private static let openArray = Array("[\n".utf8)
  private static let emptyObject = Array("{}".utf8)
  private static let openObject = Array("{\n".utf8)
  private static let colon = Array(": ".utf8)
  private static let lastLine = Array("\n".utf8)
  private static let nextLine = Array(",\n".utf8)
  private static let indentStep = Array("  ".utf8)

  /// Whole numbers print without a fraction (`10000000000000`, not `1e13`); others in the
  /// shortest form that reads back to the same `Double`.
  public static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return String(Int64(value)) }
    return String(value)
  }

  /// Escapes quotes, backslashes, every control character (C1 and DEL included) and every
  /// invisible format or line-separating character (`Unicode.Scalar.isHiddenOrControl`), so
  /// that no text from a catalog reaches a terminal raw even through `--format json`, and the
  /// JSON still reads back exactly.
  static func writeString(_ text: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      // Runs of bytes that need no escape are copied whole; most strings are one run.
      var runStart = 0
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        // Printable ASCII other than a quote or a backslash, the most common case, is copied.
        if byte >= 0x20, byte < 0x7F, byte != 0x22, byte != 0x5C {
          index += 1
          continue
        }
        if byte >= 0x80 {
          // Most non-ASCII text (kana, kanji, accented letters) cannot be hidden: only a few
          // lead bytes need the scalar decoded and looked up.
          guard mayLeadHiddenScalar(byte) else {
            index += 1
            continue
          }
          let (scalar, length) = decodeScalar(bytes, at: index)
          guard scalar.isHiddenOrControl else {
            index += length
            continue
          }
          output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
          writeUnicodeEscape(scalar.value, to: &output)
          index += length
          runStart = index
          continue
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        switch byte {
        case 0x22: output.append(contentsOf: "\\\"".utf8)
        case 0x5C: output.append(contentsOf: "\\\\".utf8)
        case 0x0A: output.append(contentsOf: "\\n".utf8)
        case 0x0D: output.append(contentsOf: "\\r".utf8)
        case 0x09: output.append(contentsOf: "\\t".utf8)
        default: writeUnicodeEscape(UInt32(byte), to: &output)
        }
        index += 1
        runStart = index
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }
    output.append(UInt8(ascii: "\""))
  }

  /// Whether a UTF-8 lead byte can begin a scalar that `isHiddenOrControl` names: C1 controls
  /// and U+00AD (C2), Arabic and Syriac format characters (D8, DB, DC), U+08E2 (E0), U+180E
  /// (E1), the U+20xx controls and separators (E2), U+FEFF and U+FFF9–FFFB (EF), and the
  /// supplementary format characters (F0, F3). Japanese and most other text skips the look-up.
  private static func mayLeadHiddenScalar(_ byte: UInt8) -> Bool {
    switch byte {
    case 0xC2, 0xD8, 0xDB, 0xDC, 0xE0, 0xE1, 0xE2, 0xEF, 0xF0, 0xF3: true
    default: false
    }
  }

  /// The scalar that starts at `index` of well-formed UTF-8, and how many bytes it takes.
  private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    scalar: Unicode.Scalar, length: Int
  ) {
    let lead = UInt32(bytes[index])
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length where index + offset < bytes.count {
      value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// `\uXXXX`, as a surrogate pair above U+FFFF (JSON has no longer escape).
  private static func writeUnicodeEscape(_ value: UInt32, to output: inout [UInt8]) {
    guard value <= 0xFFFF else {
      let offset = value - 0x10000
      writeUnicodeEscape(0xD800 + (offset >> 10), to: &output)
      writeUnicodeEscape(0xDC00 + (offset & 0x3FF), to: &output)
      return
    }
    let hex = String(value, radix: 16, uppercase: true)
    output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
  }
}

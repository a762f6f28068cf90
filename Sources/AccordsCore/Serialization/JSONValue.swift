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
    var output = ""
    write(to: &output, indent: 0)
    return output
  }

  private func write(to output: inout String, indent: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .number(let value): output += Self.format(value)
    case .string(let value): Self.writeString(value, to: &output)
    case .array(let values):
      guard !values.isEmpty else { return output += "[]" }
      output += "[\n"
      for (offset, value) in values.enumerated() {
        output += String(repeating: "  ", count: indent + 1)
        value.write(to: &output, indent: indent + 1)
        output += offset == values.count - 1 ? "\n" : ",\n"
      }
      output += String(repeating: "  ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else { return output += "{}" }
      output += "{\n"
      for (offset, member) in members.enumerated() {
        output += String(repeating: "  ", count: indent + 1)
        Self.writeString(member.key, to: &output)
        output += ": "
        member.value.write(to: &output, indent: indent + 1)
        output += offset == members.count - 1 ? "\n" : ",\n"
      }
      output += String(repeating: "  ", count: indent) + "}"
    }
  }

  /// Whole numbers print without a fraction (`10000000000000`, not `1e13`); others in the
  /// shortest form that reads back to the same `Double`.
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return String(Int64(value)) }
    return String(value)
  }

  /// Escapes quotes, backslashes and every control character, C1 and DEL included, so that no
  /// text from a catalog reaches a terminal raw even through `--format json`.
  static func writeString(_ text: String, to output: inout String) {
    output += "\""
    // Most text needs no escaping; check its bytes once and copy it whole. C1 controls are
    // the two-byte sequences C2 80 to C2 9F.
    var previous: UInt8 = 0
    let plain = text.utf8.allSatisfy { byte in
      defer { previous = byte }
      return byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x7F
        && !(previous == 0xC2 && byte < 0xA0 && byte >= 0x80)
    }
    if plain {
      output += text
      output += "\""
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
        let hex = String(scalar.value, radix: 16, uppercase: true)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}

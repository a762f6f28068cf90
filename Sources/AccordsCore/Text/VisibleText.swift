/// Text with nothing hidden and nothing a terminal or a parser would act on.
public enum VisibleText: Sendable {
  /// `text` with every scalar that `Unicode.Scalar.isHiddenOrControl` names shown escaped:
  /// `\n`, `\r`, `\t` and `\e` for the common controls, `\u{…}` in hexadecimal for the rest
  /// (`\u{7}`, `\u{202e}`), except the scalars in `kept`; and a byte of a file name that is not
  /// UTF-8 (see `FileName`) as `\x` and its hexadecimal value. A backslash already in the text
  /// stays as it is: the escapes are for reading, not for reading back.
  public static func escaped(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
    // Printable ASCII, most catalog text, holds nothing to escape: a byte scan says so.
    if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) { return text }
    guard
      text.unicodeScalars.contains(where: {
        ($0.isHiddenOrControl || FileName.byte(for: $0) != nil) && !kept.contains($0)
      })
    else { return text }
    var output = ""
    output.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case _ where kept.contains(scalar): output.unicodeScalars.append(scalar)
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{1B}": output += "\\e"
      case _ where scalar.isHiddenOrControl: output += "\\u{\(String(scalar.value, radix: 16))}"
      case _ where FileName.byte(for: scalar) != nil:
        output += "\\x" + String(FileName.byte(for: scalar) ?? 0, radix: 16)
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}

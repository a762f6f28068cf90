import Testing

@testable import AccordsCore

/// What is shown escaped: controls, format characters and separators, by Unicode's categories.
@Suite struct HiddenScalarTests {
  private func isHiddenByCategory(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator: true
    default: false
    }
  }

  /// Every scalar: the rule, with its short cut for the common blocks, agrees with the
  /// categories of the standard library's Unicode data.
  @Test func agreesWithUnicodeCategoriesForEveryScalar() {
    var disagreements: [UInt32] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if scalar.isHiddenOrControl != isHiddenByCategory(scalar) { disagreements.append(value) }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(10).map { String($0, radix: 16) })")
  }

  @Test(arguments: [
    "\u{202E}", "\u{2066}", "\u{200B}", "\u{FEFF}", "\u{2028}", "\u{2029}", "\u{E0041}", "\u{1B}", "\u{9B}",
  ])
  func namesTheSpoofingCharacters(text: String) throws {
    let scalar = try #require(text.unicodeScalars.first)
    #expect(scalar.isHiddenOrControl)
    #expect(
      VisibleText.escaped("a" + text + "b") == "a\\"
        + (text == "\u{1B}" ? "e" : "u{\(String(scalar.value, radix: 16))}") + "b")
  }
}

extension Unicode.Scalar {
  /// Whether showing this scalar as it is could make text act, or look, other than it reads:
  /// the C0 and C1 controls and DEL (a terminal acts on them), the bidirectional controls and
  /// every other invisible format character (they reorder or hide text, as in "Trojan Source"
  /// spoofing: U+202E, U+2066, U+200B, U+FEFF, tag characters …), and the line and paragraph
  /// separators U+2028 and U+2029 (they break a line where none shows).
  ///
  /// Every output a person reads shows such a scalar escaped, and every output another program
  /// reads as code keeps it out of the code; this is the one rule for all of them.
  public var isHiddenOrControl: Bool {
    let value = value
    if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
    // Below U+00AD (the soft hyphen, the first format character) only controls need a look;
    // nor do the blocks most catalog text is written in, which hold no format character or
    // separator (Latin to Hebrew, Devanagari to Khmer, kana, kanji and Hangul, the compatibility
    // ideographs and the Arabic presentation forms; a test checks this against the standard
    // library's Unicode data), so they skip the property look-up.
    guard value >= 0xAD, !Self.blocksWithoutHiddenScalars.contains(where: { $0.contains(value) }) else {
      return false
    }
    switch properties.generalCategory {
    case .format, .lineSeparator, .paragraphSeparator: return true
    default: return false
    }
  }

  /// Blocks with no format character and no line or paragraph separator.
  static let blocksWithoutHiddenScalars: [ClosedRange<UInt32>] = [
    0x0100...0x05FF, 0x0900...0x17FF, 0x3000...0xD7FF, 0xF900...0xFEFE,
  ]
}

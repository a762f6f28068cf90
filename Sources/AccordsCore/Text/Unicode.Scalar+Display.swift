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
    // Below U+00AD (the soft hyphen, the first format character) only controls need a look.
    guard value >= 0xAD else { return false }
    switch properties.generalCategory {
    case .format, .lineSeparator, .paragraphSeparator: return true
    default: return false
    }
  }
}

import AccordsCore

/// Text put into an HTML page so that it is only ever text: never markup, never script.
enum HTMLText {
  /// `&`, `<`, `>`, `"` and `'` as character references, valid in element content and in quoted
  /// attribute values alike; control and invisible characters (a bidi override that would
  /// reorder a title on screen, a zero-width space) shown escaped as everywhere people read
  /// (`VisibleText`), line breaks kept.
  static func escaped(_ text: String) -> String {
    var output = ""
    for scalar in VisibleText.escaped(text, keeping: ["\n"]).unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&#39;"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// An address a link may point to: `http` and `https` only, so that no `javascript:` or
  /// `data:` address from a catalog ever becomes a link.
  static func linkable(_ url: String) -> Bool {
    let lower = url.lowercased()
    return (lower.hasPrefix("https://") || lower.hasPrefix("http://"))
      && !url.unicodeScalars.contains { $0.value < 0x21 || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" }
  }
}

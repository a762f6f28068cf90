extension Catalog {
  /// The regions a person most likely means by `name`: an English or Japanese name, an
  /// ISO 3166-2 code with or without its country prefix (`IN-TN`, `TN`, `JP-38`, `38`), or an
  /// alias, ignoring case, spacing, punctuation and Latin diacritics.
  ///
  /// - Returns: the matching regions; empty when nothing matches, more than one when the name
  ///   is ambiguous.
  public func regions(named name: String) -> [Region] {
    let key = TextFolding.compact(name)
    guard !key.isEmpty else { return [] }
    let trimmed = name.trimmingSpaces
    return regions.filter { region in
      let code = region.code.rawValue
      if code.caseInsensitiveEquals(trimmed) { return true }
      if let dash = code.firstIndex(of: "-"), code[code.index(after: dash)...].caseInsensitiveEquals(trimmed) {
        return true
      }
      let names = [region.name] + (region.nameJa.map { [$0] } ?? []) + region.aliases
      return names.contains { TextFolding.compact($0) == key }
    }
  }

  /// The partnerships with `region` on either side, oldest first.
  public func partnerships(involving region: Region.Code) -> [Partnership] {
    partnerships
      .filter { $0.involves(region) }
      .sorted(by: Partnership.isOlder)
  }
}

extension StringProtocol {
  func caseInsensitiveEquals(_ other: some StringProtocol) -> Bool {
    lowercased() == other.lowercased()
  }

  var trimmingSpaces: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}

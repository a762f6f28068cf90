extension String {
  /// This string with every occurrence of `target` replaced by `replacement`.
  ///
  /// FoundationEssentials has no `replacingOccurrences(of:with:)`, and Accords avoids the
  /// full Foundation for its start-up cost.
  public func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty, contains(target) else { return self }
    var result = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}

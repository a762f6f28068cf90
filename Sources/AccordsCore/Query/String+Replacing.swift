extension String {
  /// This string with every occurrence of `target` replaced by `replacement`, matched scalar
  /// by scalar.
  ///
  /// Matching by `Character` would miss a quote followed by a combining mark (`'` + U+0301 is
  /// one `Character`), and an escape that misses a quote lets text out of its literal; so this
  /// compares the UTF-8 bytes, where a well-formed target can only match whole scalars.
  /// FoundationEssentials has no `replacingOccurrences(of:with:)`, and Accords avoids the
  /// full Foundation for its start-up cost.
  public func replacingAll(_ target: String, with replacement: String) -> String {
    let needle = Array(target.utf8)
    guard let first = needle.first else { return self }
    var source = self
    return source.withUTF8 { bytes -> String in
      var output: [UInt8] = []
      var runStart = 0
      var index = 0
      while index < bytes.count {
        if bytes[index] == first, index + needle.count <= bytes.count,
          needle.indices.allSatisfy({ bytes[index + $0] == needle[$0] })
        {
          if output.isEmpty { output.reserveCapacity(bytes.count + replacement.utf8.count) }
          output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
          output.append(contentsOf: replacement.utf8)
          index += needle.count
          runStart = index
        } else {
          index += 1
        }
      }
      guard runStart > 0 else { return self }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
      return String(decoding: output, as: UTF8.self)
    }
  }
}

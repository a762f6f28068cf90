/// Finds where a path's value starts in a JSON document, for pointing a problem found after
/// reading (a broken reference, a duplicate id) at its line and column.
enum JSONLocator {
  /// The byte offset of the value at `path`, or of the deepest part of it that exists.
  ///
  /// - Parameter start: where the value that `path` is relative to starts; the document by
  ///   default, or a record found earlier, so that only that record is scanned.
  static func offset(of path: JSONPath, in document: DocumentBytes, from start: Int? = nil) -> Int {
    var scanner = start.map { JSONScanner(document: document, offset: $0) } ?? JSONScanner(document: document)
    var found = scanner.valueOffset()
    do {
      for component in path.components {
        switch component {
        case .key(let wanted):
          guard try scanner.peekKind() == .object else { return found }
          try scanner.beginObject()
          var located = false
          while let key = try scanner.nextKey() {
            if key == wanted {
              found = scanner.valueOffset()
              located = true
              break
            }
            try scanner.skipValue()
          }
          if !located { return found }
        case .index(let wanted):
          guard try scanner.peekKind() == .array else { return found }
          try scanner.beginArray()
          var index = 0
          var located = false
          while try scanner.nextElement() {
            if index == wanted {
              found = scanner.valueOffset()
              located = true
              break
            }
            try scanner.skipValue()
            index += 1
          }
          if !located { return found }
        }
      }
    } catch {
      return found
    }
    return found
  }
}

/// Finds where a path's value starts in a JSON document, for pointing a problem found after
/// reading (a broken reference, a duplicate id) at its line and column.
enum JSONLocator {
  /// For each path, the byte offset of its value, or of the deepest part of it that exists.
  /// All are found in one walk of the value at `start` (the document by default, or a record
  /// found earlier): linear in that value's size however many paths are asked for, where
  /// asking for each in turn would scan the record again for every problem.
  static func offsets(of paths: [JSONPath], in document: DocumentBytes, from start: Int? = nil) -> [Int] {
    var wanted: Set<[JSONPath.Component]> = []
    for path in paths {
      for length in 0...path.components.count { wanted.insert(Array(path.components.prefix(length))) }
    }
    var scanner = start.map { JSONScanner(document: document, offset: $0) } ?? JSONScanner(document: document)
    var found: [[JSONPath.Component]: Int] = [[]: scanner.valueOffset()]
    var current: [JSONPath.Component] = []
    // Descends only into values on the way to a wanted path and skips the rest; the depth is
    // at most the longest path's length.
    func walk() throws(JSONSyntaxError) {
      if found[current] == nil { found[current] = scanner.valueOffset() }
      switch try scanner.peekKind() {
      case .object:
        try scanner.beginObject()
        while let key = try scanner.nextKey() {
          try visit(.key(key))
        }
      case .array:
        try scanner.beginArray()
        var index = 0
        while try scanner.nextElement() {
          try visit(.index(index))
          index += 1
        }
      default:
        try scanner.skipValue()
      }
    }
    func visit(_ component: JSONPath.Component) throws(JSONSyntaxError) {
      current.append(component)
      if wanted.contains(current), found[current] == nil { try walk() } else { try scanner.skipValue() }
      current.removeLast()
    }
    do { try walk() } catch {}
    let fallback = found[[]] ?? 0
    return paths.map { path in
      for length in stride(from: path.components.count, through: 0, by: -1) {
        if let offset = found[Array(path.components.prefix(length))] { return offset }
      }
      return fallback
    }
  }
}

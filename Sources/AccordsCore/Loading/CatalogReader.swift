/// Reads one catalog file into a `CatalogDocument`, collecting every problem it can find on the
/// way — wrong types, unknown or missing fields, values outside a vocabulary, dates that do not
/// exist — each with its JSON path and byte offset. Only malformed JSON stops it early.
///
/// The field lists here are the catalog format; `Data/schema/catalog.schema.json` publishes the
/// same lists, and a test keeps the two equal.
struct CatalogReader {
  /// A problem found while reading, before its offset is turned into a line and column.
  struct Issue: Hashable, Sendable {
    let path: JSONPath
    let offset: Int
    let message: String
  }

  /// Where a top-level record was found: its index in its file's list and its byte offset.
  struct Origin: Hashable, Sendable {
    let index: Int
    let offset: Int
  }

  var scanner: JSONScanner
  private(set) var issues: [Issue] = []
  /// For each section (`agreements`, …), where each record that was read came from, in order.
  private(set) var origins: [String: [Origin]] = [:]

  init(bytes: [UInt8]) { scanner = JSONScanner(bytes: bytes) }

  /// Reads the whole file.
  ///
  /// - Parameter isPart: whether the file is one of several that together make a catalog, as
  ///   the bundled data is; a part need not carry the `dataset` section.
  /// - Throws: `JSONSyntaxError` when the bytes are not well-formed JSON.
  mutating func readDocument(isPart: Bool = false) throws(JSONSyntaxError) -> CatalogDocument {
    var document = CatalogDocument()
    _ = try object(at: .root, type: isPart ? "catalog part" : "catalog") {
      (reader, key, path) throws(JSONSyntaxError) in
      switch key {
      case "dataset": document.dataset = try reader.dataset(at: path)
      case "visits":
        document.visits = try reader.section(key, at: path) { (r, p) throws(JSONSyntaxError) in try r.visit(at: p) }
      case "sources":
        document.sources = try reader.section(key, at: path) { (r, p) throws(JSONSyntaxError) in try r.source(at: p) }
      case "areas":
        document.areas = try reader.section(key, at: path) { (r, p) throws(JSONSyntaxError) in try r.area(at: p) }
      case "agreements":
        document.agreements = try reader.section(key, at: path) { (r, p) throws(JSONSyntaxError) in
          try r.agreement(at: p)
        }
      case "initiatives":
        document.initiatives = try reader.section(key, at: path) { (r, p) throws(JSONSyntaxError) in
          try r.initiative(at: p)
        }
      case "partnerships":
        document.partnerships = try reader.section(key, at: path) { (r, p) throws(JSONSyntaxError) in
          try r.partnership(at: p)
        }
      case "figures":
        document.figures = try reader.section(key, at: path) { (r, p) throws(JSONSyntaxError) in try r.figure(at: p) }
      case "regions":
        document.regions = try reader.section(key, at: path) { (r, p) throws(JSONSyntaxError) in try r.region(at: p) }
      default: break
      }
    }
    try scanner.finish()
    return document
  }

  /// A top-level list of records, remembering where each record that was read came from.
  mutating func section<Element>(
    _ name: String, at path: JSONPath, _ element: (inout CatalogReader, JSONPath) throws(JSONSyntaxError) -> Element?
  ) throws(JSONSyntaxError) -> [Element]? {
    var places: [Origin] = []
    var index = 0
    let elements = try list(at: path) { (reader, elementPath) throws(JSONSyntaxError) -> Element? in
      let offset = reader.scanner.valueOffset()
      defer { index += 1 }
      guard let value = try element(&reader, elementPath) else { return nil }
      places.append(Origin(index: index, offset: offset))
      return value
    }
    origins[name] = places
    return elements
  }

  // MARK: - Structure

  /// Reads an object whose fields are those of `type` in `CatalogFormat`, calling `read` for
  /// each known field. Unknown fields are reported (with the nearest known name) and skipped;
  /// missing required fields are reported.
  ///
  /// - Returns: whether the value was an object with every required field.
  mutating func object(
    at path: JSONPath, type: String,
    _ read: (inout CatalogReader, String, JSONPath) throws(JSONSyntaxError) -> Void
  ) throws(JSONSyntaxError) -> Bool {
    let start = scanner.valueOffset()
    guard try expectKind(.object, at: path) else { return false }
    let format = CatalogFormat.fields[type] ?? .init(required: [], optional: [])
    try scanner.beginObject()
    var seen: Set<String> = []
    while true {
      let keyOffset = scanner.valueOffset()
      guard let key = try scanner.nextKey() else { break }
      let fieldPath = path.appending(key)
      guard format.all.contains(key) else {
        let suggestion = CatalogFormat.nearest(to: key, among: format.all).map { " (did you mean '\($0)'?)" } ?? ""
        report(fieldPath, keyOffset, "'\(key)' is not a field of \(CatalogFormat.describe(type))\(suggestion)")
        try scanner.skipValue()
        continue
      }
      if !seen.insert(key).inserted {
        report(fieldPath, keyOffset, "the field '\(key)' appears twice")
        try scanner.skipValue()
        continue
      }
      let before = scanner.offset
      try read(&self, key, fieldPath)
      if scanner.offset == before { try scanner.skipValue() }
    }
    let missing = format.required.filter { !seen.contains($0) }
    for field in missing {
      report(path.appending(field), start, "missing required field '\(field)' in \(CatalogFormat.describe(type))")
    }
    return missing.isEmpty
  }

  /// Reads a list, each element with `element`; elements that fail are reported and dropped,
  /// and the catalog as a whole is then invalid.
  mutating func list<Element>(
    at path: JSONPath, _ element: (inout CatalogReader, JSONPath) throws(JSONSyntaxError) -> Element?
  ) throws(JSONSyntaxError) -> [Element]? {
    guard try expectKind(.array, at: path) else { return nil }
    try scanner.beginArray()
    var elements: [Element] = []
    var index = 0
    while try scanner.nextElement() {
      if let value = try element(&self, path.appending(index)) { elements.append(value) }
      index += 1
    }
    return elements
  }

  /// Whether the next value is of `kind`; if not, reports it and skips it.
  mutating func expectKind(_ kind: JSONScanner.ValueKind, at path: JSONPath) throws(JSONSyntaxError) -> Bool {
    let offset = scanner.valueOffset()
    let actual = try scanner.peekKind()
    guard actual == kind else {
      report(path, offset, "expected \(kind.described), found \(actual.described)")
      try scanner.skipValue()
      return false
    }
    return true
  }

  mutating func report(_ path: JSONPath, _ offset: Int, _ message: String) {
    issues.append(Issue(path: path, offset: offset, message: message))
  }

  // MARK: - Values

  mutating func string(at path: JSONPath) throws(JSONSyntaxError) -> String? {
    guard try expectKind(.string, at: path) else { return nil }
    return try scanner.readString()
  }

  mutating func strings(at path: JSONPath) throws(JSONSyntaxError) -> [String]? {
    try list(at: path) { (reader, path) throws(JSONSyntaxError) in try reader.string(at: path) }
  }

  mutating func number(at path: JSONPath) throws(JSONSyntaxError) -> Double? {
    guard try expectKind(.number, at: path) else { return nil }
    return try scanner.readNumber()
  }

  mutating func integer(at path: JSONPath) throws(JSONSyntaxError) -> Int? {
    let offset = scanner.valueOffset()
    guard let value = try number(at: path) else { return nil }
    guard let integer = Int(exactly: value) else {
      report(path, offset, "expected a whole number, found \(value)")
      return nil
    }
    return integer
  }

  mutating func date(at path: JSONPath) throws(JSONSyntaxError) -> PartialDate? {
    let offset = scanner.valueOffset()
    guard let text = try string(at: path) else { return nil }
    guard let date = PartialDate(text) else {
      report(path, offset, "'\(text)' is not a date that exists; write YYYY, YYYY-MM or YYYY-MM-DD")
      return nil
    }
    return date
  }

  /// A value of a closed vocabulary, such as a document type.
  mutating func value<Value: RawRepresentable & CaseIterable>(
    _: Value.Type, at path: JSONPath, noun: String
  ) throws(JSONSyntaxError) -> Value? where Value.RawValue == String {
    let offset = scanner.valueOffset()
    guard let text = try string(at: path) else { return nil }
    if let value = Value(rawValue: text) { return value }
    let allowed = Value.allCases.map(\.rawValue)
    let hint =
      CatalogFormat.nearest(to: text, among: allowed).map { "did you mean '\($0)'?" }
      ?? "one of " + allowed.map { "'\($0)'" }.joined(separator: ", ")
    report(path, offset, "'\(text)' is not \(noun) (\(hint))")
    return nil
  }

  /// An identifier: a non-empty string.
  mutating func identifier<Subject>(_: Subject.Type, at path: JSONPath) throws(JSONSyntaxError) -> Identifier<Subject>?
  {
    try string(at: path).map(Identifier.init(rawValue:))
  }
}

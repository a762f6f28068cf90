/// Reads one catalog file into a `CatalogDocument`, collecting every problem it can find on the
/// way — wrong types, unknown or missing fields, values outside a vocabulary, dates that do not
/// exist — each with its JSON path and byte offset. Only malformed JSON stops it early.
///
/// It reads the fields `CatalogFormat` lists; `Data/schema/catalog.schema.json` publishes the
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
  /// What the command needs of the agreements; those it does not need whole are kept only in
  /// outline (`LeanReading`).
  var agreementNeeds = AgreementNeeds.whole
  /// The problems of each agreement on its own when they were found as it was read; `nil`
  /// when the agreements were read whole, to be checked with the rest.
  private(set) var agreementFindings: [CatalogValidator.Finding]?
  /// The sources cited in the record being read, with their offsets: kept so that a record
  /// that cannot be built (a bad type, a missing field) still has its citations checked.
  var citationsInRecord: [(source: Source.ID, offset: Int)] = []
  /// The citations of the top-level records that could not be built, by section and index,
  /// which the loader checks against the sources so that one pass reports every problem.
  private(set) var citationsOfUnbuiltRecords: [(section: String, index: Int, source: Source.ID, offset: Int)] = []
  /// Where the reader is: pushed and popped as it goes, so that no path is built unless a
  /// problem is reported.
  private var path: [JSONPath.Component] = []

  /// - Parameter checkingEachString: as for `JSONScanner(document:checkingEachString:)`;
  ///   loading uses the faster check ahead.
  init(document: DocumentBytes, checkingEachString: Bool = false) {
    scanner = JSONScanner(document: document, checkingEachString: checkingEachString)
  }

  /// A reader of bytes in memory, as `init(document:checkingEachString:)`.
  init(bytes: [UInt8], checkingEachString: Bool = false) {
    self.init(document: DocumentBytes(copying: bytes), checkingEachString: checkingEachString)
  }

  /// Reads the whole file.
  ///
  /// - Parameter isPart: whether the file is one of several that together make a catalog, as
  ///   the bundled data is; a part need not carry the `dataset` section.
  /// - Throws: `JSONSyntaxError` when the bytes are not well-formed JSON.
  mutating func readDocument(isPart: Bool = false) throws(JSONSyntaxError) -> CatalogDocument {
    var document = CatalogDocument()
    _ = try object(isPart ? CatalogFormat.catalogPart : CatalogFormat.catalog) {
      (reader, key) throws(JSONSyntaxError) in
      switch key {
      case "dataset": document.dataset = try reader.dataset()
      case "visits": document.visits = try reader.section(key) { (r) throws(JSONSyntaxError) in try r.visit() }
      case "sources": document.sources = try reader.section(key) { (r) throws(JSONSyntaxError) in try r.source() }
      case "areas": document.areas = try reader.section(key) { (r) throws(JSONSyntaxError) in try r.area() }
      case "parties": document.parties = try reader.section(key) { (r) throws(JSONSyntaxError) in try r.party() }
      case "people": document.people = try reader.section(key) { (r) throws(JSONSyntaxError) in try r.person() }
      case "agreements":
        if var lean = LeanReading(needing: reader.agreementNeeds, after: document) {
          document.agreements = try reader.section(key) { (r) throws(JSONSyntaxError) in
            try r.agreement().map { lean.take($0) }
          }
          reader.agreementFindings = lean.findings
        } else {
          document.agreements = try reader.section(key) { (r) throws(JSONSyntaxError) in try r.agreement() }
        }
      case "initiatives":
        document.initiatives = try reader.section(key) { (r) throws(JSONSyntaxError) in try r.initiative() }
      case "partnerships":
        document.partnerships = try reader.section(key) { (r) throws(JSONSyntaxError) in try r.partnership() }
      case "figures": document.figures = try reader.section(key) { (r) throws(JSONSyntaxError) in try r.figure() }
      case "regions": document.regions = try reader.section(key) { (r) throws(JSONSyntaxError) in try r.region() }
      default: break
      }
    }
    try scanner.finish()
    return document
  }

  /// A top-level list of records, remembering where each record that was read came from.
  mutating func section<Element>(
    _ name: String, _ element: (inout CatalogReader) throws(JSONSyntaxError) -> Element?
  ) throws(JSONSyntaxError) -> [Element]? {
    var places: [Origin] = []
    var index = 0
    let elements = try list { (reader) throws(JSONSyntaxError) -> Element? in
      let offset = reader.scanner.valueOffset()
      defer { index += 1 }
      reader.citationsInRecord.removeAll(keepingCapacity: true)
      guard let value = try element(&reader) else {
        for citation in reader.citationsInRecord {
          reader.citationsOfUnbuiltRecords.append((name, index, citation.source, citation.offset))
        }
        return nil
      }
      places.append(Origin(index: index, offset: offset))
      return value
    }
    origins[name] = places
    return elements
  }

  // MARK: - Structure

  /// Reads an object with the fields of `format`, calling `read` for each known field.
  /// Unknown fields are reported (with the nearest known name) and skipped; repeated and
  /// missing required fields are reported.
  ///
  /// - Returns: whether the value was an object with every required field.
  mutating func object(
    _ format: CatalogFormat.Fields, _ read: (inout CatalogReader, String) throws(JSONSyntaxError) -> Void
  ) throws(JSONSyntaxError) -> Bool {
    let start = scanner.valueOffset()
    guard try expectKind(.object) else { return false }
    try scanner.beginObject()
    var seen: UInt32 = 0
    var previous = -1
    while true {
      let keyOffset = scanner.valueOffset()
      guard let rawKey = try scanner.nextRawKey() else { break }
      let index = format.index(of: rawKey, in: scanner, after: previous)
      // A known name is the format's own string, so no text is made for it.
      let key = index.map { format.all[$0] } ?? scanner.text(rawKey)
      path.append(.key(key))
      defer { path.removeLast() }
      guard let index else {
        let suggestion = CatalogFormat.nearest(to: key, among: format.all).map { " (did you mean '\($0)'?)" } ?? ""
        report(
          keyOffset,
          "'\(CatalogFormat.shortened(key))' is not a field of \(CatalogFormat.describe(format.type))\(suggestion)")
        try scanner.skipValue()
        continue
      }
      guard seen & 1 << UInt32(index) == 0 else {
        report(keyOffset, "the field '\(CatalogFormat.shortened(key))' appears twice")
        try scanner.skipValue()
        continue
      }
      seen |= 1 << UInt32(index)
      previous = index
      let before = scanner.offset
      try read(&self, key)
      if scanner.offset == before { try scanner.skipValue() }
    }
    let missing = format.requiredMask & ~seen
    guard missing == 0 else {
      for (index, field) in format.all.enumerated() where missing & 1 << UInt32(index) != 0 {
        report(start, "missing required field '\(field)' in \(CatalogFormat.describe(format.type))", field: field)
      }
      return false
    }
    return true
  }

  /// Reads a list, each element with `element`; elements that fail are reported and dropped,
  /// and the catalog as a whole is then invalid.
  mutating func list<Element>(
    _ element: (inout CatalogReader) throws(JSONSyntaxError) -> Element?
  ) throws(JSONSyntaxError) -> [Element]? {
    guard try expectKind(.array) else { return nil }
    try scanner.beginArray()
    var elements: [Element] = []
    var index = 0
    while try scanner.nextElement() {
      path.append(.index(index))
      defer { path.removeLast() }
      if let value = try element(&self) { elements.append(value) }
      index += 1
    }
    return elements
  }

  /// Whether the next value is of `kind`; if not, reports it and skips it.
  mutating func expectKind(_ kind: JSONScanner.ValueKind) throws(JSONSyntaxError) -> Bool {
    let offset = scanner.valueOffset()
    let actual = try scanner.peekKind()
    guard actual == kind else {
      report(offset, "expected \(kind.described), found \(actual.described)")
      try scanner.skipValue()
      return false
    }
    return true
  }

  /// Records a problem at the current path, or at one of its fields.
  mutating func report(_ offset: Int, _ message: String, field: String? = nil) {
    var components = path
    if let field { components.append(.key(field)) }
    issues.append(Issue(path: JSONPath(components: components), offset: offset, message: message))
  }

  // MARK: - Values

  mutating func string() throws(JSONSyntaxError) -> String? {
    guard try expectKind(.string) else { return nil }
    return try scanner.readString()
  }

  mutating func strings() throws(JSONSyntaxError) -> [String]? {
    try list { (reader) throws(JSONSyntaxError) in try reader.string() }
  }

  mutating func number() throws(JSONSyntaxError) -> Double? {
    guard try expectKind(.number) else { return nil }
    return try scanner.readNumber()
  }

  /// A number no larger in magnitude than `limit`; a larger one is reported where it stands.
  mutating func number(upTo limit: Double) throws(JSONSyntaxError) -> Double? {
    let offset = scanner.valueOffset()
    guard let value = try number() else { return nil }
    guard abs(value) <= limit else {
      report(
        offset,
        "\(JSONValue.format(value)) is out of range; a value's magnitude may be at most \(JSONValue.format(limit))")
      return nil
    }
    return value
  }

  /// The largest count or ordinal a catalog may hold: 2³¹ − 1, the largest `INTEGER` of
  /// PostgreSQL (and of SQLite and DuckDB), so that every output can hold every number.
  static let largestWholeNumber = 2_147_483_647

  mutating func integer() throws(JSONSyntaxError) -> Int? {
    let offset = scanner.valueOffset()
    guard let value = try number() else { return nil }
    guard let integer = Int(exactly: value) else {
      report(offset, "expected a whole number, found \(value)")
      return nil
    }
    guard (-Self.largestWholeNumber...Self.largestWholeNumber).contains(integer) else {
      report(
        offset,
        "\(integer) is too large: counts and ordinals may be at most \(Self.largestWholeNumber), what every SQL engine's INTEGER holds"
      )
      return nil
    }
    return integer
  }

  mutating func boolean() throws(JSONSyntaxError) -> Bool? {
    guard try expectKind(.bool) else { return nil }
    return try scanner.readBool()
  }

  mutating func date() throws(JSONSyntaxError) -> PartialDate? {
    let offset = scanner.valueOffset()
    guard let text = try string() else { return nil }
    guard let date = PartialDate(text) else {
      report(offset, "'\(CatalogFormat.shortened(text))' is not a date that exists; write YYYY, YYYY-MM or YYYY-MM-DD")
      return nil
    }
    return date
  }

  /// A value of a closed vocabulary, such as a document type.
  mutating func value<Value: RawRepresentable & CaseIterable>(
    _: Value.Type, noun: String
  ) throws(JSONSyntaxError) -> Value? where Value.RawValue == String {
    let offset = scanner.valueOffset()
    guard let text = try string() else { return nil }
    if let value = Value(rawValue: text) { return value }
    let allowed = Value.allCases.map(\.rawValue)
    let hint =
      CatalogFormat.nearest(to: text, among: allowed).map { "did you mean '\($0)'?" }
      ?? "one of " + allowed.map { "'\($0)'" }.joined(separator: ", ")
    report(offset, "'\(CatalogFormat.shortened(text))' is not \(noun) (\(hint))")
    return nil
  }

  /// An identifier.
  mutating func identifier<Subject>(_: Subject.Type) throws(JSONSyntaxError) -> Identifier<Subject>? {
    try string().map(Identifier.init(rawValue:))
  }
}

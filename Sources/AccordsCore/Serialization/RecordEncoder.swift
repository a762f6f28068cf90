/// The one JSON encoding of each kind of record, in two styles.
///
/// `.file` is the published catalog format that `export` writes and `--data` reads back byte for
/// byte: citations by source id, optional lists left out when empty. `.expanded` is what
/// `--format json` prints for people's scripts: every citation expanded into its source with
/// the quote, lists always present, and values derived from the catalog (a type's name, a
/// partnership's status, an area's documents) added. Keys keep one fixed order in both.
public struct RecordEncoder: Sendable {
  /// Which of the two encodings to write.
  public enum Style: Sendable {
    /// The published catalog format, as `export` writes it.
    case file
    /// Command output: citations expanded, derived values added.
    case expanded
  }

  public let catalog: Catalog
  public let style: Style
  /// The day statuses are worked out for; `nil` for the dataset's as-of date.
  public let asOf: PartialDate?

  /// Creates an encoder for records of `catalog`.
  public init(catalog: Catalog, style: Style, asOf: PartialDate? = nil) {
    self.catalog = catalog
    self.style = style
    self.asOf = asOf
  }

  /// Any record's JSON.
  public func encode(_ record: any CatalogRecord) -> JSONValue { record.encoded(by: self) }

  // MARK: - Parts

  /// Citations: by source id in the file, each expanded into its source with the quote otherwise.
  public func citations(_ citations: [Citation]) -> JSONValue {
    switch style {
    case .file:
      .array(citations.map { .object(["source": .string($0.source.rawValue), "quote": .stringIfPresent($0.quote)]) })
    case .expanded:
      .array(
        citations.compactMap { citation in catalog.source(citation.source).map { source($0, quote: citation.quote) } })
    }
  }

  /// A relation: its kind, its target, and in command output the target's title.
  func relation<Record>(_ relation: Relation<Record>, title: String?) -> JSONValue {
    .object([
      "kind": .string(relation.kind.rawValue), "target": .string(relation.target.rawValue),
      "title": derived(.stringIfPresent(title)), "sources": citations(relation.sources),
    ])
  }

  /// The later records that relate to one, as `{"kind", "from", "title"}`: the 2008 declaration
  /// lists the 2025 one that `updates` it.
  func later(_ entries: [(kind: String, id: String, title: String)]) -> JSONValue {
    .array(entries.map { .object(["kind": .string($0.kind), "from": .string($0.id), "title": .string($0.title)]) })
  }

  public func note(_ note: Note) -> JSONValue {
    .object([
      "kind": .string(note.kind.rawValue), "text": .string(note.text),
      "sources": note.sources.isEmpty ? nil : citations(note.sources),
    ])
  }

  /// A region by code, and in command output also by name: `{"code": …, "name": …, "nameJa": …}`.
  public func regionReference(_ code: Region.Code) -> JSONValue {
    let region = catalog.region(code)
    return .object([
      "code": .string(code.rawValue), "name": .stringIfPresent(region?.name),
      "nameJa": .stringIfPresent(region?.nameJa),
    ])
  }

  /// The status on the encoder's day (the dataset's as-of date unless `asOf` says otherwise):
  /// `{"status": "in-force", "until": "2028-10", "asOf": …}`; `until` is the end of the last
  /// known term.
  public func status(of partnership: Partnership) -> JSONValue {
    let day = asOf ?? catalog.dataset.asOf
    let status = partnership.status(on: day)
    let date: PartialDate? =
      switch status {
      case .inForce(let until): until
      case .termEnded(let end): end
      case .inForceBeforeRenewal, .noTermStated, .notYetSigned: nil
      }
    return .object([
      "status": .string(status.kind.rawValue), "until": .stringIfPresent(date?.description),
      "asOf": .string(day.description),
    ])
  }

  /// Where an instrument stands on the encoder's day (the dataset's as-of date unless
  /// `asOf` says otherwise): `{"status": "in-force", "since": "1960-06-13", "amendedBy": […], "asOf": …}`.
  public func status(of agreement: Agreement) -> JSONValue {
    let day = asOf ?? catalog.dataset.asOf
    let status = catalog.status(of: agreement, on: day)
    var since: String?
    var by: [String] = []
    var ended: String?
    switch status {
    case .inForce(let start, let amenders):
      since = start.description
      by = amenders.map(\.rawValue)
    case .replaced(let replacer): by = [replacer.rawValue]
    case .ended(_, let date): ended = date?.description
    default: break
    }
    return .object([
      "status": .string(status.kind.rawValue), "since": .stringIfPresent(since),
      "amendedBy": status.kind == .inForce && !by.isEmpty ? .array(by.map(JSONValue.string)) : nil,
      "replacedBy": status.kind == .replaced ? .stringIfPresent(by.first) : nil,
      "ended": .stringIfPresent(ended), "asOf": .string(day.description),
    ])
  }

  // MARK: - The rules that tell the styles apart

  /// In command output, which contesting notes a record has (`["conflict", "unconfirmed"]`), so
  /// that a script sees a contested record as a table marks it.
  func contested(_ notes: [Note]) -> JSONValue? {
    derived(.array(Note.contested(notes).map { .string($0.rawValue) }))
  }

  /// A list the file may leave out when empty, as the reader reads a missing list as empty;
  /// command output always shows it.
  public func list<Element>(_ elements: [Element], _ transform: (Element) -> JSONValue) -> JSONValue? {
    style == .file && elements.isEmpty ? nil : .array(elements.map(transform))
  }

  /// A list left out when empty in both styles.
  public func omittedWhenEmpty<Element>(_ elements: [Element], _ transform: (Element) -> JSONValue) -> JSONValue? {
    elements.isEmpty ? nil : .array(elements.map(transform))
  }

  /// A value worked out from the catalog: in command output only, never in the file.
  func derived(_ value: @autoclosure () -> JSONValue?) -> JSONValue? {
    style == .expanded ? value() : nil
  }

  /// A region as its code in the file, as a reference with its names in command output.
  func regionField(_ code: Region.Code) -> JSONValue {
    style == .file ? .string(code.rawValue) : regionReference(code)
  }
}

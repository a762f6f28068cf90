/// The name index of a catalog image: every name's compact form (`TextFolding.compact`) with
/// the records it names, so that resolving a name over a large catalog (`show`, `partners`,
/// `--party`, `--visit`) reads the few entries of that name instead of folding every name of
/// every record first.
///
/// Each key lists its names in the order `NameResolver` meets them in memory (kinds in
/// `RecordKind` order, records in catalog order, names in the record's order), four numbers
/// each: the kind's place, the record's place in its kind, the name's place among the record's
/// names, and how it matches (`NameResolver.Reason.storedTag`). So a resolver over the image
/// finds the same matches, in the same order, as one built in memory.
struct ImageNames: Sendable {
  /// The section it lies in, read on its own, where damage found in it is noted.
  private let section: ImageSection
  private let index: ImagePagedLists

  /// Steps over the index at the reader's place.
  init(_ reader: inout ImageReader, in section: ImageSection, pages: ImageSections) throws(ImageDamage) {
    self.section = section
    index = try ImagePagedLists(&reader, in: section, pages: pages)
  }

  /// The records of `kinds` a name with the compact form `key` names, each with how; none, with
  /// the damage noted, where the index names a record the catalog does not hold.
  func matches(for key: String, among kinds: Set<RecordKind>, in catalog: Catalog) -> [(
    subject: RecordReference, reason: NameResolver.Reason
  )] {
    let allKinds = RecordKind.allCases
    do throws(ImageDamage) {
      let numbers = try index.values(for: key)
      guard numbers.count % 4 == 0 else {
        throw ImageDamage(offset: index.table, reason: "a name's entry is cut short")
      }
      var matches: [(subject: RecordReference, reason: NameResolver.Reason)] = []
      for start in stride(from: 0, to: numbers.count, by: 4) {
        guard numbers[start] < allKinds.count else {
          throw ImageDamage(offset: index.table, reason: "a name's entry names no kind of record")
        }
        let kind = allKinds[numbers[start]]
        guard kinds.contains(kind) else { continue }
        guard let record = catalog.record(of: kind, at: numbers[start + 1]) else {
          throw ImageDamage(offset: index.table, reason: "a name's entry names a record the index does not hold")
        }
        if let reason = NameResolver.Reason(storedTag: numbers[start + 3]) {
          matches.append((record.reference, reason))
        } else {
          // An alias: what the name stands for is read from the record itself.
          let names = record.names
          guard numbers[start + 2] < names.count else {
            throw ImageDamage(offset: index.table, reason: "a name's entry names a name the record does not have")
          }
          matches.append((record.reference, names[numbers[start + 2]].reason))
        }
      }
      return matches
    } catch {
      section.failures.note(error)
      return []
    }
  }
}

extension ImageWriter {
  /// Writes the name index of `catalog`, as `ImageNames` reads it: its pages to `rest`.
  mutating func names(of catalog: Catalog, pages rest: inout ImageWriter, pageSize: Int) {
    var lists: [String: [Int]] = [:]
    for (kindPlace, kind) in RecordKind.allCases.enumerated() {
      for (position, record) in catalog.records(of: kind).enumerated() {
        for (namePlace, name) in record.names.enumerated() {
          let key = TextFolding.compact(name.text)
          guard !key.isEmpty else { continue }
          lists[key, default: []] += [kindPlace, position, namePlace, name.reason.storedTag]
        }
      }
    }
    pagedLists(lists, pages: &rest, pageSize: pageSize)
  }
}

extension NameResolver.Reason {
  /// How the reason is kept in an image's name index: its case, where an alias's (6) is read
  /// back from the record.
  var storedTag: Int {
    switch self {
    case .exact: 0
    case .code: 1
    case .japaneseName: 2
    case .hindiName: 3
    case .suffixedName: 4
    case .familyName: 5
    case .alias: 6
    }
  }

  /// The reason kept as `tag`; `nil` for an alias, which the record says more of.
  init?(storedTag tag: Int) {
    switch tag {
    case 0: self = .exact
    case 1: self = .code
    case 2: self = .japaneseName
    case 3: self = .hindiName
    case 4: self = .suffixedName
    case 5: self = .familyName
    default: return nil
    }
  }
}

/// The word index of a catalog image: every word search compares (`Words`), with the records
/// holding it, so that `search` over a large catalog looks closely only at the records that
/// hold a word of the query, not at every record.
///
/// A record is numbered by its place in `Catalog.records` (kinds in `RecordKind` order, records
/// in catalog order); each word lists the numbers of the records holding it in any search
/// field, ascending, each written as its difference from the one before. Beside the index, how
/// many records each kind has, to turn a number back into a kind and a place.
///
/// The index only narrows: every record it offers is matched by the same code as in memory,
/// so a search answers from the image exactly as from the JSON. It offers every record a group
/// of the query could match: those holding the group's first word whole, or a word it begins
/// where search matches a word's start, or the first word of a phrase the group's acronym
/// stands for. A group whose first word is Japanese script, which search finds inside words,
/// does not narrow.
struct ImageWords: Sendable {
  /// The section it lies in, read on its own, where damage found in it is noted.
  private let section: ImageSection
  private let index: ImagePagedLists
  /// How many records each kind has, in `RecordKind` order.
  private let counts: [Int]

  /// Steps over the index at the reader's place.
  init(_ reader: inout ImageReader, in section: ImageSection, pages: ImageSections) throws(ImageDamage) {
    self.section = section
    counts = try reader.list { r throws(ImageDamage) in try r.number() }
    guard counts.count == RecordKind.allCases.count else {
      throw ImageDamage(offset: reader.offset, reason: "its word index counts another set of kinds")
    }
    index = try ImagePagedLists(&reader, in: section, pages: pages)
  }

  /// The records, by kind and place and in `Catalog.records` order, that could hold every
  /// group of `query`; `nil` when no group narrows the search, or the index is damaged (noted).
  func candidates(for query: SearchQuery, acronyms: AcronymIndex) -> [(kind: RecordKind, position: Int)]? {
    do throws(ImageDamage) {
      var numbers: [Int]?
      for group in query.groups {
        guard let holding = try records(holding: group, acronyms: acronyms) else { continue }
        numbers = numbers.map { Self.common($0, holding) } ?? holding
      }
      return try numbers.map(places)
    } catch {
      section.failures.note(error)
      return nil
    }
  }

  /// The records that could hold `group`, ascending; `nil` when the index cannot tell.
  private func records(holding group: SearchQuery.Group, acronyms: AcronymIndex) throws(ImageDamage) -> [Int]? {
    guard let first = group.words.first, !group.ideographic[0] else { return nil }
    // Search matches the start of a word only for a group's last word, of three letters or
    // more, not a number (`WordMatch.find`).
    let byStart = group.words.count == 1 && !group.numbers[0] && first.count >= 3
    var lists = [try numbers(for: first, orWordsStartingWith: byStart)]
    if group.words.count == 1 {
      for phrase in acronyms.expansions[first] ?? [] {
        guard let word = phrase.first else { continue }
        lists.append(try numbers(for: word, orWordsStartingWith: phrase.count == 1 && word.count >= 3))
      }
    }
    return lists.count == 1 ? lists[0] : Array(Set(lists.joined())).sorted()
  }

  /// The records holding `word`, or a word it begins when `byStart`, ascending.
  private func numbers(for word: String, orWordsStartingWith byStart: Bool) throws(ImageDamage) -> [Int] {
    let lists =
      byStart ? try index.values(startingWith: word) : [try index.values(for: word)]
    var numbers: [Int] = []
    for deltas in lists {
      var number = 0
      for (place, delta) in deltas.enumerated() {
        let (sum, overflow) = number.addingReportingOverflow(delta)
        guard !overflow, place == 0 || delta > 0 else {
          throw ImageDamage(offset: index.table, reason: "a word's records are out of order")
        }
        number = sum
        numbers.append(number)
      }
    }
    return lists.count == 1 ? numbers : Array(Set(numbers)).sorted()
  }

  /// The numbers in both ascending lists.
  private static func common(_ first: [Int], _ second: [Int]) -> [Int] {
    var (i, j, both) = (0, 0, [Int]())
    while i < first.count, j < second.count {
      if first[i] == second[j] {
        both.append(first[i])
        i += 1
        j += 1
      } else if first[i] < second[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return both
  }

  /// Each record number as its kind and place among the records of that kind.
  private func places(_ numbers: [Int]) throws(ImageDamage) -> [(kind: RecordKind, position: Int)] {
    let kinds = RecordKind.allCases
    var result: [(kind: RecordKind, position: Int)] = []
    result.reserveCapacity(numbers.count)
    var kind = 0
    var start = 0
    for number in numbers {
      while kind < counts.count, number >= start + counts[kind] {
        start += counts[kind]
        kind += 1
      }
      guard kind < counts.count else {
        throw ImageDamage(offset: index.table, reason: "a word names a record the index does not hold")
      }
      result.append((kinds[kind], number - start))
    }
    return result
  }
}

extension ImageWriter {
  /// Writes the word index of `catalog`, as `ImageWords` reads it, its pages to `rest`. The two halves of the
  /// records are read side by side, each on a core; cutting every field of a large catalog
  /// into words is most of the time an index takes to build.
  mutating func words(of catalog: Catalog, pages rest: inout ImageWriter, pageSize: Int) {
    let counts = RecordKind.allCases.map { catalog.records(of: $0).count }
    let records = catalog.records
    let middle = records.count / 2
    let (second, first) = sideBySide(
      { WordPostings(records[middle...], numberedFrom: middle, in: catalog) },
      { WordPostings(records[..<middle], numberedFrom: 0, in: catalog) })
    var lists: [String: [Int]] = [:]
    lists.reserveCapacity(first.keys.count)
    for part in [first, second] {
      for (id, key) in part.keys.enumerated() { lists[key, default: []] += part.numbers[id] }
    }
    // Each number after the first as its difference from the one before: a few bits a record.
    for key in lists.keys {
      lists[key]?.withUnsafeMutableBufferPointer { numbers in
        for place in numbers.indices.dropFirst().reversed() { numbers[place] -= numbers[place - 1] }
      }
    }
    list(counts) { $0.count($1) }
    pagedLists(lists, pages: &rest, pageSize: pageSize)
  }
}

/// The words of some records, each with the numbers of the records holding it, ascending.
private struct WordPostings: Sendable {
  /// Each word once, in the order first met; a word's place is its number here.
  private(set) var keys: [String] = []
  private(set) var numbers: [[Int]] = []

  init(_ records: ArraySlice<any CatalogRecord>, numberedFrom first: Int, in catalog: Catalog) {
    var places: [String: Int] = [:]
    for (offset, record) in records.enumerated() {
      let number = first + offset
      for field in record.searchFields(in: catalog) {
        for word in Words(field.text).words {
          if let place = places[word.key] {
            if numbers[place].last != number { numbers[place].append(number) }
          } else {
            places[word.key] = keys.count
            keys.append(word.key)
            numbers.append([number])
          }
        }
      }
    }
  }
}

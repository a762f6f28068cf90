/// A large index kept in a catalog image in pages: each page an `ImageKeyedLists` of about
/// `pageSize` bytes in a section of its own, and a directory of the first key of each page.
/// A lookup reads the directory and the one page that can hold the key, as a B-tree of two
/// levels would, not the whole index: the name index of a quarter of a million agreements is
/// tens of megabytes, a page a few dozen kilobytes.
public struct ImagePagedLists: Sendable {
  /// The directory's section, where damage found in it is noted.
  let section: ImageSection
  /// Where damage that is not a page's is said to be: the directory's start.
  let table = 0
  private let firstKeys: [String]
  private let pages: [Deferred<ImageKeyedLists?>]

  /// The bytes a page holds, about; a page holds one key at least, however long its list.
  public static let pageSize = 1 << 16

  /// Reads the directory at the reader's place in `section`; each page's place is one of
  /// `sections`, read when a lookup first needs it.
  init(_ reader: inout ImageReader, in section: ImageSection, pages sections: ImageSections) throws(ImageDamage) {
    self.section = section
    var firstKeys: [String] = []
    var pages: [Deferred<ImageKeyedLists?>] = []
    for _ in 0..<(try reader.count()) {
      firstKeys.append(try reader.string())
      pages.append(try sections.next(in: &reader) { r, page throws(ImageDamage) in try ImageKeyedLists(&r, in: page) })
    }
    self.firstKeys = firstKeys
    self.pages = pages
  }

  /// The numbers listed under `key`, in the order written; empty when the key is not there.
  func values(for key: String) throws(ImageDamage) -> [Int] {
    guard let page = page(holding: key) else { return [] }
    return try read(page) { lists throws(ImageDamage) in try lists.values(for: key) }
  }

  /// The lists of every key that begins with `prefix`, one list a key, in the keys' order.
  func values(startingWith prefix: String) throws(ImageDamage) -> [[Int]] {
    let end = prefix + "\u{10FFFF}"
    var lists: [[Int]] = []
    var place = page(holding: prefix) ?? 0
    guard place < pages.count else { return [] }
    repeat {
      lists += try read(place) { lists throws(ImageDamage) in try lists.values(startingWith: prefix) }
      place += 1
    } while place < pages.count && firstKeys[place] < end
    return lists
  }

  /// The place of the last page whose first key is not after `key`; `nil` when every page's is.
  private func page(holding key: String) -> Int? {
    var (low, high) = (0, firstKeys.count)
    while low < high {
      let middle = low + (high - low) / 2
      if firstKeys[middle] <= key { low = middle + 1 } else { high = middle }
    }
    return low == 0 ? nil : low - 1
  }

  /// What `lookUp` finds in page `place`; damage in the page is noted where it lies, and
  /// thrown on as the index's.
  private func read<Value>(_ place: Int, _ lookUp: (ImageKeyedLists) throws(ImageDamage) -> Value)
    throws(ImageDamage) -> Value
  {
    guard let lists = pages[place].value else {
      throw ImageDamage(offset: table, reason: "a page of an index cannot be read")
    }
    do {
      return try lookUp(lists)
    } catch {
      lists.section.failures.note(error)
      throw ImageDamage(offset: table, reason: "a page of an index cannot be read")
    }
  }
}

extension ImageWriter {
  /// Writes `lists` as an `ImagePagedLists`: the pages, of about `pageSize` bytes, to `rest`,
  /// the directory here.
  mutating func pagedLists(_ lists: [String: [Int]], pages rest: inout ImageWriter, pageSize: Int) {
    var directory: [(firstKey: String, page: [String: [Int]])] = []
    var page: [String: [Int]] = [:]
    var (firstKey, bytes) = ("", 0)
    for (key, values) in lists.sorted(by: { $0.key < $1.key }) {
      if page.isEmpty { firstKey = key }
      page[key] = values
      bytes += key.utf8.count + values.count * 2 + 12
      if bytes >= pageSize {
        directory.append((firstKey, page))
        (page, bytes) = ([:], 0)
      }
    }
    if !page.isEmpty { directory.append((firstKey, page)) }
    count(directory.count)
    for (firstKey, page) in directory {
      string(firstKey)
      section(into: &rest) { $0.keyedLists(page) }
    }
  }
}

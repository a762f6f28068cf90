import CatalogGenerator
import Testing

@testable import AccordsCore

/// A large index in pages answers every lookup as the dictionary it was written from: a key on
/// any page, the first and last of a page, a key between pages, and prefixes whose keys run
/// across pages.
@Suite struct ImagePagedListsTests {
  @Test(arguments: [40, 300, 1 << 16])
  func pagesAnswerAsTheDictionary(pageSize: Int) throws {
    let lists = Self.lists()
    let (image, directory) = Self.image(of: lists, pageSize: pageSize)
    let failures = ReadFailures { _ in .invalid([]) }
    let index = try #require(try Self.index(in: image, directory: directory, failures: failures))
    for (key, values) in lists { #expect(try index.values(for: key) == values, "\(key)") }
    for absent in ["", "a", "zz", "aaaaaaaa", "fff"] where lists[absent] == nil {
      #expect(try index.values(for: absent).isEmpty)
    }
    for prefix in ["", "a", "ab", "c", "f", "fe", "z"] {
      let expected = lists.keys.filter { $0.hasPrefix(prefix) }.sorted().map { lists[$0]! }
      #expect(try index.values(startingWith: prefix) == expected, "\(prefix)")
    }
    #expect(failures.first == nil)
  }

  /// A changed byte in any page is refused when a lookup reads that page, and named where it
  /// lies.
  @Test func aChangedPageIsRefusedWhenRead() throws {
    let lists = Self.lists()
    let (image, directory) = Self.image(of: lists, pageSize: 300)
    var checked = 0
    for at in stride(from: 0, to: directory, by: 97) {
      var damaged = image
      damaged[at] ^= 0x10
      let failures = ReadFailures { .unreadable(path: "\($0.offset)", reason: $0.reason) }
      // A change in the directory, which comes after the pages, refuses the whole index.
      if let index = try Self.index(in: damaged, directory: directory, failures: failures) {
        var refused = false
        for key in lists.keys.sorted() where (try? index.values(for: key)) != lists[key] { refused = true }
        #expect(refused, "a change at \(at) went unseen")
      }
      guard case .unreadable(let offset, _) = failures.first, let offset = Int(offset) else {
        Issue.record("no damage noted for a change at \(at)")
        continue
      }
      // The page's start, at or before the change, and within a page's reach of it.
      #expect(offset <= at && at - offset < 2_000, "a change at \(at) was named at \(offset)")
      checked += 1
    }
    #expect(checked > 10)
  }

  /// Six hundred short keys over few letters, so that many share a prefix.
  static func lists() -> [String: [Int]] {
    var generator = SplitMix64(seed: 17)
    var lists: [String: [Int]] = [:]
    for _ in 0..<600 {
      let letters = (0..<(2 + Int(generator.next() % 5))).map { _ in
        Character(UnicodeScalar(97 + UInt8(generator.next() % 6)))
      }
      lists[String(letters), default: []].append(Int(generator.next() % 1_000))
    }
    return lists
  }

  /// The bytes of `lists` in pages, then a body with the directory's place; and where that
  /// body starts.
  static func image(of lists: [String: [Int]], pageSize: Int) -> (bytes: [UInt8], directory: Int) {
    var (body, rest) = (ImageWriter(), ImageWriter())
    body.sectionWithParts(into: &rest) { $0.pagedLists(lists, pages: &$1, pageSize: pageSize) }
    return (rest.bytes + body.bytes, rest.bytes.count)
  }

  /// The index in `bytes`, read as a catalog reads it.
  static func index(in bytes: [UInt8], directory: Int, failures: ReadFailures) throws -> ImagePagedLists? {
    let image = DocumentBytes(copying: bytes)
    let sections = ImageSections(image: image, rest: 0..<directory, failures: failures)
    var body = ImageReader(image.buffer, at: directory)
    return try sections.next(in: &body) { r, section throws(ImageDamage) in
      try ImagePagedLists(&r, in: section, pages: sections)
    }.value
  }
}

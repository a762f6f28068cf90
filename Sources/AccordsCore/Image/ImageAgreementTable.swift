/// The agreements' table in a catalog image, in pages: each page a section of a fixed number
/// of slots, one an agreement (its record's offset from the start of the records, length and
/// hash), under a directory of the pages' places. `show` reads and checks the one page that
/// holds its agreement, not 24 bytes for every agreement (6 MiB at a quarter of a million).
struct ImageAgreementTable: Sendable {
  /// Where one agreement's record lies, and its hash.
  struct Slot {
    let start: UInt64
    let length: UInt64
    let hash: UInt64
  }

  /// The bytes of a slot: three 64-bit words.
  static let slotSize = 24
  private let slotsPerPage: Int
  private let pages: [Deferred<ImageSection?>]

  /// Reads the directory at the reader's place for a table of `count` agreements; each page's
  /// place is one of `sections`, read when an agreement on it is first asked for.
  init(_ reader: inout ImageReader, count: Int, pages sections: ImageSections) throws(ImageDamage) {
    slotsPerPage = try reader.number()
    guard slotsPerPage > 0 else { throw ImageDamage(offset: reader.offset, reason: "its table of agreements is empty") }
    let pageCount = try reader.count()
    guard pageCount == Self.pageCount(count, slotsPerPage) else {
      throw ImageDamage(offset: reader.offset, reason: "its table of agreements has the wrong number of pages")
    }
    var pages: [Deferred<ImageSection?>] = []
    pages.reserveCapacity(pageCount)
    for page in 0..<pageCount {
      let length = min(slotsPerPage, count - page * slotsPerPage) * Self.slotSize
      pages.append(
        try sections.next(in: &reader) { r, section throws(ImageDamage) in
          guard r.bytes.count == length else {
            throw ImageDamage(offset: 0, reason: "a page of its table of agreements has the wrong length")
          }
          try r.skip(length)
          return section
        })
    }
    self.pages = pages
  }

  /// The pages `count` slots fill, `slotsPerPage` a page (rounded up, without overflowing).
  static func pageCount(_ count: Int, _ slotsPerPage: Int) -> Int {
    count / slotsPerPage + (count % slotsPerPage == 0 ? 0 : 1)
  }

  /// The slot of the agreement at `position`, which the caller checked is one the table holds,
  /// and the page's record of damage, for a slot found wrong later.
  func slot(_ position: Int) throws(ImageDamage) -> (slot: Slot, at: Int, failures: ReadFailures) {
    guard let page = pages[position / slotsPerPage].value else {
      throw ImageDamage(offset: 0, reason: "a page of its table of agreements cannot be read")
    }
    let at = position % slotsPerPage * Self.slotSize
    var reader = ImageReader(page.bytes.buffer, at: at)
    return (Slot(start: try reader.word(), length: try reader.word(), hash: try reader.word()), at, page.failures)
  }
}

extension ImageWriter {
  /// Writes `slots` as an `ImageAgreementTable`: pages of about `pageSize` bytes to `rest`,
  /// the directory here.
  mutating func agreementTable(_ slots: [ImageAgreementTable.Slot], pages rest: inout ImageWriter, pageSize: Int) {
    let slotsPerPage = max(1, pageSize / ImageAgreementTable.slotSize)
    let pageCount = ImageAgreementTable.pageCount(slots.count, slotsPerPage)
    count(slotsPerPage)
    count(pageCount)
    for start in (0..<pageCount).map({ $0 * slotsPerPage }) {
      section(into: &rest) { page in
        for slot in slots[start..<min(start + slotsPerPage, slots.count)] {
          page.word(slot.start)
          page.word(slot.length)
          page.word(slot.hash)
        }
      }
    }
  }
}

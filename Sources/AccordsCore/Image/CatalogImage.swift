#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A checked catalog in a compact binary form that a query reads without parsing or checking:
/// `accords index` writes one beside a catalog file, and a query with `--data` reads it while it
/// is still the image of that very file.
///
/// The layout: a header (magic, format, the Accords that wrote it, the schema's fingerprint,
/// the catalog file's identity and content hash, the body's hash and length), then the body,
/// small and checked when the image is opened: the dataset, the number of agreements, and where
/// every section lies with its hash (`ImageSections`). After the body: the agreements' records,
/// which a query reads one by one as it looks at them, each checked against its own hash
/// (`ImageAgreements`); then the sections, each checked when a query first uses it: the
/// agreements' table and indexes, every other kind's records, field by field
/// (`ImageRecords.swift`), the counts `stats` gives (`ImageTally.swift`), the acronyms search
/// expands (`ImageAcronyms.swift`), the name index (`ImageNames`) and the word index
/// (`ImageWords`). It is written only from a catalog that passed every check, which is
/// why reading it checks nothing but its own integrity.
public struct CatalogImage: Sendable {
  /// The first eight bytes of every image.
  static let magic: [UInt8] = Array("ACCORDS\u{1A}".utf8)
  /// The layout's version; raised whenever the layout changes.
  static let format: UInt64 = 8

  /// What the header says about the image and the file it was made from.
  public struct Header: Equatable, Sendable {
    /// The version of Accords that wrote it: another version rebuilds rather than trusts it.
    public var producer: String
    /// The catalog file as it was when the image was made.
    public var file: FileStamp
    /// The hash of the catalog file's bytes.
    public var contentHash: UInt64
    /// The hash of the body, checked before the body is read.
    var bodyHash: UInt64
    var schema: UInt64
  }

  /// The image of `catalog`, made from the file stamped `file` whose bytes hash to `contentHash`;
  /// the large indexes in pages of about `pageSize` bytes (tests make them small, to have many).
  public static func bytes(
    of catalog: Catalog, file: FileStamp, contentHash: UInt64, producer: String,
    pageSize: Int = ImagePagedLists.pageSize
  ) -> [UInt8] {
    var body = ImageWriter()
    var rest = ImageWriter()
    body.dataset(catalog.dataset)
    // The agreements' records first, then each part in a section of its own, so that a query
    // hashes and maps only what it uses.
    body.agreements(catalog.agreements, rest: &rest, pageSize: pageSize)
    body.section(into: &rest) { $0.shelf(catalog.visits) { $0.visit($1) } }
    body.section(into: &rest) { $0.shelf(catalog.sources) { $0.source($1) } }
    body.section(into: &rest) { $0.shelf(catalog.areas) { $0.area($1) } }
    body.section(into: &rest) { $0.shelf(catalog.parties) { $0.party($1) } }
    body.section(into: &rest) { $0.shelf(catalog.people) { $0.person($1) } }
    body.section(into: &rest) { $0.shelf(catalog.initiatives) { $0.initiative($1) } }
    body.section(into: &rest) { $0.shelf(catalog.partnerships) { $0.partnership($1) } }
    body.section(into: &rest) { $0.shelf(catalog.figures) { $0.figure($1) } }
    body.section(into: &rest) { $0.shelf(catalog.regions) { $0.region($1) } }
    body.section(into: &rest) {
      $0.tally(Summary.AgreementTally(catalog.agreements, in: catalog, on: catalog.dataset.asOf) { _ in true })
    }
    body.section(into: &rest) { $0.acronyms(AcronymIndex(catalog)) }
    body.sectionWithParts(into: &rest) { $0.names(of: catalog, pages: &$1, pageSize: pageSize) }
    body.sectionWithParts(into: &rest) { $0.words(of: catalog, pages: &$1, pageSize: pageSize) }
    var image = ImageWriter()
    image.append(magic)
    image.word(format)
    image.word(schemaFingerprint)
    image.string(producer)
    image.word(UInt64(file.size))
    for part in [file.modified.seconds, file.modified.nanoseconds, file.changed.seconds, file.changed.nanoseconds] {
      image.word(UInt64(bitPattern: Int64(part)))
    }
    image.word(file.inode)
    image.word(file.device)
    image.word(contentHash)
    image.word(body.bytes.withUnsafeBufferPointer(ContentHash.of))
    image.count(body.bytes.count)
    image.count(rest.bytes.count)
    image.append(body.bytes)
    image.append(rest.bytes)
    return image.bytes
  }

  /// Where an image's parts are: the hashed body, then the rest (the agreements' records
  /// first, then the sections), each part of which has its own hash.
  struct Layout {
    var header: Header
    var body: Range<Int>
    var rest: Range<Int>
  }

  /// Whether `bytes` begin as an Accords image in another layout than this build's, as an
  /// index written by an earlier Accords does: not damage, only out of date.
  static func isOfAnotherLayout(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var reader = ImageReader(bytes)
    for expected in magic where (try? reader.byte()) != expected { return false }
    guard let layout = try? reader.word() else { return false }
    return layout != format
  }

  /// Reads the header, checking the magic and the format; the body is not looked at.
  static func header(_ bytes: UnsafeBufferPointer<UInt8>) throws(ImageDamage) -> Layout {
    var reader = ImageReader(bytes)
    for expected in magic where try reader.byte() != expected {
      throw ImageDamage(offset: 0, reason: "it is not an Accords index")
    }
    guard try reader.word() == format else { throw ImageDamage(offset: 8, reason: "its layout is of another version") }
    let schema = try reader.word()
    let producer = try reader.string()
    let size = try reader.word()
    var times: [Int] = []
    for _ in 0..<4 { times.append(Int(truncatingIfNeeded: Int64(bitPattern: try reader.word()))) }
    let file = FileStamp(
      size: Int(clamping: size), modified: (times[0], times[1]), changed: (times[2], times[3]),
      inode: try reader.word(),
      device: try reader.word())
    let contentHash = try reader.word()
    let bodyHash = try reader.word()
    let bodyLength = try reader.count()
    let restLength = try reader.count()
    guard bytes.count - reader.offset - bodyLength == restLength else {
      throw ImageDamage(offset: reader.offset, reason: "its length does not match its header")
    }
    let body = reader.offset..<(reader.offset + bodyLength)
    return Layout(
      header: Header(producer: producer, file: file, contentHash: contentHash, bodyHash: bodyHash, schema: schema),
      body: body, rest: body.upperBound..<bytes.count)
  }

  /// Whether the body's bytes are those the image was written with.
  static func bodyIsIntact(_ bytes: UnsafeBufferPointer<UInt8>, _ layout: Layout) -> Bool {
    ContentHash.of(UnsafeBufferPointer(rebasing: bytes[layout.body])) == layout.header.bodyHash
  }

  /// The catalog in an image whose body was found intact: the dataset read now, every other
  /// kind when a query first looks at it, each agreement when a query reads it (whole, or in
  /// outline when `needs` says so, as the JSON loader keeps it); damage found on the way is
  /// noted in `failures`. Only the fuzzer and the reader's damage test turn off
  /// `checkingSections`, so that damage reaches the code that reads each section.
  static func catalog(
    _ image: DocumentBytes, _ layout: Layout, needing needs: AgreementNeeds = .whole, failures: ReadFailures,
    checkingSections: Bool = true
  ) throws(ImageDamage) -> Catalog {
    var r = ImageReader(
      UnsafeBufferPointer(rebasing: image.buffer[..<layout.body.upperBound]), at: layout.body.lowerBound)
    let sections = ImageSections(
      image: image, rest: layout.rest, failures: failures, checksHashes: checkingSections)
    let dataset = try r.dataset()
    let agreements = try ImageAgreements(sections: sections, body: &r, needing: needs)
    /// The records of the next section, each read when a query first wants it.
    func shelf<Record: CatalogRecord>(
      _ decode: @escaping ImageShelf<Record>.Decode
    ) throws(ImageDamage) -> Shelf<Record> {
      Shelf(
        image: try sections.next(in: &r) { r, section throws(ImageDamage) in
          try ImageShelf(&r, in: section, decode: decode)
        })
    }
    let kinds = Catalog.Sections(
      visits: try shelf { r throws(ImageDamage) in try r.visit() },
      sources: try shelf { r throws(ImageDamage) in try r.source() },
      areas: try shelf { r throws(ImageDamage) in try r.area() },
      parties: try shelf { r throws(ImageDamage) in try r.party() },
      people: try shelf { r throws(ImageDamage) in try r.person() },
      initiatives: try shelf { r throws(ImageDamage) in try r.initiative() },
      partnerships: try shelf { r throws(ImageDamage) in try r.partnership() },
      figures: try shelf { r throws(ImageDamage) in try r.figure() },
      regions: try shelf { r throws(ImageDamage) in try r.region() })
    let tally = try sections.next(in: &r) { r, _ throws(ImageDamage) in try r.tally() }
    let acronyms = try sections.next(in: &r) { r, _ throws(ImageDamage) in try r.acronyms() }
    let names = try sections.next(in: &r) { r, section throws(ImageDamage) in
      try ImageNames(&r, in: section, pages: sections)
    }
    let words = try sections.next(in: &r) { r, section throws(ImageDamage) in
      try ImageWords(&r, in: section, pages: sections)
    }
    guard r.isAtEnd else { throw ImageDamage(offset: r.offset, reason: "bytes follow its last section") }
    return Catalog(
      dataset: dataset, sections: kinds, agreements: AgreementList(image: agreements),
      stored: Catalog.Stored(names: names, words: words, tally: tally, acronyms: acronyms))
  }

  /// Where each section lies, in the body's order (the agreements' table and indexes, each
  /// other kind, the counts, acronyms, names and words): what a damage test walks.
  static func sectionRanges(_ bytes: UnsafeBufferPointer<UInt8>, _ layout: Layout) throws(ImageDamage) -> [Range<Int>] {
    var r = ImageReader(UnsafeBufferPointer(rebasing: bytes[..<layout.body.upperBound]), at: layout.body.lowerBound)
    _ = try r.dataset()
    _ = try r.number()
    var ranges: [Range<Int>] = []
    while !r.isAtEnd {
      let (start, length, _) = (try r.word(), try r.word(), try r.word())
      guard start <= UInt64(layout.rest.count), length <= UInt64(layout.rest.count) - start else {
        throw ImageDamage(offset: r.offset, reason: "a section's place is outside the image")
      }
      ranges.append((layout.rest.lowerBound + Int(start))..<(layout.rest.lowerBound + Int(start + length)))
    }
    return ranges
  }

  /// A fingerprint of every list of values the image stores by place, so that an image written
  /// before a value was added or moved is never read as if it named another.
  static let schemaFingerprint: UInt64 = {
    var names: [String] = []
    func add<Value: CaseIterable & RawRepresentable<String>>(_: Value.Type) {
      names += Value.allCases.map(\.rawValue) + ["|"]
    }
    add(DocumentType.self)
    add(LifeEvent.Kind.self)
    add(RegisterEntry.Register.self)
    add(RelationKind.self)
    add(Note.Kind.self)
    add(Source.Kind.self)
    add(Figure.Qualifier.self)
    add(Figure.Kind.self)
    add(Party.Kind.self)
    add(Country.self)
    add(Region.Kind.self)
    add(Alias.Kind.self)
    add(Partnership.Kind.self)
    add(Visit.AnnouncedCount.Scope.self)
    return Array(names.joined(separator: ",").utf8).withUnsafeBufferPointer(ContentHash.of)
  }()
}

/// Who a file is: what `stat` says of it. A query trusts an image only while the catalog file
/// has the same size, inode and device, and the same modification and change times to the
/// nanosecond; the change time cannot be set back by any program, so an edit that restores the
/// modification time still shows.
public struct FileStamp: Equatable, Sendable {
  public var size: Int
  public var modified: (seconds: Int, nanoseconds: Int)
  public var changed: (seconds: Int, nanoseconds: Int)
  public var inode: UInt64
  public var device: UInt64

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.size == rhs.size && lhs.modified == rhs.modified && lhs.changed == rhs.changed && lhs.inode == rhs.inode
      && lhs.device == rhs.device
  }

  /// The stamp of an open file.
  init(_ status: stat) {
    size = Int(status.st_size)
    #if canImport(Darwin)
      modified = (Int(status.st_mtimespec.tv_sec), Int(status.st_mtimespec.tv_nsec))
      changed = (Int(status.st_ctimespec.tv_sec), Int(status.st_ctimespec.tv_nsec))
    #else
      modified = (Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec))
      changed = (Int(status.st_ctim.tv_sec), Int(status.st_ctim.tv_nsec))
    #endif
    inode = UInt64(status.st_ino)
    device = UInt64(status.st_dev)
  }

  init(size: Int, modified: (Int, Int), changed: (Int, Int), inode: UInt64, device: UInt64) {
    self.size = size
    self.modified = modified
    self.changed = changed
    self.inode = inode
    self.device = device
  }
}

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
/// the catalog file's identity and content hash, the body's hash and length), then the body:
/// the dataset and every section's records, field by field (`ImageRecords.swift`). Each
/// agreement's outline comes first and the rest in a block a listing steps over, so a query
/// builds in full only the agreements it prints. It is written only from a catalog that passed
/// every check, which is why reading it checks nothing but its own integrity.
public struct CatalogImage: Sendable {
  /// The first eight bytes of every image.
  static let magic: [UInt8] = Array("ACCORDS\u{1A}".utf8)
  /// The layout's version; raised whenever the layout changes.
  static let format: UInt64 = 1

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

  /// The image of `catalog`, made from the file stamped `file` whose bytes hash to `contentHash`.
  public static func bytes(of catalog: Catalog, file: FileStamp, contentHash: UInt64, producer: String) -> [UInt8] {
    var body = ImageWriter()
    body.dataset(catalog.dataset)
    body.list(catalog.visits) { $0.visit($1) }
    body.list(catalog.sources) { $0.source($1) }
    body.list(catalog.areas) { $0.area($1) }
    body.list(catalog.parties) { $0.party($1) }
    body.list(catalog.people) { $0.person($1) }
    body.list(catalog.agreements) { $0.agreement($1) }
    body.list(catalog.initiatives) { $0.initiative($1) }
    body.list(catalog.partnerships) { $0.partnership($1) }
    body.list(catalog.figures) { $0.figure($1) }
    body.list(catalog.regions) { $0.region($1) }
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
    let bodyHash = body.bytes.withUnsafeBufferPointer(ContentHash.of)
    image.word(bodyHash)
    image.count(body.bytes.count)
    image.append(body.bytes)
    return image.bytes
  }

  /// Reads the header, checking the magic and the format; the body is not looked at.
  static func header(_ bytes: UnsafeBufferPointer<UInt8>) throws(ImageDamage) -> (
    header: Header, body: Int, length: Int
  ) {
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
    let length = try reader.count()
    guard reader.offset + length == bytes.count else {
      throw ImageDamage(offset: reader.offset, reason: "its length does not match its header")
    }
    return (
      Header(producer: producer, file: file, contentHash: contentHash, bodyHash: bodyHash, schema: schema),
      reader.offset, length
    )
  }

  /// The catalog in an image whose header was read, keeping whole the agreements `needs` asks
  /// for and the others in outline, exactly as `CatalogLoader` keeps them from the JSON.
  static func catalog(
    _ bytes: UnsafeBufferPointer<UInt8>, body: Int, needing needs: AgreementNeeds
  ) throws(ImageDamage) -> Catalog {
    var r = ImageReader(bytes, at: body)
    let dataset = try r.dataset()
    let visits = try r.list { r throws(ImageDamage) in try r.visit() }
    let sources = try r.list { r throws(ImageDamage) in try r.source() }
    let areas = try r.list { r throws(ImageDamage) in try r.area() }
    let parties = try r.list { r throws(ImageDamage) in try r.party() }
    let people = try r.list { r throws(ImageDamage) in try r.person() }
    let agreements: [Agreement]
    switch needs {
    case .whole:
      agreements = try r.list { r throws(ImageDamage) in
        try r.agreement(keepingWhole: { _ in true }, keepingParties: true)
      }
    case .counts:
      agreements = try r.list { r throws(ImageDamage) in
        try r.agreement(keepingWhole: { _ in false }, keepingParties: true)
      }
    case .listing(let filter):
      agreements = try r.list { r throws(ImageDamage) in
        try r.agreement(keepingWhole: filter.matches, keepingParties: false)
      }
    }
    let initiatives = try r.list { r throws(ImageDamage) in try r.initiative() }
    let partnerships = try r.list { r throws(ImageDamage) in try r.partnership() }
    let figures = try r.list { r throws(ImageDamage) in try r.figure() }
    let regions = try r.list { r throws(ImageDamage) in try r.region() }
    guard r.isAtEnd else { throw ImageDamage(offset: r.offset, reason: "bytes follow its last record") }
    let document = CatalogDocument(
      dataset: dataset, visits: visits, sources: sources, areas: areas, parties: parties, people: people,
      agreements: agreements, initiatives: initiatives, partnerships: partnerships, figures: figures, regions: regions)
    return Catalog(validated: document, dataset: dataset)
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

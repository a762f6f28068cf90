#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A catalog file's index: its `CatalogImage`, kept beside it as `<file>.accords-index`.
///
/// Written only when the user asks (`accords index <file>`), and read only while it is the image
/// of the file as it is now: same size, inode, device, modification and change times as when
/// it was made, by the same Accords. Otherwise the JSON is read as if there were no index.
public enum CatalogIndex: Sendable {
  /// What is added to a catalog file's name to name its index.
  public static let suffix = ".accords-index"

  /// Where the index of the catalog file at `path` is kept.
  public static func path(of path: String) -> String { path + suffix }

  /// A catalog file checked in full, and its image, ready to be written to `path(of:)`.
  public struct Built: Sendable {
    public let catalog: Catalog
    public let image: [UInt8]
  }

  /// Reads and checks the catalog file at `path` as `validate` does, then makes its image.
  ///
  /// - Parameter producer: the version of Accords writing it, which alone will trust it.
  /// - Throws: what `CatalogLoader.load(path:)` throws: no image is made of a broken catalog.
  public static func build(catalogAt path: String, producer: String) throws(CatalogError) -> Built {
    let (bytes, stamp) = try CatalogLoader.document(at: path)
    let contentHash = ContentHash.of(bytes.buffer)
    let catalog = try CatalogLoader.load(documents: [(name: path, bytes: bytes)])
    return Built(
      catalog: catalog,
      image: CatalogImage.bytes(of: catalog, file: stamp, contentHash: contentHash, producer: producer))
  }

  /// A catalog read from a file, with a word for the user when its index could not be used.
  public struct Loaded: Sendable {
    public let catalog: Catalog
    /// Why the index was not read and how to make one, for standard error; `nil` when the
    /// index was read, or when the file is small enough that an index would not help.
    public let notice: String?
    /// Whether the catalog was read from the index rather than the JSON.
    public let readIndex: Bool

    public init(catalog: Catalog, notice: String?, readIndex: Bool = false) {
      self.catalog = catalog
      self.notice = notice
      self.readIndex = readIndex
    }
  }

  /// Catalog files smaller than this are read as JSON without a word: an index saves little.
  public static let noticeThreshold = 16 * 1024 * 1024

  /// Loads the catalog file at `path`, from its index when it has a current one.
  ///
  /// - Throws: `CatalogError.malformed` naming the index when it is current but damaged (cut
  ///   short, or its bytes changed since it was written); otherwise what `CatalogLoader` throws.
  public static func load(
    catalogAt path: String, needing needs: AgreementNeeds = .whole, producer: String
  ) throws(CatalogError) -> Loaded {
    let indexPath = Self.path(of: path)
    let staleReason: String?
    switch try image(at: indexPath, of: path, producer: producer) {
    case .current(let bytes, let layout):
      let failures = ReadFailures { damaged(indexPath, catalog: path, $0) }
      do {
        let catalog = try CatalogImage.catalog(bytes, layout, needing: needs, failures: failures)
        return Loaded(catalog: catalog, notice: nil, readIndex: true)
      } catch {
        throw damaged(indexPath, catalog: path, error)
      }
    case .stale(let reason): staleReason = reason
    case .absent: staleReason = nil
    }
    let (bytes, stamp) = try CatalogLoader.document(at: path)
    let catalog = try CatalogLoader.load(documents: [(name: path, bytes: bytes)], needing: needs)
    let command = "accords index \(ShellWord.quoted(path))"
    let notice: String? =
      if let staleReason {
        "the index \(indexPath) was not used: \(staleReason). Run '\(command)' to bring it up to date."
      } else if stamp.size >= noticeThreshold {
        "\(path) is \(stamp.size / 1_048_576) MiB of JSON, read in full at every query. Run '\(command)' once, and later queries read its index instead."
      } else {
        nil
      }
    return Loaded(catalog: catalog, notice: notice)
  }

  private enum Lookup {
    case current(DocumentBytes, CatalogImage.Layout)
    case stale(String)
    case absent
  }

  /// The index at `indexPath` if it is the current image of the catalog at `catalogPath`.
  private static func image(at indexPath: String, of catalogPath: String, producer: String) throws(CatalogError)
    -> Lookup
  {
    let descriptor = open(FileName.systemBytes(indexPath), O_RDONLY | O_NONBLOCK)
    guard descriptor >= 0 else { return .absent }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return .absent }
    guard let bytes = DocumentBytes(descriptor: descriptor, size: Int(status.st_size), inOrder: false) else {
      throw .unreadable(path: indexPath, reason: "reading failed")
    }
    if CatalogImage.isOfAnotherLayout(bytes.buffer) { return .stale("it was written by an earlier Accords") }
    let layout: CatalogImage.Layout
    do {
      layout = try CatalogImage.header(bytes.buffer)
    } catch {
      throw damaged(indexPath, catalog: catalogPath, error)
    }
    let header = layout.header
    guard header.producer == producer, header.schema == CatalogImage.schemaFingerprint else {
      return .stale("it was written by Accords \(header.producer)")
    }
    var current = stat()
    guard stat(FileName.systemBytes(catalogPath), &current) == 0 else {
      return .stale("the catalog file cannot be read")
    }
    guard FileStamp(current) == header.file else { return .stale("\(catalogPath) changed after it was written") }
    guard CatalogImage.bodyIsIntact(bytes.buffer, layout) else {
      throw damaged(
        indexPath, catalog: catalogPath,
        ImageDamage(offset: layout.body.lowerBound, reason: "its bytes changed after it was written"))
    }
    return .current(bytes, layout)
  }

  private static func damaged(_ indexPath: String, catalog: String, _ damage: ImageDamage) -> CatalogError {
    .malformed(
      file: indexPath, position: nil,
      message:
        "this index of \(catalog) is damaged (\(damage.reason), at byte \(damage.offset)). Run 'accords index \(ShellWord.quoted(catalog))' to write it again, or delete it to read the JSON."
    )
  }

}

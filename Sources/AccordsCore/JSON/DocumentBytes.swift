#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bytes of one JSON document, read where they are: a catalog file mapped into memory, or
/// bytes given in memory.
///
/// A mapped file is not copied, and the pages already read can be handed back to the kernel
/// (`discard(below:)`), so reading a catalog of hundreds of megabytes holds a window of it, not
/// all of it. Pages handed back are read again from the file if they are looked at later, as
/// they are when a problem's line and column are worked out.
public final class DocumentBytes: @unchecked Sendable {
  // Unchecked: the bytes are never written after `init`; `discard(below:)` changes only which
  // pages are resident, not what reading them gives.

  /// The document.
  public let buffer: UnsafeBufferPointer<UInt8>
  private let isMapped: Bool
  /// The file, kept open where parts are to be read from it rather than through the mapping.
  private let descriptor: Int32?
  /// Pages below this offset were handed back.
  private var discarded = 0

  /// A copy of bytes in memory.
  public init(copying bytes: [UInt8]) {
    let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
    _ = copy.initialize(from: bytes)
    buffer = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(copy)[0..<bytes.count])
    isMapped = false
    descriptor = nil
  }

  /// The first `size` bytes of an open regular file: mapped when the system can, else read.
  ///
  /// - Parameters:
  ///   - mapping: `false` reads the file even where it could be mapped, as tests do to hold the
  ///     two ways to the same bytes.
  ///   - inOrder: whether the file is read from start to end, as JSON is; an index is read here
  ///     and there, and reading ahead would only fill memory with pages no query looks at. An
  ///     index also keeps the file open, so that `part(_:)` reads a part without the mapping.
  /// - Returns: `nil` when reading fails.
  init?(descriptor: Int32, size: Int, mapping: Bool = true, inOrder: Bool = true) {
    if mapping, size > 0, let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
      mapped != MAP_FAILED
    {
      _ = madvise(mapped, size, inOrder ? MADV_SEQUENTIAL : MADV_RANDOM)
      buffer = UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: size)
      isMapped = true
      let kept = inOrder ? -1 : dup(descriptor)
      self.descriptor = kept >= 0 ? kept : nil
      return
    }
    self.descriptor = nil
    // Not every file can be mapped (some network and virtual file systems); read it instead.
    let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(size, 1))
    var count = 0
    while count < size {
      let got = read(descriptor, copy.baseAddress! + count, size - count)
      if got < 0, errno == EINTR { continue }
      if got < 0 {
        copy.deallocate()
        return nil
      }
      if got == 0 { break }
      count += got
    }
    buffer = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(copy)[0..<count])
    isMapped = false
  }

  deinit {
    if let descriptor { close(descriptor) }
    if isMapped {
      munmap(UnsafeMutableRawPointer(mutating: buffer.baseAddress), buffer.count)
    } else {
      UnsafeMutableRawPointer(mutating: buffer.baseAddress)?.deallocate()
    }
  }

  /// The bytes in `range`, copied: read from the file where it is kept open, so that the
  /// mapping's pages are never touched. On this kind of system a touched page of a mapped file
  /// brings its neighbours into the process too, up to a megabyte each, where a read brings in
  /// only what it asks for. `nil` when reading fails.
  func part(_ range: Range<Int>) -> DocumentBytes? {
    guard let descriptor else { return DocumentBytes(copying: Array(buffer[range])) }
    let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(range.count, 1))
    var count = 0
    while count < range.count {
      let got = pread(descriptor, copy.baseAddress! + count, range.count - count, off_t(range.lowerBound + count))
      if got < 0, errno == EINTR { continue }
      if got <= 0 {
        copy.deallocate()
        return nil
      }
      count += got
    }
    return DocumentBytes(taking: UnsafeBufferPointer(rebasing: UnsafeBufferPointer(copy)[0..<count]))
  }

  /// Bytes already allocated, which it now owns.
  private init(taking bytes: UnsafeBufferPointer<UInt8>) {
    buffer = bytes
    isMapped = false
    descriptor = nil
  }

  /// Hands the whole pages before `offset` back to the kernel, once reading has passed them.
  /// Nothing happens for bytes given in memory.
  func discard(below offset: Int) {
    guard isMapped, let base = buffer.baseAddress else { return }
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let end = min(offset, buffer.count) / page * page
    guard end > discarded else { return }
    _ = madvise(UnsafeMutableRawPointer(mutating: base + discarded), end - discarded, MADV_DONTNEED)
    discarded = end
  }
}

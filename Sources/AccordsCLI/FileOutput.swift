import AccordsCore
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing a file the user named, with the C library alone: Foundation would add megabytes to
/// the binary and milliseconds to every start for this one job.
enum FileOutput {
  enum Failure: Error, Equatable {
    /// Something is already at the path and replacing it was not asked for.
    case exists
    /// What is at the path is not a regular file, so it is never replaced: a folder, a
    /// symbolic link, a device, a named pipe or a socket (named by `kind`).
    case notARegularFile(kind: String)
    /// The file cannot be made: the folder is missing or not writable (`errno`).
    case cannotCreate(Int32)
    /// The bytes cannot be written: a full disk, a file size limit (`errno`).
    case cannotWrite(Int32)
    /// A folder was asked for, and what is at the path is not one (named by `kind`).
    case notAFolder(kind: String)
  }

  /// Makes the folder `name` if nothing is there (its parent must exist); an existing folder,
  /// or a link to one, is used as it is.
  static func folder(_ name: String) throws(Failure) {
    let path = FileName.systemBytes(name)
    var existing = stat()
    if stat(path, &existing) == 0 {
      guard existing.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(kind: kind(of: existing.st_mode)) }
      return
    }
    guard mkdir(path, 0o777) == 0 else { throw .cannotCreate(errno) }
  }

  /// Whether anything, even a dangling link, is at `name`.
  static func exists(_ name: String) -> Bool {
    var existing = stat()
    return lstat(FileName.systemBytes(name), &existing) == 0
  }

  /// What went wrong, from the C library (`No space left on device`).
  static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

  /// Writes `bytes` to `path` through a temporary file in the same folder, so that a reader
  /// never sees half a file and a failure leaves the old one whole.
  ///
  /// A new name is made with `link(2)`, which fails if anything took the name meanwhile, so a
  /// concurrent writer is never overwritten silently. A replaced file must be a regular file,
  /// and keeps its mode (and, as root, its owner). The temporary file is removed on failure and
  /// on SIGINT, SIGTERM and SIGHUP.
  ///
  /// - Parameter replacing: whether an existing regular file at `path` may be replaced.
  static func write(_ bytes: [UInt8], to name: String, replacing: Bool) throws(Failure) {
    // The bytes the user typed, which need not be UTF-8 (see `FileName`).
    let path = FileName.systemBytes(name)
    var existing = stat()
    let exists = lstat(path, &existing) == 0
    if exists {
      // What is there is named first: a folder is never "replaced", with or without --force.
      guard existing.st_mode & S_IFMT == S_IFREG else { throw .notARegularFile(kind: kind(of: existing.st_mode)) }
      guard replacing else { throw .exists }
    }
    let folder =
      path.lastIndex(of: CChar(UInt8(ascii: "/"))).map { Array(path[...$0]) } ?? Array("./".utf8CString.dropLast())
    let temporary = try TemporaryFile(in: folder)
    defer { temporary.remove() }
    if exists {
      _ = fchmod(temporary.descriptor, existing.st_mode & 0o7777)
      // Only root may give a file away; for anyone else the file stays theirs, as with `cp`.
      if getuid() == 0 { _ = fchown(temporary.descriptor, existing.st_uid, existing.st_gid) }
    } else {
      // mkstemp makes the file private (0600); a new file gets the usual 0666 less umask.
      let mask = umask(0)
      umask(mask)
      _ = fchmod(temporary.descriptor, 0o666 & ~mask)
    }
    try temporary.write(bytes)
    if exists {
      guard rename(temporary.path, path) == 0 else { throw .cannotCreate(errno) }
      return
    }
    guard link(temporary.path, path) != 0 else { return }
    switch errno {
    case EEXIST:
      // Someone made the name while this was written.
      guard replacing else { throw .exists }
      guard lstat(path, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG else {
        throw .notARegularFile(kind: kind(of: existing.st_mode))
      }
      guard rename(temporary.path, path) == 0 else { throw .cannotCreate(errno) }
    case EPERM, EOPNOTSUPP, EMLINK:
      // A file system without hard links: the name is made by renaming, as close as it allows.
      guard lstat(path, &existing) != 0 || replacing else { throw .exists }
      guard rename(temporary.path, path) == 0 else { throw .cannotCreate(errno) }
    default:
      throw .cannotCreate(errno)
    }
  }

  /// What a non-regular file is, in words.
  private static func kind(of mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFREG: "a file"
    case S_IFDIR: "a folder"
    case S_IFLNK: "a symbolic link"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFIFO: "a named pipe"
    case S_IFSOCK: "a socket"
    default: "not a regular file"
    }
  }
}

/// A private temporary file that removes itself: when asked, and when the process is
/// interrupted, terminated or hung up while it exists (unless the signal was ignored).
private struct TemporaryFile {
  let descriptor: Int32
  /// The path, NUL-terminated, in memory that the signal handler may read.
  let path: UnsafeMutablePointer<CChar>

  /// - Parameter folder: the folder's path as the system spells it, without a NUL.
  init(in folder: [CChar]) throws(FileOutput.Failure) {
    let template = folder + Array(".accords-XXXXXX".utf8CString)
    path = UnsafeMutablePointer<CChar>.allocate(capacity: template.count)
    path.initialize(from: template, count: template.count)
    // The signals wait while the file is made and the handlers set, so that none can end the
    // process between the two and leave the file behind.
    let mask = Self.blockingRemovingSignals()
    defer { Self.restore(mask) }
    descriptor = mkstemp(path)
    guard descriptor >= 0 else {
      let reason = errno
      path.deallocate()
      throw .cannotCreate(reason)
    }
    _ = removalOnSignalsInstalled
    pendingTemporaryPath.store(Int(bitPattern: path), ordering: .sequentiallyConsistent)
  }

  /// Blocks SIGINT, SIGTERM and SIGHUP; returns the mask to restore.
  private static func blockingRemovingSignals() -> sigset_t {
    var blocked = sigset_t()
    sigemptyset(&blocked)
    for signal in removingSignals { sigaddset(&blocked, signal) }
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &blocked, &previous)
    return previous
  }

  private static func restore(_ mask: sigset_t) {
    var mask = mask
    pthread_sigmask(SIG_SETMASK, &mask, nil)
  }

  /// Writes every byte, retrying short writes, and closes the file.
  func write(_ bytes: [UInt8]) throws(FileOutput.Failure) {
    var offset = 0
    while offset < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        buffer.baseAddress.map { Glibc.write(descriptor, $0 + offset, buffer.count - offset) } ?? -1
      }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else {
        let reason = count < 0 ? errno : ENOSPC
        close(descriptor)
        throw .cannotWrite(reason)
      }
      offset += count
    }
    guard close(descriptor) == 0 else { throw .cannotWrite(errno) }
  }

  /// Removes the file if it is still there.
  func remove() {
    let mask = Self.blockingRemovingSignals()
    unlink(path)
    pendingTemporaryPath.store(0, ordering: .sequentiallyConsistent)
    Self.restore(mask)
    path.deallocate()
  }
}

private let removingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

/// The temporary file being written, for the signal handler, which may read nothing but
/// globals and call nothing but async-signal-safe functions: an atomic load, `unlink`,
/// `signal`, `raise`. Held as the address's bits (0 for none), since a pointer is not `Sendable`.
/// One slot: the executable writes one file at a time.
private let pendingTemporaryPath = Atomic<Int>(0)

/// The handler, set once per process for each of the signals whose action is still the default:
/// one that was ignored when the process started (`nohup` ignores SIGHUP) stays ignored.
private let removalOnSignalsInstalled: Void = {
  for signal in removingSignals {
    var current = sigaction()
    sigaction(signal, nil, &current)
    // SIG_DFL is the null handler; anything else (ignored, or another handler) is left alone.
    guard unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == 0 else { continue }
    _ = Glibc.signal(signal, removePendingTemporaryFile)
  }
}()

/// Removes the temporary file being written, if any, then ends the process as the signal would
/// have.
private func removePendingTemporaryFile(_ signal: Int32) {
  let address = pendingTemporaryPath.load(ordering: .sequentiallyConsistent)
  if let path = UnsafePointer<CChar>(bitPattern: address) { unlink(path) }
  _ = Glibc.signal(signal, SIG_DFL)
  raise(signal)
}

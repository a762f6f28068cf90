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
  enum Failure: Error {
    /// Something is already at the path and replacing it was not asked for.
    case exists
    /// The folder is missing or not writable, or the disk refused the bytes.
    case cannotWrite
  }

  /// Writes `bytes` to `path` through a temporary file in the same folder that is renamed into
  /// place, so that a reader never sees half a file and a failure leaves the old one whole.
  ///
  /// - Parameter replacing: whether an existing file (or link) at `path` may be replaced.
  static func write(_ bytes: [UInt8], to path: String, replacing: Bool) throws(Failure) {
    var status = stat()
    if !replacing, lstat(path, &status) == 0 { throw .exists }
    let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "./"
    var template = Array((folder + ".accords-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
    guard descriptor >= 0 else { throw .cannotWrite }
    // `template` now holds the temporary file's path, NUL-terminated, for the calls below.
    // mkstemp makes the file private (0600); a written catalog gets the usual 0666 less umask.
    let mask = umask(0)
    umask(mask)
    var written = fchmod(descriptor, 0o666 & ~mask) == 0
    var offset = 0
    while written, offset < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        buffer.baseAddress.map { writeBytes(descriptor, $0 + offset, buffer.count - offset) } ?? -1
      }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { written = false } else { offset += count }
    }
    written = close(descriptor) == 0 && written
    guard written, rename(template, path) == 0 else {
      unlink(template)
      throw .cannotWrite
    }
  }
}

/// The C library's `write`, which `FileOutput.write` hides by its name.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}

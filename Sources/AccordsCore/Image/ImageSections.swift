/// The sections of a catalog image that lie after its hashed body: each kind's records, the
/// agreements' table and indexes, the name and word indexes, the kept counts and acronyms.
/// The body holds where each one lies and its hash; a section is read from the file (not
/// through the mapping), checked against its hash and decoded only when a query first uses it,
/// so a query reads and holds what it uses, not the whole image.
struct ImageSections: Sendable {
  /// Keeps the mapped image alive as long as the catalog.
  let image: DocumentBytes
  /// Where the part after the body lies: the agreements' records, then the sections.
  let rest: Range<Int>
  let failures: ReadFailures
  /// Whether a section is checked against its hash; only the fuzzer and the reader's damage
  /// test turn this off, so that damage reaches the code that reads a section.
  var checksHashes = true

  typealias Read<Value> = @Sendable (inout ImageReader, ImageSection) throws(ImageDamage) -> Value

  /// The section whose place (start, length and hash) lies at `body`'s place — in the body, or
  /// in a paged index's directory — read by `read` when first asked for; `fallback`, with the
  /// damage noted, if its bytes changed or cannot be read.
  func next<Value: Sendable>(
    in body: inout ImageReader, orElse fallback: Value, _ read: @escaping Read<Value>
  ) throws(ImageDamage) -> Deferred<Value> {
    let placeOffset = body.offset
    let (start, length, hash) = (try body.word(), try body.word(), try body.word())
    let available = UInt64(rest.count)
    guard start <= available, length <= available - start else {
      throw ImageDamage(offset: placeOffset, reason: "a section's place is outside the image")
    }
    let range = (rest.lowerBound + Int(start))..<(rest.lowerBound + Int(start + length))
    let (image, failures, checksHash) = (image, failures.shifted(by: range.lowerBound), checksHashes)
    return Deferred {
      do throws(ImageDamage) {
        guard let bytes = image.part(range) else { throw ImageDamage(offset: 0, reason: "it could not be read") }
        guard !checksHash || ContentHash.of(bytes.buffer) == hash else {
          throw ImageDamage(offset: 0, reason: "its bytes changed after it was written")
        }
        var reader = ImageReader(bytes.buffer)
        let value = try read(&reader, ImageSection(bytes: bytes, failures: failures))
        guard reader.isAtEnd else {
          throw ImageDamage(offset: reader.offset, reason: "bytes follow a section's end")
        }
        return value
      } catch {
        failures.note(error)
        return fallback
      }
    }
  }

  /// The section at `body`'s place, `nil` if it cannot be read.
  func next<Value: Sendable>(in body: inout ImageReader, _ read: @escaping Read<Value>) throws(ImageDamage)
    -> Deferred<Value?>
  {
    try next(in: &body, orElse: nil) { r, section throws(ImageDamage) -> Value? in try read(&r, section) }
  }
}

/// One section, read into memory on its own when a query first uses it: its bytes, whose
/// offsets count from its start, and where damage found in them later is noted, at its place
/// in the image.
struct ImageSection: Sendable {
  let bytes: DocumentBytes
  let failures: ReadFailures
}

extension ImageWriter {
  /// Writes what `write` makes to `rest`, after what is there, and here where it lies and its
  /// hash, so that a reader checks it only when it first uses it.
  mutating func section(into rest: inout ImageWriter, _ write: (inout ImageWriter) -> Void) {
    var section = ImageWriter()
    write(&section)
    word(UInt64(rest.bytes.count))
    word(UInt64(section.bytes.count))
    word(section.bytes.withUnsafeBufferPointer(ContentHash.of))
    rest.append(section.bytes)
  }

  /// Writes a section as `section(into:_:)` does, where `write` may also put parts of its own
  /// in `rest` (the pages of an `ImagePagedLists`) before it.
  mutating func sectionWithParts(into rest: inout ImageWriter, _ write: (inout ImageWriter, inout ImageWriter) -> Void)
  {
    var content = ImageWriter()
    write(&content, &rest)
    section(into: &rest) { $0.append(content.bytes) }
  }
}

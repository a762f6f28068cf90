/// A strict pull parser over UTF-8 JSON (RFC 8259) that reads values one at a time, keeps
/// byte offsets for error messages, and never recurses: any depth of nesting is skipped with
/// a heap-allocated stack, so hostile input cannot overflow the call stack.
///
/// The reading API is in `JSONScanner+Reading.swift` (values and containers) and
/// `JSONScanner+Strings.swift`; the byte-level loops under it in `JSONScanner+Bytes.swift`.
public struct JSONScanner: @unchecked Sendable {
  // Unchecked: `bytes` points into `document`, which the scanner keeps alive and nobody writes.

  /// The kind of the next value.
  public enum ValueKind: String, Sendable {
    case object, array, string, number, bool, null

    /// The kind as a message names it: `an object`, `a string`.
    public var described: String {
      switch self {
      case .object: "an object"
      case .array: "a list"
      case .string: "a string"
      case .number: "a number"
      case .bool: "true or false"
      case .null: "null"
      }
    }
  }

  /// A field name as read: the bytes between its quotes when it has no escapes (as nearly
  /// every name has), so that it can be matched against known names without making a
  /// `String`; otherwise its decoded text.
  public enum Key: Sendable {
    case bytes(Range<Int>)
    case text(String)
  }

  /// The document, kept alive while the scanner reads it.
  let document: DocumentBytes
  /// The document's bytes, held here too so that reading a byte does not go through the class.
  let bytes: UnsafeBufferPointer<UInt8>
  /// Bytes before this offset are known to be well-formed UTF-8, so strings inside need no
  /// check of their own. The document is checked ahead of the reading a megabyte at a time,
  /// not all at once, so that a mapped file is never resident whole.
  var validUTF8End = 0
  /// Whether the document is checked ahead of the reading; a scanner that starts in the
  /// middle of a document checks each string on its own instead.
  let checksAhead: Bool
  /// Whether a byte that is not UTF-8 was found at `validUTF8End`: nothing after it is checked.
  var foundInvalidUTF8 = false
  /// Where the pages already read are next handed back (`DocumentBytes.discard(below:)`).
  var nextDiscard = Self.discardStep
  /// The offset of the next unread byte.
  public internal(set) var offset: Int
  /// One entry per open container: bit 0 set for an object, bit 1 once it has a member.
  var containers: [UInt8] = []

  /// How far reading goes between two hand-backs of pages already read.
  static let discardStep = 8 * 1_048_576

  /// Creates a scanner for a whole document; a UTF-8 byte-order mark at the start is skipped.
  public init(bytes: [UInt8]) { self.init(document: DocumentBytes(copying: bytes)) }

  /// Creates a scanner for a whole document; a UTF-8 byte-order mark at the start is skipped.
  ///
  /// - Parameter checkingEachString: check each string's UTF-8 on its own rather than the
  ///   document's bytes in order ahead of the reading; slower, and held by tests to the same
  ///   answers.
  public init(document: DocumentBytes, checkingEachString: Bool = false) {
    self.document = document
    bytes = document.buffer
    offset = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    checksAhead = !checkingEachString
  }

  /// Creates a scanner that starts reading at `offset`, which must be where a value starts.
  /// It reads only part of the document, so each string it reads is checked on its own.
  public init(document: DocumentBytes, offset: Int) {
    self.document = document
    bytes = document.buffer
    self.offset = offset
    checksAhead = false
  }
}

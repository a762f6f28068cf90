#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads catalogs: the bundled data, or a file of the user's.
///
/// Whatever the input — empty, truncated, not UTF-8, nested a million levels deep, a directory
/// or a pipe — the result is a catalog or a `CatalogError` that says what is wrong and where,
/// never a crash.
public enum CatalogLoader: Sendable {
  /// The largest catalog file read, so that a mistaken path to a huge file fails at once.
  public static let maximumFileSize = 768 * 1024 * 1024

  /// Loads a catalog from one or more JSON files already in memory; several files are parts of
  /// one catalog, as the bundled data is.
  ///
  /// - Parameter needing: what the command needs of the agreements: those it does not need
  ///   whole are checked alike but kept only in outline (id, title, type, dates, visit, areas,
  ///   relations, and for counts the parties), which the command cannot tell from whole
  ///   records. Only a single file is read this way.
  /// - Throws: `CatalogError.malformed` for a file that cannot be a catalog at all, else
  ///   `CatalogError.invalid` listing every problem in every file.
  public static func load(
    files: [(name: String, bytes: [UInt8])], needing: AgreementNeeds = .whole
  ) throws(CatalogError) -> Catalog {
    try load(documents: files.map { ($0.name, DocumentBytes(copying: $0.bytes)) }, needing: needing)
  }

  /// Loads a catalog from documents read in place; as `load(files:needing:)`.
  static func load(
    documents files: [(name: String, bytes: DocumentBytes)], needing: AgreementNeeds = .whole
  ) throws(CatalogError) -> Catalog {
    var document = CatalogDocument()
    var problems: [CatalogProblem] = []
    var readers: [CatalogReader] = []
    var datasetFile: String?
    var checkedAgreements: [CatalogValidator.Finding]?
    for file in files {
      try checkEncoding(file.bytes.buffer, file: file.name)
      var reader = CatalogReader(document: file.bytes)
      if files.count == 1 { reader.agreementNeeds = needing }
      let part: CatalogDocument
      do {
        part = try reader.readDocument(isPart: files.count > 1)
      } catch {
        throw .malformed(
          file: file.name, position: TextPosition(offset: error.offset, in: file.bytes.buffer),
          message: "not valid JSON: \(error.message)")
      }
      let positions = TextPosition.positions(of: reader.issues.map(\.offset), in: file.bytes.buffer)
      problems += zip(reader.issues, positions).map { issue, position in
        CatalogProblem(file: file.name, position: position, path: issue.path, message: issue.message)
      }
      if part.dataset != nil, let first = datasetFile {
        problems.append(
          CatalogProblem(
            file: file.name, position: nil, path: JSONPath.root.appending("dataset"),
            message: "a second 'dataset' section; '\(first)' already describes the catalog"))
      }
      if part.dataset != nil { datasetFile = datasetFile ?? file.name }
      document.append(part)
      readers.append(reader)
      checkedAgreements = reader.agreementFindings
    }
    if document.dataset == nil, problems.isEmpty, files.count > 1 {
      problems.append(
        CatalogProblem(
          file: files.map(\.name).joined(separator: ", "), position: nil, path: .root,
          message: "no file has the 'dataset' section (name, version, asOf, description)"))
    }
    let findings =
      (checkedAgreements ?? [])
      + CatalogValidator(document, agreementsChecked: checkedAgreements != nil).findings()
    problems += locate(findings, files: files, readers: readers)
    problems += unknownSourcesOfUnbuiltRecords(document, files: files, readers: readers)
    guard problems.isEmpty, let dataset = document.dataset else {
      throw .invalid(inReadingOrder(problems, files: files.map(\.name)))
    }
    return Catalog(validated: document, dataset: dataset)
  }

  /// The unknown sources cited by records that could not be built: their other problems are
  /// reported as they were read, and this one with them, so that one pass says everything.
  static func unknownSourcesOfUnbuiltRecords(
    _ document: CatalogDocument, files: [(name: String, bytes: DocumentBytes)], readers: [CatalogReader]
  ) -> [CatalogProblem] {
    let known = Set((document.sources ?? []).map(\.id))
    var problems: [CatalogProblem] = []
    for (file, reader) in zip(files, readers) {
      let unknown = reader.citationsOfUnbuiltRecords.filter { !known.contains($0.source) }
      guard !unknown.isEmpty else { continue }
      let positions = TextPosition.positions(of: unknown.map(\.offset), in: file.bytes.buffer)
      for (citation, position) in zip(unknown, positions) {
        problems.append(
          CatalogProblem(
            file: file.name, position: position,
            path: JSONPath.root.appending(citation.section).appending(citation.index),
            message: "cites unknown source '\(citation.source)'"))
      }
    }
    return problems
  }

  /// Loads a single-file catalog from disk; `needing` as for `load(files:needing:)`.
  ///
  /// The file is mapped into memory and read in place. If another program cuts it short while
  /// it is read, the process receives SIGBUS; the `accords` executable handles that signal and
  /// exits 74 with a message.
  ///
  /// - Throws: `CatalogError.unreadable` when the path is missing, not a regular file (a
  ///   directory, a pipe) or unreadable; `CatalogError.malformed` when it is larger than
  ///   `maximumFileSize`; otherwise as `load(files:)`.
  public static func load(path: String, needing: AgreementNeeds = .whole) throws(CatalogError) -> Catalog {
    try load(documents: [(name: path, bytes: document(at: path).bytes)], needing: needing)
  }

  /// The bytes of a regular file, mapped in place; checked first so that a directory, a pipe
  /// that never ends or a huge file fails at once. Symbolic links are followed: a link to a
  /// catalog is read as the catalog. The file's stamp says which file it was, for its image.
  static func document(at path: String) throws(CatalogError) -> (bytes: DocumentBytes, stamp: FileStamp) {
    // Opened without blocking, so that a pipe with no writer is refused rather than waited on;
    // the checks are then made on what was opened, not on a name that could change meanwhile.
    let descriptor = open(FileName.systemBytes(path), O_RDONLY | O_NONBLOCK)
    guard descriptor >= 0 else { throw .unreadable(path: path, reason: openFailure(errno, path: path)) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: "its type cannot be read") }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw .unreadable(path: path, reason: "it is a directory")
    default: throw .unreadable(path: path, reason: "it is not a regular file (a pipe or device)")
    }
    let size = Int(clamping: status.st_size)
    guard size <= maximumFileSize else {
      throw .malformed(
        file: path, position: nil,
        message: "the file is \(size / 1_048_576) MiB; catalogs of up to \(maximumFileSize / 1_048_576) MiB are read")
    }
    guard let bytes = DocumentBytes(descriptor: descriptor, size: size) else {
      throw .unreadable(path: path, reason: "reading failed")
    }
    return (bytes, FileStamp(status))
  }

  /// Why `open` failed, in words.
  private static func openFailure(_ code: Int32, path: String) -> String {
    switch code {
    case ENOENT:
      // A link whose target is gone is a different mistake from a mistyped name.
      var status = stat()
      return lstat(FileName.systemBytes(path), &status) == 0
        ? "it is a symbolic link to a file that does not exist" : "no such file"
    case EACCES, EPERM: return "permission denied"
    case ELOOP: return "its symbolic links form a loop"
    case ENOTDIR: return "a part of the path is not a folder"
    case ENAMETOOLONG: return "the path is too long"
    default: return "it cannot be opened (error \(code))"
    }
  }

  /// Rejects what cannot be UTF-8 JSON before parsing, with a message that says what it is.
  static func checkEncoding(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(CatalogError) {
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    guard body.contains(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }) else {
      throw .malformed(file: file, position: nil, message: "the file is empty; a catalog is a JSON object")
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
      || (bytes.count >= 2 && (bytes[0] == 0 || bytes[1] == 0))
    {
      throw .malformed(file: file, position: nil, message: "the file is UTF-16 or UTF-32; save it as UTF-8")
    }
  }

  /// Problems file by file, and top to bottom within a file, as an editor lists them.
  private static func inReadingOrder(
    _ problems: [CatalogProblem], files: [String]
  ) -> [CatalogProblem] {
    let fileOrder = Dictionary(files.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    return problems.enumerated().sorted { lhs, rhs in
      let left = (
        fileOrder[lhs.element.file] ?? 0, lhs.element.position?.line ?? 0, lhs.element.position?.column ?? 0, lhs.offset
      )
      let right = (
        fileOrder[rhs.element.file] ?? 0, rhs.element.position?.line ?? 0, rhs.element.position?.column ?? 0, rhs.offset
      )
      return left < right
    }.map(\.element)
  }

  /// Gives each finding of the validator its file, line and column: the finding's path is in
  /// the merged document, so its record is traced back to the file and index it came from.
  /// Each record with findings is walked once for all of them, and each file once for their
  /// lines and columns, so that locating stays linear however many problems there are.
  private static func locate(
    _ findings: [CatalogValidator.Finding], files: [(name: String, bytes: DocumentBytes)], readers: [CatalogReader]
  ) -> [CatalogProblem] {
    var problems = findings.map { finding in
      CatalogProblem(file: files.first?.name ?? "", position: nil, path: finding.path, message: finding.message)
    }
    // (finding, path inside its record) for each record, keyed by file and record offset.
    var byRecord: [RecordPlace: [(finding: Int, rest: JSONPath)]] = [:]
    for (index, finding) in findings.enumerated() {
      guard case .key(let section)? = finding.path.components.first,
        finding.path.components.count >= 2, case .index(let merged) = finding.path.components[1]
      else { continue }
      var remaining = merged
      for (fileIndex, reader) in readers.enumerated() {
        let origins = reader.origins[section] ?? []
        guard remaining >= origins.count else {
          let origin = origins[remaining]
          let rest = JSONPath(components: Array(finding.path.components.dropFirst(2)))
          var path = JSONPath.root.appending(section).appending(origin.index)
          path.components += rest.components
          problems[index] = CatalogProblem(
            file: files[fileIndex].name, position: nil, path: path, message: finding.message)
          byRecord[RecordPlace(file: fileIndex, offset: origin.offset), default: []].append((index, rest))
          break
        }
        remaining -= origins.count
      }
    }
    var offsetsByFile: [Int: [(finding: Int, offset: Int)]] = [:]
    for (place, wanted) in byRecord {
      let offsets = JSONLocator.offsets(of: wanted.map(\.rest), in: files[place.file].bytes, from: place.offset)
      offsetsByFile[place.file, default: []] += zip(wanted, offsets).map { ($0.finding, $1) }
    }
    for (file, located) in offsetsByFile {
      let positions = TextPosition.positions(of: located.map(\.offset), in: files[file].bytes.buffer)
      for (entry, position) in zip(located, positions) {
        let problem = problems[entry.finding]
        problems[entry.finding] = CatalogProblem(
          file: problem.file, position: position, path: problem.path, message: problem.message)
      }
    }
    return problems
  }

  /// A record's place: its file and the byte offset where it starts.
  private struct RecordPlace: Hashable {
    let file: Int
    let offset: Int
  }
}

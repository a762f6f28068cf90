/// Why a catalog could not be loaded.
///
/// Every problem names the file, the line and column, and the JSON path at fault, so that the
/// person who wrote the data can find and fix it: `mine.json:214:17: agreements[12].type: …`.
public enum CatalogError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file does not exist, is not a regular file, or cannot be read (exit 66).
  case unreadable(path: String, reason: String)
  /// The file cannot be a catalog at all: empty, too large, not UTF-8, not well-formed JSON (exit 65).
  case malformed(file: String, position: TextPosition?, message: String)
  /// The JSON is well formed but breaks the format's rules, each listed (exit 65).
  case invalid([CatalogProblem])

  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      "Cannot read the catalog file '\(path)': \(reason)."
    case .malformed(let file, let position, let message):
      "\(file):\(position.map { "\($0):" } ?? "") \(message)"
    case .invalid(let problems):
      problems.map(\.description).joined(separator: "\n")
    }
  }
}

/// One broken rule in a catalog, at a place in a file.
public struct CatalogProblem: Hashable, Sendable, CustomStringConvertible {
  /// The file, as the user named it.
  public let file: String
  /// Where in the file, when the place could be found.
  public let position: TextPosition?
  /// Which value, such as `agreements[12].type`.
  public let path: JSONPath
  /// What is wrong, as a sentence.
  public let message: String

  /// Creates a problem report.
  public init(file: String, position: TextPosition?, path: JSONPath, message: String) {
    self.file = file
    self.position = position
    self.path = path
    self.message = message
  }

  /// `file:line:column: path: message`.
  public var description: String {
    "\(file):\(position.map { "\($0):" } ?? "") \(path): \(message)"
  }
}

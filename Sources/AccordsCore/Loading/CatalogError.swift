/// Why a catalog could not be loaded.
///
/// Every case names the file and, where it can, the record and field at fault, so that the
/// person who wrote the data can find and fix it.
public enum CatalogError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file does not exist or cannot be read.
  case unreadable(path: String, reason: String)
  /// The file is not JSON of the catalog's shape.
  case malformed(file: String, path: String, message: String)
  /// Two files both describe the dataset.
  case duplicateDataset(file: String)
  /// No file describes the dataset.
  case missingDataset
  /// The JSON is well formed but its records contradict each other or the rules.
  case invalid([CatalogProblem])

  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      "Cannot read the catalog file '\(path)': \(reason)."
    case .malformed(let file, let path, let message):
      path.isEmpty ? "\(file): \(message)" : "\(file): \(path): \(message)"
    case .duplicateDataset(let file):
      "\(file): a second 'dataset' section; a catalog is described once."
    case .missingDataset:
      "The catalog has no 'dataset' section (name, version, asOf, description)."
    case .invalid(let problems):
      problems.map(\.description).joined(separator: "\n")
    }
  }
}

/// One broken rule in a catalog, tied to the record and field that break it.
public struct CatalogProblem: Hashable, Sendable, CustomStringConvertible {
  /// The record, such as `agreement 'moc-minerals'`.
  public let record: String
  /// The field within the record, such as `areas`.
  public let field: String
  /// What is wrong, as a sentence.
  public let message: String

  /// Creates a problem report.
  public init(record: String, field: String, message: String) {
    self.record = record
    self.field = field
    self.message = message
  }

  public var description: String { "\(record), field '\(field)': \(message)" }
}

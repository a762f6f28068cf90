public import FoundationEssentials

/// Reads catalogs from JSON: the bundled data or a file of the user's.
public enum CatalogLoader: Sendable {
  /// Loads a catalog from one or more JSON files already in memory.
  ///
  /// - Parameter files: each file's name, used in error messages, and its bytes.
  /// - Throws: `CatalogError` naming the file, and the record and field, at fault.
  public static func load(files: [(name: String, bytes: Data)]) throws(CatalogError) -> Catalog {
    var document = CatalogDocument()
    for file in files {
      document = try document.merging(decode(file.bytes, file: file.name), from: file.name)
    }
    return try Catalog(document)
  }

  /// Loads a single-file catalog from disk.
  ///
  /// - Throws: `CatalogError.unreadable` when the file is missing, a directory or unreadable;
  ///   otherwise as `load(files:)`.
  public static func load(path: String) throws(CatalogError) -> Catalog {
    var isDirectory = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .unreadable(path: path, reason: "no such file")
    }
    guard !isDirectory else { throw .unreadable(path: path, reason: "it is a directory") }
    let bytes: Data
    do {
      bytes = try Data(contentsOf: URL(filePath: path))
    } catch {
      throw .unreadable(path: path, reason: "permission denied or not a regular file")
    }
    return try load(files: [(name: path, bytes: bytes)])
  }

  static func decode(_ bytes: Data, file: String) throws(CatalogError) -> CatalogDocument {
    do {
      return try JSONDecoder().decode(CatalogDocument.self, from: bytes)
    } catch let error as DecodingError {
      throw DecodingErrorMessage.catalogError(for: error, file: file)
    } catch {
      throw .malformed(file: file, path: "", message: "not a JSON catalog")
    }
  }
}

extension Catalog {
  /// The catalog compiled into Accords from the `Data/` folder.
  ///
  /// - Throws: `CatalogError` only if the bundled data breaks a rule, which the test suite
  ///   prevents from ever shipping.
  public static func bundled() throws(CatalogError) -> Catalog {
    try CatalogLoader.load(files: BundledData.files.map { (name: $0.name, bytes: Data($0.json.utf8)) })
  }
}

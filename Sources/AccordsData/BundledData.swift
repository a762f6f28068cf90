public import AccordsCore

/// The JSON files of `Data/`, compiled into the binary as string literals.
///
/// The `EmbedCatalogPlugin` build tool checks the files with the same loader that `--data`
/// uses — the build fails, naming file, line and column, if any rule is broken — and generates
/// an extension with `static let files`. The executable therefore needs no resource bundle and
/// works when copied alone to another machine.
enum BundledData {}

extension Catalog {
  /// The catalog compiled into Accords from the `Data/` folder.
  ///
  /// The data was checked when Accords was built, so it is not checked again at every start.
  ///
  /// - Throws: `CatalogError` only if the embedded bytes cannot be read, which the build-time
  ///   check rules out.
  public static func bundled() throws(CatalogError) -> Catalog {
    try CatalogLoader.loadChecked(
      files: BundledData.files.map { (name: "Data/" + $0.name, bytes: Array($0.json.utf8)) })
  }
}

public import AccordsCore

/// The catalog of `Data/`, compiled into the binary.
///
/// The `EmbedCatalogPlugin` build tool checks the files with the same loader that `--data`
/// uses — the build fails, naming file, line and column, if any rule is broken — and generates
/// an extension with `dataset()` and `document()`, Swift source that builds the checked records
/// from literals. The executable therefore needs no resource bundle, works when copied alone to
/// another machine, and parses no JSON at start-up.
enum BundledData {
  /// Built once per process, on first use, and shared: every later call is free, and the
  /// process exits without taking thousands of records apart (a fifth of a query's start-up).
  static let catalog: Catalog? = {
    let sections = document()
    return sections.dataset.map { Catalog(validated: sections, dataset: $0) }
  }()
}

extension Catalog {
  /// The catalog compiled into Accords from the `Data/` folder.
  ///
  /// The data was checked when Accords was built, so it is not checked again at every start;
  /// the catalog is built once per process and shared.
  ///
  /// - Throws: never; the signature matches the loaders', so that callers treat every catalog
  ///   alike.
  public static func bundled() throws(CatalogError) -> Catalog {
    guard let catalog = BundledData.catalog else { throw .invalid([]) }
    return catalog
  }

  /// The bundled data's dataset section (name, version, as-of date), without building the
  /// catalog: what `--version` prints.
  public static var bundledDataset: Dataset { BundledData.dataset() }
}

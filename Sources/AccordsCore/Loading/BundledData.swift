/// The JSON files of `Data/`, compiled into the binary as string literals.
///
/// The `EmbedCatalogPlugin` build tool generates an extension with `static let files`, so the
/// executable needs no resource bundle and works when copied alone to another machine.
enum BundledData {}

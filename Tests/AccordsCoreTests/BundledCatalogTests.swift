import AccordsCore
import Testing

@Suite struct BundledCatalogTests {
  let catalog: Catalog

  init() throws { catalog = try Catalog.bundled() }

  @Test func loadsWithoutProblems() {
    #expect(catalog.agreements.count == 13)
  }
}

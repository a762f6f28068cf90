import AccordsCLI
import AccordsCore
import Testing

/// A catalog that cannot be loaded fails every command that needs it, with the loader's
/// messages and the documented exit code; commands that need no catalog still work.
@Suite struct CatalogFailureTests {
  @Test func aMissingFileExitsSixtySix() {
    let result = Accords.run(arguments: ["agreements"]) { () throws(CatalogError) -> Catalog in
      throw .unreadable(path: "mine.json", reason: "no such file")
    }
    #expect(result.exitCode == .noInput)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "Error: Cannot read the catalog file 'mine.json': no such file.\n")
  }

  @Test func invalidDataExitsSixtyFiveWithEveryProblemOnItsOwnLine() {
    let problems = [
      CatalogProblem(
        file: "mine.json", position: TextPosition(line: 214, column: 17),
        path: JSONPath(components: [.key("agreements"), .index(12), .key("type")]),
        message: "'treaty-of-doom' is not a document type"),
      CatalogProblem(
        file: "mine.json", position: TextPosition(line: 300, column: 5),
        path: JSONPath(components: [.key("agreements"), .index(20), .key("sources")]), message: "has no source"),
    ]
    let result = Accords.run(arguments: ["stats"]) { () throws(CatalogError) -> Catalog in throw .invalid(problems) }
    #expect(result.exitCode == .dataError)
    #expect(
      result.stderr == """
        mine.json:214:17: agreements[12].type: 'treaty-of-doom' is not a document type
        mine.json:300:5: agreements[20].sources: has no source
        Error: the catalog 'mine.json' has 2 problems; nothing was loaded.

        """)
  }

  @Test func helpManualAndCompletionsNeedNoCatalog() {
    let broken = { () throws(CatalogError) -> Catalog in throw .invalid([]) }
    for arguments in [["--help"], ["manual"], ["completions", "bash"], ["help", "stats"]] {
      #expect(Accords.run(arguments: arguments, loadCatalog: broken).exitCode == .success)
    }
  }
}

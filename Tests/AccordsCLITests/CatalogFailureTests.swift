import AccordsCLI
import AccordsCore
import Foundation
import Testing

/// A catalog that cannot be loaded fails every command that needs it, with the loader's
/// message and the documented exit code; commands that need no catalog still work.
@Suite struct CatalogFailureTests {
  @Test func aMissingFileExitsSixtySix() {
    let result = Accords.run(arguments: ["agreements"]) { () throws(CatalogError) -> Catalog in
      throw .unreadable(path: "mine.json", reason: "no such file")
    }
    #expect(result.exitCode == .noInput)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "Error: Cannot read the catalog file 'mine.json': no such file.\n")
  }

  @Test func invalidDataExitsSixtyFiveWithEveryProblem() {
    let problems = [
      CatalogProblem(record: "agreement 'a1'", field: "areas", message: "refers to unknown vision area 'mining'."),
      CatalogProblem(record: "agreement 'a2'", field: "sources", message: "cites unknown source 'x'."),
    ]
    let result = Accords.run(arguments: ["stats"]) { () throws(CatalogError) -> Catalog in throw .invalid(problems) }
    #expect(result.exitCode == .dataError)
    #expect(result.stderr.split(separator: "\n").count == 2)
    #expect(result.stderr.hasPrefix("Error: agreement 'a1', field 'areas': refers to unknown vision area 'mining'."))
  }

  @Test func malformedJSONExitsSixtyFive() {
    let result = Accords.run(arguments: ["partnerships"]) { () throws(CatalogError) -> Catalog in
      try CatalogLoader.load(files: [(name: "bad.json", bytes: Data("{\"dataset\": 3}".utf8))])
    }
    #expect(result.exitCode == .dataError)
    #expect(result.stderr.hasPrefix("Error: bad.json: dataset: expected an object"))
  }

  @Test func helpManualAndCompletionsNeedNoCatalog() {
    let broken = { () throws(CatalogError) -> Catalog in throw .missingDataset }
    for arguments in [["--help"], ["manual"], ["completions", "bash"], ["help", "stats"]] {
      #expect(Accords.run(arguments: arguments, loadCatalog: broken).exitCode == .success)
    }
  }
}

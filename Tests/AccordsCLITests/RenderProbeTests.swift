import AccordsCLI
import AccordsCore
import AccordsData
import CatalogGenerator
import CommandLineKit
import Foundation
import Testing

/// Every command in every format, over every catalog the tests know that loads, in a pipe and
/// on terminals of several widths: no internal error, JSON that parses, CSV rows of one width,
/// nothing raw on a terminal, and nothing a format's reader would take as code
/// (`OutputGrammar`). The render fuzzer (`Scripts/fuzz render`) runs the same checks on
/// catalogs it makes up; its findings are committed as fixtures and so are walked here.
@Suite struct RenderProbeTests {
  /// A catalog to probe, named for the test report.
  struct Sample: Sendable, CustomStringConvertible {
    let description: String
    let load: @Sendable () throws(CatalogError) -> Catalog
  }

  static let samples: [Sample] = {
    var samples = [
      Sample(description: "bundled") { () throws(CatalogError) in try Catalog.bundled() },
      Sample(description: "hostile text") { () throws(CatalogError) in try HostileCatalog.load() },
      Sample(description: "attacking its readers") { () throws(CatalogError) in
        try InjectionCatalog(markerFolder: URL(fileURLWithPath: "/nonexistent")).load()
      },
      Sample(description: "generated") { () throws(CatalogError) in
        try SyntheticCatalog.make(count: 40, seed: 3, hostileText: true)
      },
    ]
    let loadable = HostileInputTests.expectations.filter { $0.exitCode == 0 }.map(\.file)
    for file in loadable {
      let path = HostileInputTests.folder.appendingPathComponent(file).path
      samples.append(Sample(description: file) { () throws(CatalogError) in try CatalogLoader.load(path: path) })
    }
    let corpus = HostileInputTests.folder.deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scripts/fuzz-corpus/render")
    for file in (try? FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()) ?? [] {
      let path = corpus.appendingPathComponent(file).path
      samples.append(
        Sample(description: "fuzz-corpus/render/\(file)") { () throws(CatalogError) in
          try CatalogLoader.load(path: path)
        })
    }
    return samples
  }()

  @Test(arguments: samples)
  func everyCommandRendersEveryFormat(sample: Sample) throws {
    let catalog = try sample.load()
    let lines = RenderProbe.commandLines(for: catalog, valuesPerArgument: 2)
    for arguments in lines {
      for environment in RenderProbe.environments {
        let result = Accords.run(arguments: arguments, environment: environment) { () throws(CatalogError) in catalog }
        let problem = RenderProbe.problem(in: result, arguments: arguments, environment: environment)
        #expect(problem == nil, "\(arguments) at width \(environment.width): \(problem ?? "")")
      }
    }
  }

  @Test func probesEveryVisibleCommandAndEveryFormatItOffers() throws {
    let lines = RenderProbe.commandLines(for: try Catalog.bundled())
    for command in Accords.root.visibleSubcommands {
      #expect(lines.contains { $0.first == command.name }, "\(command.name) is never probed")
      for format in command.option(named: "format")?.allowedValues ?? [] {
        #expect(lines.contains { $0.first == command.name && $0.suffix(2) == ["--format", format] })
      }
    }
  }
}

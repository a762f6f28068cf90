// libFuzzer target: every catalog that loads renders. Any bytes that load as a catalog are
// run through every command and every format (RenderProbe, from the command table) in a pipe
// and on terminals of several widths: no trap, JSON that parses, CSV rows of one width,
// nothing raw on a terminal. Built by Scripts/fuzz with AccordsCore, CommandLineKit,
// AccordsData and AccordsCLI as separate modules.
import AccordsCLI
import AccordsCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRendering(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let catalog = try? CatalogLoader.load(files: [(name: "fuzz.json", bytes: bytes)]) else { return 0 }
  for arguments in RenderProbe.commandLines(for: catalog, valuesPerArgument: 2) {
    for environment in RenderProbe.environments {
      let result = Accords.run(arguments: arguments, environment: environment) { () throws(CatalogError) in catalog }
      if let problem = RenderProbe.problem(in: result, arguments: arguments, environment: environment) {
        fatalError("\(arguments) at width \(environment.width): \(problem)")
      }
    }
  }
  return 0
}

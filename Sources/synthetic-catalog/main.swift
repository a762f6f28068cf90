// `synthetic-catalog <count>`: prints a valid, deterministic catalog of <count> agreements in
// the published format, for benchmarks. Scripts/synthetic-catalog runs a release build of it.
import AccordsCore
import CatalogGenerator

#if canImport(Glibc)
  import Glibc
#endif

func write(_ text: String, to descriptor: Int32) {
  var bytes = Array(text.utf8)[...]
  while !bytes.isEmpty {
    let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    guard written > 0 else { exit(74) }
    bytes = bytes.dropFirst(written)
  }
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 1, let count = Int(arguments[0]), count >= 0 else {
  write("usage: synthetic-catalog <count>\n  Prints a valid catalog of <count> agreements.\n", to: STDERR_FILENO)
  exit(64)
}
do {
  write(CatalogWriter.json(try SyntheticCatalog.make(count: count)), to: STDOUT_FILENO)
} catch {
  write("synthetic-catalog: the generated catalog is invalid:\n\(error)\n", to: STDERR_FILENO)
  exit(70)
}

// Build-time tool run by EmbedCatalogPlugin: `EmbedCatalog <output.swift> <input.json>...`.
// Checks the inputs with the same loader that `accords --data` uses, so that broken data fails
// the build with file, line and column; then writes the checked catalog as Swift source that
// builds its records directly (`SwiftSource`), so that Accords reads no JSON at start-up.
import AccordsCore
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
guard let outputPath = arguments.first else {
  FileHandle.standardError.write(Data("usage: EmbedCatalog <output.swift> <input.json>...\n".utf8))
  exit(64)
}

var files: [(name: String, bytes: [UInt8])] = []
for path in arguments.dropFirst() {
  guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("error: cannot read \(path)\n".utf8))
    exit(66)
  }
  files.append((name: path, bytes: [UInt8](data)))
}

let catalog: Catalog
do {
  catalog = try CatalogLoader.load(files: files)
} catch {
  // One `error:` line per problem, in the form editors and SwiftPM point at.
  for line in error.description.split(separator: "\n") {
    FileHandle.standardError.write(Data("\(line.contains(": ") ? "" : "error: ")\(line)\n".utf8))
  }
  FileHandle.standardError.write(Data("error: the bundled catalog in Data/ breaks the rules above\n".utf8))
  exit(65)
}

do {
  try SwiftSource.bundledData(catalog).write(to: URL(fileURLWithPath: outputPath), atomically: true, encoding: .utf8)
} catch {
  FileHandle.standardError.write(Data("error: cannot write \(outputPath): \(error)\n".utf8))
  exit(73)
}

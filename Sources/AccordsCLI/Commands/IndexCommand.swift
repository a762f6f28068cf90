import AccordsCore
import CommandLineKit

/// `accords index <path>`: checks a catalog file in full and writes its index beside it, which
/// later queries with `--data` read instead of the JSON while the file is unchanged.
enum IndexCommand {
  static let spec = CommandSpec(
    name: "index",
    abstract: "Check a catalog file and write its index beside it, so that later queries with --data answer at once.",
    discussion:
      "The index (<path>.accords-index) holds the checked catalog in a compact binary form that a query reads without parsing or checking the JSON again. A query uses it only while the file has the size, inode, modification and change times it had when the index was written, and only in the Accords that wrote it; otherwise the JSON is read, and a note says how to bring the index up to date. Nothing writes an index but this command; deleting it is always safe. Exits 0 when written, 65 when the catalog is invalid (no index is written), 66 when it cannot be read, 73 when the index cannot be written.",
    examples: [
      Example(
        "accords index treaties.json && accords --data treaties.json agreements --type mou",
        "Index a large catalog once, then query it."),
      Example("rm treaties.json.accords-index", "Go back to reading the JSON."),
    ],
    arguments: [
      ArgumentSpec("path", help: "The catalog file; --data when omitted.", isOptional: true, completion: .file)
    ])

  static let command = Subcommand(
    spec: spec,
    action: .inspectsCatalog { (parsed, _, dataPath, _) throws(CommandFailure) -> String in
      guard let path = parsed.arguments.first ?? dataPath else {
        // The bundled catalog needs none: it is compiled into Accords.
        throw .usage(.missingArgument("path"))
      }
      let built: CatalogIndex.Built
      do throws(CatalogError) {
        built = try CatalogIndex.build(catalogAt: path, producer: Accords.version)
      } catch {
        throw .catalog(error)
      }
      let indexPath = CatalogIndex.path(of: path)
      do throws(FileOutput.Failure) {
        try FileOutput.write(built.image, to: indexPath, replacing: true)
      } catch {
        switch error {
        case .notARegularFile(let kind):
          throw .cannotCreate("'\(indexPath)' is \(kind); the index is written only as a regular file. Move it away.")
        case .cannotCreate(let code):
          throw .cannotCreate(
            "cannot create '\(indexPath)': \(FileOutput.reason(code)). The index is written beside the catalog file; copy the file to a folder you can write to."
          )
        case .cannotWrite(let code):
          throw .outputFailed("cannot write '\(indexPath)': \(FileOutput.reason(code)); no index was written.")
        case .exists, .notAFolder:
          throw .cannotCreate("cannot create '\(indexPath)'.")
        }
      }
      let agreements = built.catalog.agreements.count
      let size = built.image.count
      let shownSize = size >= 1_048_576 ? "\(size / 1_048_576) MiB" : "\(max(1, size / 1024)) KiB"
      return
        "\(TerminalText.escaped(path)): valid — \(agreements) agreement\(agreements == 1 ? "" : "s"); index written to \(TerminalText.escaped(indexPath)) (\(shownSize)).\n"
    })
}

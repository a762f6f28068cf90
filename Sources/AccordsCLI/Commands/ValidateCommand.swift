import AccordsCore
import CommandLineKit

/// `accords validate [<path>]`: checks a catalog and reports every problem with its place.
enum ValidateCommand {
  static let spec = CommandSpec(
    name: "validate",
    abstract:
      "Check a catalog file (the bundled catalog by default) and report every problem with its line and column.",
    discussion:
      "Checks JSON syntax, field types, required and unknown fields, allowed values, dates that exist, unique ids, references that resolve, non-empty titles and a source on every record. Exits 0 when valid, 65 when not, 66 when the file cannot be read.",
    examples: [
      Example("accords validate mine.json", "Check your own catalog before using it with --data."),
      Example("accords validate", "Check the bundled catalog."),
      Example(
        "accords export --output mine.json && accords validate mine.json",
        "Start a catalog of your own from the bundled one."),
    ],
    arguments: [
      ArgumentSpec(
        "path", help: "The catalog file; --data or the bundled catalog when omitted.", isOptional: true,
        completion: .file)
    ])

  static let command = Subcommand(
    spec: spec,
    action: .inspectsCatalog { (parsed, _, dataPath, load) throws(CommandFailure) -> String in
      let path = parsed.arguments.first ?? dataPath
      let catalog: Catalog
      do throws(CatalogError) {
        if let path { catalog = try CatalogLoader.load(path: path) } else { catalog = try load() }
      } catch {
        throw .catalog(error)
      }
      let counts = [
        (catalog.agreements.count, "agreement"), (catalog.partnerships.count, "partnership"),
        (catalog.regions.count, "region"), (catalog.sources.count, "source"),
      ].map { count, noun in "\(count) \(noun)\(count == 1 ? "" : "s")" }
      return "\(TerminalText.escaped(path ?? "The bundled catalog")): valid — \(counts.joined(separator: ", ")).\n"
    })
}

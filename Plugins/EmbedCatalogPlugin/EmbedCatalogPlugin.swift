import Foundation
import PackagePlugin

/// Compiles the package's `Data/*.json`, once checked, into Swift source that builds the catalog, so it
/// ships inside the binary with no resource bundle to lose and no JSON to read at start-up.
@main
struct EmbedCatalogPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
    let dataDirectory = context.package.directoryURL.appending(path: "Data")
    let inputs = try FileManager.default
      .contentsOfDirectory(at: dataDirectory, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "json" }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledData+Catalog.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) catalog files from Data/",
        executable: try context.tool(named: "EmbedCatalog").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }
}

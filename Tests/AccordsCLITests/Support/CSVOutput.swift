import AccordsCLI
import Foundation

/// The CSV a command writes: its standard output, or for a command whose CSV is a folder
/// (`export`), every CSV file of the folder it writes.
enum CSVOutput {
  static func texts(_ command: String, run: ([String]) -> CommandResult) throws -> [(name: String, text: String)] {
    guard command == "export" else { return [("\(command).csv", run([command, "--format", "csv"]).stdout)] }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accords-csv-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = run([command, "--format", "csv", "--output", folder.path])
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().filter { $0.hasSuffix(".csv") }
      .map { name in
        ("export-" + name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
      }
  }
}

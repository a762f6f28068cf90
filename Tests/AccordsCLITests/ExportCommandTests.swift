import AccordsCLI
import AccordsCore
import AccordsData
import Foundation
import Testing

@Suite(.serialized) struct ExportCommandTests {
  private func temporaryPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("accords-export-\(UUID().uuidString).json").path
  }

  @Test func refusesToReplaceAFileWithoutForce() throws {
    let path = temporaryPath()
    try "mine".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = accords("export", "--output", path)
    #expect(result.exitCode == .cannotCreate)
    #expect(result.stderr == "Error: '\(path)' already exists; give --force to replace it.\n")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")
    #expect(accords("export", "--output", path, "--force").exitCode == .success)
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("{\n  \"dataset\": {"))
  }

  /// A folder named as the output file is said to be a folder, with or without --force.
  @Test func saysThatAFolderIsAFolder() {
    for force in [[], ["--force"]] {
      let result = Accords.run(arguments: ["export", "--output", "/tmp"] + force)
      #expect(result.exitCode == .cannotCreate)
      #expect(result.stderr.hasPrefix("Error: '/tmp' is a folder; --output writes only regular files."))
    }
  }

  /// A catalog file that cannot be read, named by ACCORDS_DATA, says so: the user may not know
  /// the variable is set.
  @Test func anUnreadableFileFromTheEnvironmentSaysWhereItsNameCameFrom() {
    let environment = ProcessEnvironment(variables: ["ACCORDS_DATA": "/nonexistent/catalog.json"])
    let result = Accords.run(arguments: ["agreements"], environment: environment)
    #expect(result.exitCode != .success)
    #expect(result.stderr.contains("named by the ACCORDS_DATA environment variable; unset it"))
    let named = Accords.run(arguments: ["--data", "/nonexistent/catalog.json", "agreements"], environment: environment)
    #expect(!named.stderr.contains("ACCORDS_DATA"), "--data named it")
  }

  @Test func reportsAFolderThatDoesNotExist() {
    let result = accords("export", "--output", "/nonexistent/folder/out.json")
    #expect(result.exitCode == .cannotCreate)
    #expect(result.stderr.contains("No such file or directory. Check that its folder exists"))
  }

  @Test func leavesNoTemporaryFilesBehind() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accords-atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(accords("export", "--output", folder.appendingPathComponent("out.json").path).exitCode == .success)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
  }

  @Test func validateReportsTheBundledCatalogValid() throws {
    let catalog = try Catalog.bundled()
    let result = accords("validate")
    #expect(result.exitCode == .success)
    #expect(
      result.stdout
        == "The bundled catalog: valid — \(catalog.agreements.count) agreements, \(catalog.partnerships.count) partnerships, 83 regions, \(catalog.sources.count) sources.\n"
    )
  }
}

@Suite struct VersionTests {
  @Test func versionNamesTheDataInUse() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "accords-version-\(UUID().uuidString).json"
    ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try """
    {"dataset": {"name": "Mine", "version": "7", "asOf": "2026-05", "description": "D"}}
    """.write(toFile: path, atomically: true, encoding: .utf8)
    #expect(
      accords("--data", path, "--version").stdout
        == "accords \(Accords.version)\ndata 7 (sources checked up to May 2026)\n")
    #expect(accords("--version").stdout.contains("data \(try Catalog.bundled().dataset.version)"))
  }
}

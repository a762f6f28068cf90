import AccordsCLI
import AccordsCore
import CommandLineKit
import Foundation
import Testing

/// The completion scripts load in their shells and complete what a user would type.
@Suite(.serialized) struct CompletionTests {
  private func script(_ shell: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "accords-completion-\(UUID().uuidString).\(shell)")
    try accords("completions", shell).stdout.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  private var path: [String: String] {
    [
      "PATH": ProcessRunner.accords.deletingLastPathComponent().path + ":"
        + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    ]
  }

  private func bashCompletions(_ words: [String], script: URL) throws -> [String] {
    let quoted = words.map { "'\($0)'" }.joined(separator: " ")
    let result = try ProcessRunner.sh(
      "bash -c 'source \"$0\"; COMP_WORDS=(\(quoted.replacingOccurrences(of: "'", with: "\"")) ); COMP_CWORD=\(words.count - 1); _accords; printf \"%s\\n\" \"${COMPREPLY[@]}\"' \(script.path)",
      environment: path)
    return result.stdout.split(separator: "\n").map(String.init)
  }

  @Test(.requires(.bash)) func bashCompletesCommandsOptionsValuesAndRegionNames() throws {
    try Tool.bash.require()
    let file = try script("bash")
    defer { try? FileManager.default.removeItem(at: file) }
    #expect(try ProcessRunner.sh("bash -n \(file.path)").status == 0)
    #expect(try bashCompletions(["accords", "agr"], script: file) == ["agreements"])
    #expect(try bashCompletions(["accords", "agreements", "--ty"], script: file) == ["--type"])
    #expect(try bashCompletions(["accords", "agreements", "--type", "mo"], script: file) == ["mou", "moc"])
    #expect(try bashCompletions(["accords", "partners", "Tam"], script: file) == ["Tamil\\ Nadu"])
    #expect(try bashCompletions(["accords", "show", "lupex"], script: file) == ["lupex-implementing-arrangement"])
    #expect(
      try bashCompletions(["accords", "partnerships", "--format", "m"], script: file) == ["markdown", "mermaid"])
  }

  @Test(.requires(.fish)) func fishCompletesCommandsOptionsValuesAndRegionNames() throws {
    try Tool.fish.require()
    let file = try script("fish")
    defer { try? FileManager.default.removeItem(at: file) }
    #expect(try ProcessRunner.sh("fish -n \(file.path)").status == 0)
    func complete(_ line: String) throws -> [String] {
      try ProcessRunner.sh("fish -c 'source \(file.path); complete -C \"\(line)\"'", environment: path).stdout
        .split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
    }
    #expect(try complete("accords sta") == ["stats"])
    #expect(try complete("accords partners Tam") == ["Tamil Nadu"])
    #expect(try complete("accords agreements --type mo").sorted() == ["moc", "mou"])
    // Each value with what it means beside it.
    let described = try ProcessRunner.sh(
      "fish -c 'source \(file.path); complete -C \"accords agreements --type mo\"'", environment: path
    ).stdout
    #expect(described.contains("mou\tMemorandum of Understanding"))
    let formats = try ProcessRunner.sh(
      "fish -c 'source \(file.path); complete -C \"accords partnerships --format x\"'", environment: path
    ).stdout
    #expect(formats.contains("xlsx\tExcel workbook"))
  }

  /// Region names from a catalog that try to run commands, completed from `ACCORDS_DATA`:
  /// bash and fish offer them as words, quoted, and nothing runs.
  @Test(.requires(.bash), .requires(.fish)) func namesThatLookLikeCommandsCompleteAsWords() throws {
    try Tool.bash.require()
    try Tool.fish.require()
    let markers = FileManager.default.temporaryDirectory.appendingPathComponent("accords-markers-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: markers, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: markers) }
    let names = [
      "Zed $(touch \(markers.path)/dollar)", "Zed `touch \(markers.path)/backtick`",
      "Zed; touch \(markers.path)/semicolon",
    ]
    let regions = names.enumerated().map { index, name in
      #"{"code": "IN-Z\#(index)", "name": \#(JSONValue.string(name).prettyPrinted), "country": "IN", "kind": "state", "sources": [{"source": "s1"}]}"#
    }
    let catalog = markers.appendingPathComponent("catalog.json")
    try #"""
    {"dataset": {"name": "T", "version": "1", "asOf": "2026", "description": "D"},
     "sources": [{"id": "s1", "publisher": "P", "kind": "media"}], "regions": [\#(regions.joined(separator: ","))]}
    """#.write(to: catalog, atomically: true, encoding: .utf8)
    let environment = path.merging(["ACCORDS_DATA": catalog.path]) { $1 }

    let bash = try script("bash")
    defer { try? FileManager.default.removeItem(at: bash) }
    let bashWords = try ProcessRunner.sh(
      "bash -c 'source \"$0\"; COMP_WORDS=(accords partners Zed); COMP_CWORD=2; _accords; printf \"%s\\n\" \"${COMPREPLY[@]}\"' \(bash.path)",
      environment: environment
    ).stdout.split(separator: "\n").map(String.init)
    #expect(bashWords.count == 3)
    // Each word, read back by bash as the user's command line would be, is the name itself.
    for word in bashWords {
      let read = try ProcessRunner.run(
        URL(fileURLWithPath: "/bin/bash"), ["-c", "eval \"printf '%s' $1\"", "bash", word]
      ).stdout
      #expect(names.contains(read), "\(word) reads as \(read)")
    }

    let fish = try script("fish")
    defer { try? FileManager.default.removeItem(at: fish) }
    let fishWords = try ProcessRunner.sh(
      "fish -c 'source \(fish.path); complete -C \"accords partners Zed\"'", environment: environment
    ).stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
    #expect(Set(fishWords) == Set(names))
    #expect(try FileManager.default.contentsOfDirectory(atPath: markers.path) == ["catalog.json"])
  }

  @Test(.requires(.zsh)) func zshScriptParsesAndDescribesEveryCommand() throws {
    try Tool.zsh.require()
    let file = try script("zsh")
    defer { try? FileManager.default.removeItem(at: file) }
    #expect(try ProcessRunner.sh("zsh -n \(file.path)").status == 0)
    let load = try ProcessRunner.sh(
      "zsh -c 'autoload -U compinit && compinit -u && source \(file.path) && print ${_comps[accords]}'")
    #expect(load.stdout == "_accords\n")
    let text = try String(contentsOf: file, encoding: .utf8)
    for command in ["agreements", "partners", "stats", "completions", "manual"] {
      #expect(text.contains("'\(command):"))
    }
    #expect(text.contains("_accords_lines __complete regions"))
  }

  @Test func rejectsAnUnknownShell() {
    let result = accords("completions", "tcsh")
    #expect(result.exitCode == .usage)
    #expect(
      result.stderr.hasPrefix(
        "Error: The value 'tcsh' is invalid for '<shell>'. Please provide one of 'bash', 'zsh' or 'fish'."))
  }

  @Test func hiddenHelperListsRegionsAreasAndIDs() {
    let regions = accords("__complete", "regions").stdout.split(separator: "\n")
    #expect(regions.count == 166)
    #expect(regions.contains("Tamil Nadu") && regions.contains("JP-38"))
    #expect(accords("__complete", "areas").stdout.split(separator: "\n").count == 8)
    #expect(!accords("--help").stdout.contains("__complete"))
  }
}

/// Every option that completes from the catalog asks for a kind `__complete` knows, and gets
/// candidates: the list comes from the command table, not from this test.
@Suite struct CompletionKindTests {
  static var kinds: [String] {
    var found: Set<String> = []
    func walk(_ spec: CommandSpec) {
      for option in spec.options {
        if case .command(let words) = option.completion, words.first == "__complete", let kind = words.last {
          found.insert(kind)
        }
      }
      for argument in spec.arguments {
        if case .command(let words) = argument.completion, words.first == "__complete", let kind = words.last {
          found.insert(kind)
        }
      }
      spec.subcommands.forEach(walk)
    }
    walk(Accords.root)
    return found.sorted()
  }

  @Test func theTableNamesCompletionKinds() {
    #expect(Self.kinds.contains("parties"))
  }

  @Test(arguments: kinds)
  func everyCompletionKindHasCandidates(kind: String) {
    let result = accords("__complete", kind)
    #expect(result.exitCode == .success)
    #expect(!result.stdout.isEmpty)
  }

  @Test func partiesCompleteByIdAndShortForm() {
    let words = accords("__complete", "parties").stdout.split(separator: "\n")
    #expect(words.contains("meti") && words.contains("METI") && words.contains("MeitY"))
  }
}

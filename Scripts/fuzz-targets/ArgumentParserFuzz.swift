// libFuzzer target: any command line, split at NUL bytes, parses to an outcome or a UsageError
// whose message can be written, never a crash. Built by Scripts/fuzz with CommandLineKit.

private let root = CommandSpec(
  name: "tool", abstract: "A tool.",
  options: [.value("color", valueName: "when", help: "Colour.", allowedValues: ["auto", "always", "never"])],
  subcommands: [
    CommandSpec(
      name: "list", aliases: ["ls"], abstract: "List.",
      arguments: [ArgumentSpec("filter", help: "A filter.", isOptional: true)],
      options: [
        .value("type", short: "t", valueName: "type", help: "A type.", isRepeatable: true),
        .value("format", short: "f", valueName: "format", help: "A format."),
        .flag("json", help: "JSON."),
      ]),
    CommandSpec(name: "show", abstract: "Show.", arguments: [ArgumentSpec("id", help: "An id.")]),
  ])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArgumentParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let words = UnsafeBufferPointer(start: data, count: size)
    .split(separator: 0, omittingEmptySubsequences: false)
    .map { String(decoding: $0, as: UTF8.self) }
  do {
    switch try ArgumentParser(root: root).parse(words) {
    case .help(let path): _ = HelpFormatter(width: 60).help(for: path)
    case .version(let parsed): _ = parsed.values.count
    case .run(let parsed): _ = HelpFormatter(width: 60).usage(for: parsed.path)
    }
  } catch {
    _ = error.description
  }
  for shell in Shell.allCases { _ = shell.completionScript(for: root) }
  return 0
}

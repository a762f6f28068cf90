public import AccordsCore
public import AccordsData
public import CommandLineKit

/// The `accords` command line as a pure function: arguments and environment in, text and an
/// exit code out. The executable is a thin wrapper around `Accords.run`.
public enum Accords: Sendable {
  /// The tool's own version, independent of the data's.
  public static let version = "0.1.0"
  /// The date of this release, shown in the manual.
  static let releaseDate = "2026-11-29"

  static let subcommands: [Subcommand] = [
    AgreementsCommand.command,
    VisitsCommand.command,
    ShowCommand.command,
    PartnersCommand.command,
    PartnershipsCommand.command,
    AreasCommand.command,
    InitiativesCommand.command,
    FiguresCommand.command,
    RegionsCommand.command,
    PartiesCommand.command,
    PeopleCommand.command,
    SourcesCommand.command,
    SearchCommand.command,
    StatsCommand.command,
    ValidateCommand.command,
    IndexCommand.command,
    ExportCommand.command,
    CompletionsCommand.command,
    ManualCommand.command,
    CompleteCommand.command,
  ]

  /// The root of the command tree, from which parsing, help and completions are derived.
  public static let root = CommandSpec(
    name: "accords",
    abstract:
      "A sourced catalog of India–Japan agreements: the annual summits and their documents, landmark agreements, state–prefecture partnerships and figures.",
    discussion:
      "Every record carries its sources; where sources disagree, the record says so in its notes. The 15th Annual Summit (Tokyo and Sendai, 29–30 August 2025) is recorded in full; earlier summits as far as the sources go, with how much of each is recorded.",
    examples: [
      Example("accords agreements --type moc --visit 2025", "The memoranda of cooperation of the 2025 summit."),
      Example("accords visits", "The summits, with documents recorded of those announced."),
      Example("accords partners Tamil Nadu", "The prefectures Tamil Nadu partners with."),
      Example("accords stats", "Counts by visit, type, area and party, and the headline figures."),
    ],
    options: [
      .value(
        "data", valueName: "path",
        help: "Read this catalog file instead of the bundled one; never merged with it. ACCORDS_DATA does the same.",
        completion: .file),
      .value(
        "color", valueName: "when", help: "When to use colour and bold: on a terminal only, always or never.",
        allowedValues: ["auto", "always", "never"], defaultValue: "auto"),
      .flag(
        "no-pager",
        help: "Never page long output on a terminal (ACCORDS_PAGER, then PAGER, else 'less -FRX' pages it)."),
    ],
    subcommands: subcommands.map(\.spec), versionHelp: "Show the version of Accords and of its data.")

  /// Runs one command line.
  ///
  /// - Parameters:
  ///   - arguments: the words after the executable's name.
  ///   - environment: the variables and terminal the process runs in.
  ///   - loadCatalog: where the catalog comes from; the bundled data unless a test says otherwise.
  ///   - loadFile: how a catalog file named by `--data` or `ACCORDS_DATA` is read, given the
  ///     agreements the command needs: from its index when current, else the JSON
  ///     (`CatalogIndex.load(catalogAt:needing:producer:)`); the executable wraps the loader to
  ///     keep what it read until it exits.
  /// - Returns: what to print on each stream and the exit code; never throws, never traps.
  public static func run(
    arguments: [String], environment: ProcessEnvironment = ProcessEnvironment(),
    loadCatalog: () throws(CatalogError) -> Catalog = { () throws(CatalogError) in try Catalog.bundled() },
    loadFile: (String, AgreementNeeds) throws(CatalogError) -> CatalogIndex.Loaded = {
      (path, needs) throws(CatalogError) in try CatalogIndex.load(catalogAt: path, needing: needs, producer: version)
    }
  ) -> CommandResult {
    let help = HelpFormatter(width: environment.width)
    let parsed: ParsedCommand
    do {
      switch try ArgumentParser(root: root).parse(arguments) {
      case .help(let path): return CommandResult(stdout: help.help(for: path))
      case .version(let options):
        let dataPath = dataPath(options, environment)
        // The bundled data's version is known without building the catalog; a file's is read.
        return versionReport { () throws(CatalogError) -> Dataset in
          if let dataPath { return try loadFile(dataPath, .whole).catalog.dataset }
          return Catalog.bundledDataset
        }
      case .run(let command): parsed = command
      }
    } catch {
      return ErrorReport.usage(error, path: ArgumentParser(root: root).commandPath(for: arguments), help: help)
    }

    let color: String
    do {
      color =
        try parsed.value("color").map { text throws(UsageError) in
          try colorMatcher.match(text, option: "--color <when>")
        } ?? "auto"
    } catch {
      return ErrorReport.usage(error, path: parsed.path, help: help)
    }
    let style = OutputStyle(
      isTerminal: environment.stdoutIsTerminal, width: environment.width,
      usesColor: color == "always" || (color == "auto" && environment.allowsAutomaticColor))

    guard let subcommand = subcommands.first(where: { $0.spec.name == parsed.command.name }) else {
      return CommandResult(
        stderr: "Error: internal: no handler for '\(parsed.command.name)'.\n", exitCode: .internalError)
    }
    let dataPath = dataPath(parsed, environment)
    // Said on standard error after the command's own output: why a file's index was not used.
    var notice: String?
    // The catalog a command read, whose image may turn out damaged only as the command reads it.
    var catalogRead: Catalog?
    func load(needing needs: AgreementNeeds = .whole) throws(CatalogError) -> Catalog {
      guard let dataPath else { return try loadCatalog() }
      let loaded = try loadFile(dataPath, needs)
      notice = loaded.notice
      catalogRead = loaded.catalog
      return loaded.catalog
    }
    do throws(CommandFailure) {
      let output: String
      switch subcommand.action {
      case .standalone(let run):
        output = try run(parsed, style)
      case .inspectsCatalog(let run):
        output = try run(parsed, style, dataPath, { () throws(CatalogError) in try load() })
      case .usesCatalog(let run):
        let catalog: Catalog
        do { catalog = try load(needing: subcommand.agreementNeeds(parsed)) } catch {
          throw CommandFailure.catalog(error)
        }
        output = try run(parsed, CommandContext(catalog: catalog, style: style))
      }
      // An answer built with a damaged record standing in is never printed.
      if let failure = catalogRead?.readFailure { throw CommandFailure.catalog(failure) }
      if let bytes = style.binary.bytes {
        // A workbook is bytes no terminal can show, as gzip refuses to write to one.
        guard !environment.stdoutIsTerminal else {
          throw CommandFailure.usage(
            .needsOption(
              "> file.xlsx", given: "--format xlsx", reason: "writes a binary workbook, which a terminal cannot show"))
        }
        var result = CommandResult(stderr: noticeLine(notice))
        result.binary = bytes
        return result
      }
      return CommandResult(
        stdout: output, stderr: noticeLine(notice),
        pager: Pager.command(for: output, environment: environment, noPager: parsed.flag("no-pager")))
    } catch {
      var report = ErrorReport.failure(error, path: parsed.path, help: help)
      if case .catalog = error, parsed.value("data") == nil, dataPath != nil {
        // The user may not know the variable is set: say where the name came from.
        report.stderr +=
          "The catalog file was named by the ACCORDS_DATA environment variable; unset it to use the bundled catalog.\n"
      }
      return report
    }
  }

  /// A notice about the catalog file's index as a line for standard error, or nothing.
  private static func noticeLine(_ notice: String?) -> String {
    notice.map { "Note: \(TerminalText.escaped($0))\n" } ?? ""
  }

  /// The catalog file the user named: `--data`, else a non-empty `ACCORDS_DATA`, else none.
  private static func dataPath(_ parsed: ParsedCommand, _ environment: ProcessEnvironment) -> String? {
    parsed.value("data") ?? environment.variables["ACCORDS_DATA"].flatMap { $0.isEmpty ? nil : $0 }
  }

  private static let colorMatcher = ValueMatcher(
    entries: ["auto", "always", "never"].map { .init(value: $0, canonical: $0, spellings: []) })

  /// The tool's version, then the data's; when the data cannot be read, the tool's version
  /// still, and the reason with the loader's exit code, never a silent half answer.
  private static func versionReport(_ loadDataset: () throws(CatalogError) -> Dataset) -> CommandResult {
    let tool = "accords \(version)\n"
    do {
      let dataset = try loadDataset()
      return CommandResult(
        stdout: tool
          + "data \(TerminalText.escaped(dataset.version)) (sources checked up to \(dataset.asOf.readable))\n")
    } catch {
      var report = ErrorReport.catalogFailure(error)
      report.stdout = tool
      return report
    }
  }
}

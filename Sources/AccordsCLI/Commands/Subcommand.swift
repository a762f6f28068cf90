import AccordsCore
import CommandLineKit

/// A command Accords offers: its declaration, and what it does with a parsed command line.
struct Subcommand: Sendable {
  /// What running the command needs.
  enum Action: Sendable {
    /// Answers from the catalog, which is loaded first.
    case usesCatalog(@Sendable (ParsedCommand, CommandContext) throws(CommandFailure) -> String)
    /// Needs no catalog, so it works even when the catalog is broken (help-like commands).
    case standalone(@Sendable (ParsedCommand, OutputStyle) throws(CommandFailure) -> String)
    /// Loads a catalog itself and reports on the loading, as `validate` does: given where
    /// `--data` or `ACCORDS_DATA` points, if anywhere, and how to load the catalog the other
    /// commands would use.
    case inspectsCatalog(
      @Sendable (
        _ parsed: ParsedCommand, _ style: OutputStyle, _ dataPath: String?, _ loadCatalog: CatalogLoading
      ) throws(CommandFailure) -> String
    )
  }

  /// Loads the catalog a command answers from: the user's file, or the bundled data.
  typealias CatalogLoading = () throws(CatalogError) -> Catalog

  let spec: CommandSpec
  let action: Action
  /// What the command needs of the agreements, as far as the command line alone tells: a
  /// catalog file is read keeping only that whole, the other agreements checked alike but kept
  /// in outline (`CatalogLoader.load(path:needing:)`). Every agreement whole unless a command
  /// says otherwise.
  let agreementNeeds: @Sendable (ParsedCommand) -> AgreementNeeds

  init(
    spec: CommandSpec, action: Action,
    agreementNeeds: @escaping @Sendable (ParsedCommand) -> AgreementNeeds = { _ in .whole }
  ) {
    self.spec = spec
    self.action = action
    self.agreementNeeds = agreementNeeds
  }

  init(
    spec: CommandSpec, agreementNeeds: @escaping @Sendable (ParsedCommand) -> AgreementNeeds = { _ in .whole },
    run: @escaping @Sendable (ParsedCommand, CommandContext) throws(CommandFailure) -> String
  ) {
    self.init(spec: spec, action: .usesCatalog(run), agreementNeeds: agreementNeeds)
  }
}

/// What every command is given: the catalog to answer from and how to dress the output.
struct CommandContext: Sendable {
  let catalog: Catalog
  let style: OutputStyle
  /// The JSON of records as commands print it: citations expanded, derived values added.
  var records: RecordEncoder { RecordEncoder(catalog: catalog, style: .expanded) }

  /// The same, with statuses worked out on `day` (the data's as-of date when `nil`).
  func records(on day: PartialDate?) -> RecordEncoder { RecordEncoder(catalog: catalog, style: .expanded, asOf: day) }
}

/// Why a command stopped; `ErrorReport` turns each case into one message and one exit code.
enum CommandFailure: Error, Sendable {
  /// The command line is wrong.
  case usage(UsageError)
  /// A named thing is not in the catalog; the message says what was looked for and what is near.
  case notFound(String)
  /// The catalog could not be loaded.
  case catalog(CatalogError)
  /// An output file cannot be made, or exists and may not be replaced.
  case cannotCreate(String)
  /// The bytes of an output file could not be written, as on a full disk.
  case outputFailed(String)
  /// The catalog's data cannot be written in the format asked for (a NUL in text, for SQL).
  case unwritable(String)
}

/// Options several commands share.
enum CommonOptions {
  static func format(_ allowed: [OutputFormat] = OutputFormat.listings) -> OptionSpec {
    .value(
      "format", short: "f", valueName: "format",
      help: "How to write the output: an aligned table for people, or a format for other programs.",
      allowedValues: allowed.map(\.rawValue), defaultValue: OutputFormat.table.rawValue
    ).describing(Dictionary(uniqueKeysWithValues: allowed.map { ($0.rawValue, $0.summary) }))
  }

  static let json = OptionSpec.flag("json", help: "Write JSON; the same as --format json.")
}

/// Writes a listing in the chosen format; only that format's output is built.
enum ListingOutput {
  /// A listing of records, as `render(_:json:…)` with the list of the records' JSON, each
  /// record's JSON made only when it is written: a long listing never holds all of it at once.
  static func render<Records: Collection>(
    _ listing: @autoclosure () -> Listing, records: Records, json: (Records.Element) -> JSONValue,
    fields: FieldSet<Records.Element>, chosen: [String]?, context: FieldContext, kind: String, format: OutputFormat,
    style: OutputStyle
  ) -> String {
    switch format {
    case .json where chosen == nil: JSONValue.prettyPrintedLine(listing: records, json)
    case .jsonl where chosen == nil: JSONLines.lines(kind: kind, records: records, json)
    default:
      render(
        listing(), json: .array(records.map(json)), table: fields.table(records, context: context, chosen: chosen),
        chosen: chosen, kind: kind, format: format, style: style)
    }
  }

  /// - Parameters:
  ///   - table: the records' typed table, of the fields `chosen` or of all.
  ///   - kind: what each record is, for JSON Lines (`agreement`, `partnership`, `match`).
  static func render(
    _ listing: @autoclosure () -> Listing, json: @autoclosure () -> JSONValue, table: @autoclosure () -> RecordTable,
    chosen: [String]? = nil, graph: @autoclosure () -> Graph? = nil, name: String = "accords", kind: String,
    format: OutputFormat, style: OutputStyle
  ) -> String {
    // Under --fields, every format writes the chosen columns, people's formats included.
    func rows() -> Listing {
      guard chosen != nil else { return listing() }
      let full = listing()
      return table().listing(noun: full.noun, total: full.total)
    }
    switch format {
    case .mermaid: return graph().map(MermaidRenderer.render) ?? ""
    case .dot: return graph().map { DotRenderer.render($0, name: name) } ?? ""
    case .table: return TableRenderer.render(rows(), style: style)
    case .plain: return DelimitedRenderers.plain(rows())
    case .csv: return DelimitedRenderers.csv(table(), onTerminal: style.isTerminal)
    case .tsv: return DelimitedRenderers.tsv(table())
    case .xlsx:
      let sheet = table()
      let name = listing().noun.plural
      style.binary.store(Workbook(sheets: [.init(name: name, columns: sheet.columns, rows: sheet.rows)]).data)
      return ""
    case .markdown: return DelimitedRenderers.markdown(rows())
    case .json:
      return chosen == nil ? json().prettyPrintedLine : JSONValue.array(table().jsonObjects).prettyPrintedLine
    case .jsonl:
      guard chosen != nil else { return JSONLines.text(kind: kind, json: json(), listing: listing()) }
      return JSONLines.text(kind: kind, json: .array(table().jsonObjects), listing: listing())
    }
  }
}

extension Array where Element == String {
  /// The items joined with `; `, the separator used for lists inside one cell.
  var cellList: String { joined(separator: "; ") }
}

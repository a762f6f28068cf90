import AccordsCore
import CommandLineKit

/// The visits a command is narrowed to with `--visit`, named as people name summits: an id,
/// a year (`2018`), a number (`13`, `13th`, `13th summit`) or a place (`Kobe`).
struct VisitSelection: Sendable {
  /// The visits asked for; empty when `--visit` was not given.
  let visits: Set<Visit.ID>

  /// The option, for the commands that offer it.
  static let option = OptionSpec.value(
    "visit", valueName: "visit",
    help: "Only records of this visit: its id, year (2018), number (13, 13th summit) or a place it went to (Kobe).",
    isRepeatable: true, completion: .command(["__complete", "visits"]))

  /// A selection of the given visits; none selects everything.
  init(visits: Set<Visit.ID> = []) { self.visits = visits }

  /// Reads every `--visit` of `parsed`.
  ///
  /// - Throws: `CommandFailure.notFound` for a name that fits no visit or several.
  init(_ parsed: ParsedCommand, catalog: Catalog) throws(CommandFailure) {
    var visits: Set<Visit.ID> = []
    for name in parsed.allValues("visit") { visits.insert(try Self.resolve(name, in: catalog)) }
    self.visits = visits
  }

  /// Whether a record of `visit` is selected: always, when no `--visit` was given.
  func includes(_ visit: Visit.ID?) -> Bool {
    visits.isEmpty || visit.map(visits.contains) == true
  }

  static func resolve(_ name: String, in catalog: Catalog) throws(CommandFailure) -> Visit.ID {
    switch NameResolver(catalog: catalog, scope: .visits).resolve(name) {
    case .found(let match):
      if case .visit(let id) = match.subject { return id }
    case .ambiguous(let matches):
      let labels = matches.compactMap { match -> String? in
        guard case .visit(let id) = match.subject, let visit = catalog.visit(id) else { return nil }
        return "\(visit.title) (\(id))"
      }
      throw .notFound("'\(name)' could mean more than one visit: \(labels.joined(separator: "; ")). Give its id.")
    case .notFound(let suggestions):
      throw .notFound(
        "No visit is named '\(name)'."
          + ErrorReport.hint(suggestions, otherwise: "List the visits with 'accords visits'."))
    }
    throw .notFound("No visit is named '\(name)'.")
  }
}

import AccordsCore
import CommandLineKit

/// Finds the parties a person means by `--party`, or explains why none was found.
enum PartyLookup {
  /// The party `text` names (`METI`, `経済産業省`, `Government of the Republic of India`); every
  /// party it could mean when it names several; else the parties whose names hold its words
  /// (`--party space` finds ISRO's Department of Space).
  static func parties(named text: String, in catalog: Catalog) throws(CommandFailure) -> Set<Party.ID> {
    let query: SearchQuery
    do throws(UsageError) { query = try SearchQuery.checked(text, option: "--party <name>") } catch {
      throw .usage(error)
    }
    let resolver = NameResolver(catalog: catalog, scope: .parties)
    switch resolver.resolve(text) {
    case .found(let match): return [Party.ID(match.subject.id)]
    case .ambiguous(let matches): return Set(matches.map { Party.ID($0.subject.id) })
    case .notFound(let suggestions):
      let named = catalog.search(query, among: [.party]).map { Party.ID($0.id) }
      guard named.isEmpty else { return Set(named) }
      throw .notFound(
        "No party is named '\(UsageError.shortened(text))'."
          + ErrorReport.hint(suggestions, otherwise: "Try 'accords parties' for the list of bodies."))
    }
  }
}

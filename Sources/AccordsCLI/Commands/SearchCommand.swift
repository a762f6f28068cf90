import AccordsCore
import CommandLineKit

/// `accords search <words>`: full-text search over every record, best matches first.
enum SearchCommand {
  static let spec = CommandSpec(
    name: "search",
    abstract:
      "Search every record — agreements, initiatives, areas, partnerships, figures, regions, sources — for words.",
    discussion:
      "A record matches when it contains every word, ignoring case and diacritics. Matches in a title, name or alias rank first, then ids, then summaries, then notes and quoted sources.",
    examples: [
      Example(
        "accords search hydrogen", "The clean hydrogen and ammonia declaration, and what else mentions hydrogen."),
      Example("accords search lunar", "The ISRO–JAXA lunar mission arrangement."),
      Example("accords search skilled personnel --json", "Matches as JSON, with kind, id, field and snippet."),
    ],
    arguments: [ArgumentSpec("words", help: "One or more words, quoted or not.", takesWords: true)],
    options: [CommonOptions.format(), CommonOptions.json])

  static let command = Subcommand(spec: spec) { (parsed, context) throws(CommandFailure) -> String in
    let format: OutputFormat
    do throws(UsageError) { format = try OutputFormat.chosen(in: parsed) } catch { throw .usage(error) }
    let query = parsed.arguments[0]
    guard query.count <= Catalog.longestQuery else {
      throw .usage(.tooLong(query, option: "<words>", limit: Catalog.longestQuery))
    }
    guard !TextFolding.fold(query).isEmpty else {
      throw .usage(.blankArgument("words", value: query))
    }
    let hits = context.catalog.search(query)
    return ListingOutput.render(
      Listing(
        columns: [.init("kind"), .init("id"), .init("field"), .init("match", wraps: true)],
        rows: hits.map { [$0.kind.rawValue, $0.id, $0.field, $0.snippet] },
        noun: ("match", "matches"),
        highlighting: TextFolding.fold(query).split(separator: " ").map(String.init)),
      json: .array(
        hits.map { hit in
          .object([
            "kind": .string(hit.kind.rawValue), "id": .string(hit.id), "title": .string(hit.title),
            "field": .string(hit.field), "snippet": .string(hit.snippet), "score": .int(hit.score),
          ])
        }),
      kind: "match", format: format, style: context.style)
  }
}

import AccordsCore
import CommandLineKit

/// `accords search <words>`: full-text search over every record, best matches first.
enum SearchCommand {
  static let spec = CommandSpec(
    name: "search",
    abstract:
      "Search every record — agreements, initiatives, areas, partnerships, figures, parties, people, regions, sources — for words.",
    discussion:
      "A record matches when it holds every word: a whole word, or the start of one for words of three letters or more (hydro finds hydrogen; AI does not find Affairs). Numbers match whole; words joined by punctuation (2+2) must stand together. Case, accents, katakana and hiragana, and British, Indian and American spellings (defence, defense; programme, program; organisation, organization) compare alike, and an acronym finds what a record spells it out as. A record named exactly by the query ranks first; then matches in a title, name or alias, then ids, then summaries, then notes and quoted sources; a phrase ranks above scattered words.",
    examples: [
      Example(
        "accords search hydrogen", "The clean hydrogen and ammonia declaration, and what else mentions hydrogen."),
      Example("accords search lunar", "The ISRO–JAXA lunar mission arrangement."),
      Example("accords search skilled personnel --json", "Matches as JSON, with kind, id, field and snippet."),
    ],
    arguments: [ArgumentSpec("words", help: "One or more words, quoted or not.", takesWords: true)],
    options: [FieldSelection.option(fields.names), CommonOptions.format(), CommonOptions.json])

  /// A match's fields: the record it is in, the field that matched, and the text around it.
  static let fields = FieldSet<SearchHit>([
    Field("kind") { .text($0.kind.rawValue) },
    Field("id") { .text($0.id) },
    Field("title") { .text($0.title) },
    Field("field") { .text($0.field) },
    Field("snippet") { .text($0.snippet) },
    Field("score") { .integer($0.score) },
  ])

  static let command = Subcommand(spec: spec) { (parsed, context) throws(CommandFailure) -> String in
    let format: OutputFormat
    let chosen: [String]?
    do throws(UsageError) {
      format = try OutputFormat.chosen(in: parsed)
      chosen = try FieldSelection.chosen(parsed, valid: fields.names)
    } catch {
      throw .usage(error)
    }
    let query: SearchQuery
    do throws(UsageError) { query = try SearchQuery.checked(parsed.arguments[0], option: "<words>") } catch {
      throw .usage(error)
    }
    let hits = context.catalog.search(query)
    return ListingOutput.render(
      Listing(
        columns: [.init("kind"), .init("id"), .init("field"), .init("match", wraps: true)],
        rows: hits.map { [$0.kind.rawValue, $0.id, $0.field, $0.snippet] },
        noun: ("match", "matches"),
        highlighting: query.words, emptyLine: "No record holds every word of: \(query.tried)."),
      records: hits,
      json: { hit in
        .object([
          "kind": .string(hit.kind.rawValue), "id": .string(hit.id), "title": .string(hit.title),
          "field": .string(hit.field), "snippet": .string(hit.snippet), "score": .int(hit.score),
        ])
      },
      fields: fields, chosen: chosen, context: FieldContext(catalog: context.catalog), kind: "match", format: format,
      style: context.style)
  }
}

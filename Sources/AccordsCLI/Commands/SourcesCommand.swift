import AccordsCore
import CommandLineKit

/// `accords sources`: the bibliography, whole or narrowed to a kind of source or to what the
/// records of a visit cite.
enum SourcesCommand {
  static let spec = CommandSpec(
    name: "sources",
    abstract: "List every source the catalog cites, with its kind and address.",
    discussion:
      "--visit keeps the sources cited by the visit's own record and by its documents, initiatives, figures and partnerships, notes included. 'accords show <source>' lists every record that cites a source.",
    examples: [
      Example("accords sources", "Every source with its kind: official, wire, media or reference."),
      Example("accords sources --kind official --visit 2025", "The official sources behind the 2025 summit."),
      Example("accords show jetro-summit", "One source and every record that cites it."),
    ],
    options: [
      .value(
        "kind", valueName: "kind", help: "Only sources of this kind.",
        allowedValues: Source.Kind.allCases.map(\.rawValue),
        isRepeatable: true),
      VisitSelection.option, FieldSelection.option(FieldSet.sources.names), CommonOptions.format(), CommonOptions.json,
    ])

  static let kinds = ValueMatcher(
    entries: Source.Kind.allCases.map { .init(value: $0, canonical: $0.rawValue, spellings: []) })

  static let command = Subcommand(spec: spec) { (parsed, context) throws(CommandFailure) -> String in
    let format: OutputFormat
    let chosen: [String]?
    var wanted: Set<Source.Kind> = []
    do throws(UsageError) {
      format = try OutputFormat.chosen(in: parsed)
      chosen = try FieldSelection.chosen(parsed, valid: FieldSet.sources.names)
      for text in parsed.allValues("kind") { wanted.insert(try kinds.match(text, option: "--kind <kind> ...")) }
    } catch {
      throw .usage(error)
    }
    let catalog = context.catalog
    let selection = try VisitSelection(parsed, catalog: catalog)
    let cited = selection.visits.isEmpty ? nil : sources(citedByRecordsOf: selection.visits, in: catalog)
    let sources = catalog.sources.filter { source in
      (wanted.isEmpty || wanted.contains(source.kind)) && (cited?.contains(source.id) ?? true)
    }
    return ListingOutput.render(
      Listing(
        columns: [.init("id"), .init("kind"), .init("publisher", wraps: true), .init("url", wraps: true)],
        rows: sources.map { [$0.id.rawValue, $0.kind.rawValue, $0.publisher, $0.url ?? ""] },
        noun: ("source", "sources"), total: catalog.sources.count),
      records: sources, json: context.records.source, fields: .sources, chosen: chosen,
      context: FieldContext(catalog: catalog), kind: "source", format: format, style: context.style)
  }

  /// The sources cited anywhere in the records of `visits`: each visit's own record and its
  /// documents, initiatives, figures and partnerships, their notes and parts included.
  static func sources(citedByRecordsOf visits: Set<Visit.ID>, in catalog: Catalog) -> Set<Source.ID> {
    var records: Set<String> = Set(visits.map { "visit \($0.rawValue)" })
    for agreement in catalog.agreements where agreement.visit.map(visits.contains) == true {
      records.insert("agreement \(agreement.id.rawValue)")
    }
    for initiative in catalog.initiatives where initiative.visit.map(visits.contains) == true {
      records.insert("initiative \(initiative.id.rawValue)")
    }
    for figure in catalog.figures where figure.visit.map(visits.contains) == true {
      records.insert("figure \(figure.id.rawValue)")
    }
    for partnership in catalog.partnerships where partnership.visit.map(visits.contains) == true {
      records.insert("partnership \(partnership.id.rawValue)")
    }
    guard let table = CatalogSQL.tables(catalog).first(where: { $0.name == "citations" }) else { return [] }
    var cited: Set<Source.ID> = []
    for row in table.rows {
      guard case .text(let kind) = row[0], case .text(let id) = row[1], case .text(let source) = row[4],
        records.contains("\(kind) \(id)")
      else { continue }
      cited.insert(Source.ID(rawValue: source))
    }
    return cited
  }
}

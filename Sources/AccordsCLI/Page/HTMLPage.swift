import AccordsCore

/// `export --format html`: the catalog as one web page to publish, in one file that asks the
/// network for nothing (a Content-Security-Policy of `default-src 'none'` forbids it, and no
/// script, style sheet, font or image comes from elsewhere). Every visit, document,
/// partnership and figure is there, each with its sources as links and its contested marks.
/// Without JavaScript it is plain tables; with it, the documents can be searched, filtered by
/// type, visit and status, and every table sorted by a click on its heading; the state is kept
/// in the address (`#q=lunar&type=mou`), so a filtered view can be linked to.
///
/// Nothing from the catalog is code in the page: all text is escaped (`HTMLText`), links are
/// made of `http` and `https` addresses only, and the script is a constant that reads the
/// table, never catalog text put into it.
enum HTMLPage {
  static func render(_ catalog: Catalog) -> String {
    let dataset = catalog.dataset
    var page = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="\(policy)">
      <link rel="icon" href="data:,">
      <title>\(HTMLText.escaped(dataset.name))</title>
      <style>\(PageAssets.style)</style>
      </head>
      <body>
      <header>
      <h1>\(HTMLText.escaped(dataset.name))</h1>
      <p>Data version \(HTMLText.escaped(dataset.version)), sources checked up to \(HTMLText.escaped(dataset.asOf.readable)). \
      \(catalog.agreements.count) documents, \(catalog.visits.count) visits, \(catalog.partnerships.count) partnerships, \
      \(catalog.figures.count) figures, \(catalog.sources.count) sources. Made with <code>accords export --format html</code>.</p>
      <nav><a href="#documents">Documents</a> · <a href="#visits">Visits</a> · <a href="#partnerships">Partnerships</a> · \
      <a href="#figures">Figures</a></nav>
      </header>
      <main>

      """
    page += documents(catalog) + visits(catalog) + partnerships(catalog) + figures(catalog)
    page += """
      </main>
      <footer><p>Statuses are worked out on \(HTMLText.escaped(dataset.asOf.readable)). \
      <span class="mark">conflict</span> — sources disagree; <span class="mark">unconfirmed</span> — no source found \
      confirms part of it. The notes are in <code>accords show &lt;id&gt;</code>.</p></footer>
      <script>\(PageAssets.script)</script>
      </body>
      </html>

      """
    return page
  }

  /// No request of any kind; the page's own inline style and its one script (by hash, so that
  /// no other inline script or handler could run); `data:` only for the empty icon.
  static let policy =
    "default-src 'none'; style-src 'unsafe-inline'; script-src '\(PageAssets.scriptHash)'; img-src data:; base-uri 'none'; form-action 'none'"

  // MARK: - Sections

  static func documents(_ catalog: Catalog) -> String {
    let agreements = catalog.newestAgreements(matching: AgreementFilter())
    let day = catalog.dataset.asOf
    var types: [DocumentType] = []
    var statuses: [InstrumentStatus.Kind] = []
    for agreement in agreements {
      if !types.contains(agreement.type) { types.append(agreement.type) }
      let status = catalog.status(of: agreement, on: day).kind
      if !statuses.contains(status) { statuses.append(status) }
    }
    let visits = catalog.visits.sorted(by: Visit.isEarlier).reversed()
    let controls = """
      <form class="controls" hidden>
      <label>Search <input type="search" id="q" placeholder="words in any column"></label>
      <label>Type \(select("type", DocumentType.allCases.filter(types.contains).map { ($0.rawValue, $0.displayName) }))</label>
      <label>Visit \(select("visit", visits.map { ($0.id.rawValue, $0.shortLabel) }))</label>
      <label>Status \(select("status", InstrumentStatus.Kind.allCases.filter(statuses.contains).map { ($0.rawValue, $0.displayName) }))</label>
      <output id="shown"></output>
      </form>

      """
    let rows = agreements.map { agreement -> String in
      let status = catalog.status(of: agreement, on: day).kind
      let visit = agreement.visit.flatMap(catalog.visit)
      return row(
        id: agreement.id.rawValue,
        data: [
          ("type", agreement.type.rawValue), ("visit", agreement.visit?.rawValue ?? ""), ("status", status.rawValue),
        ],
        cells: [
          date(agreement.date), text(agreement.type.abbreviation ?? agreement.type.displayName),
          titled(agreement.title, id: agreement.id.rawValue, notes: agreement.notes),
          text(visit?.shortLabel ?? ""), text(status.displayName), sources(agreement.sources, in: catalog),
        ])
    }
    return section(
      "documents", heading: "Documents", intro: controls,
      columns: ["Date", "Type", "Title", "Visit", "Status", "Sources"], rows: rows)
  }

  static func visits(_ catalog: Catalog) -> String {
    let rows = catalog.visits.sorted(by: Visit.isEarlier).reversed().map { visit -> String in
      let coverage = catalog.coverage(of: visit)
      return row(
        id: visit.id.rawValue, data: [],
        cells: [
          number(visit.ordinal), date(visit.start), titled(visit.title, id: visit.id.rawValue, notes: visit.notes),
          text(visit.places.map(\.name).joined(separator: "; ")),
          text(visit.leaders.map { catalog.person($0.person)?.name ?? $0.person.rawValue }.joined(separator: "; ")),
          number(coverage.documents),
          text(coverage.announced.map { "\($0.count) \($0.scope.rawValue)" }.joined(separator: " or ")),
          sources(visit.sources, in: catalog),
        ])
    }
    return section(
      "visits", heading: "Visits",
      columns: ["No", "Start", "Visit", "Places", "Leaders", "Documents", "Announced", "Sources"], rows: rows)
  }

  static func partnerships(_ catalog: Catalog) -> String {
    let day = catalog.dataset.asOf
    let rows = catalog.partnerships.sorted(by: Partnership.isOlder).map { partnership -> String in
      row(
        id: partnership.id.rawValue, data: [],
        cells: [
          text(catalog.region(partnership.state)?.name ?? partnership.state.rawValue),
          titled(
            catalog.region(partnership.prefecture)?.name ?? partnership.prefecture.rawValue,
            id: partnership.id.rawValue,
            notes: partnership.notes),
          text(partnership.kind.displayName), date(partnership.signed),
          text(partnership.renewals.map(\.date.description).joined(separator: "; ")),
          text(partnership.status(on: day).readable),
          sources(partnership.sources + partnership.renewals.flatMap(\.sources), in: catalog),
        ])
    }
    return section(
      "partnerships", heading: "State–prefecture partnerships",
      columns: ["State", "Prefecture", "Kind", "Signed", "Renewed", "Status", "Sources"], rows: rows)
  }

  static func figures(_ catalog: Catalog) -> String {
    let rows = catalog.figures.map { figure -> String in
      row(
        id: figure.id.rawValue, data: [],
        cells: [
          titled(figure.label, id: figure.id.rawValue, notes: figure.notes),
          "<td data-sort=\"\(JSONValue.format(figure.value))\">\(HTMLText.escaped(figure.readableAmount))</td>",
          text(figure.qualifier.rawValue), text(figure.kind.rawValue), text(figure.period ?? ""),
          sources(figure.sources, in: catalog),
        ])
    }
    return section(
      "figures", heading: "Headline figures", columns: ["Figure", "Amount", "Qualifier", "Kind", "Period", "Sources"],
      rows: rows)
  }

  // MARK: - Pieces

  static func section(_ id: String, heading: String, intro: String = "", columns: [String], rows: [String]) -> String {
    """
    <section id="\(id)">
    <h2>\(heading)</h2>
    \(intro)<div class="scroll"><table class="sortable">
    <thead><tr>\(columns.map { "<th scope=\"col\">\($0)</th>" }.joined())</tr></thead>
    <tbody>
    \(rows.joined(separator: "\n"))
    </tbody>
    </table></div>
    </section>

    """
  }

  static func row(id: String, data: [(String, String)], cells: [String]) -> String {
    let attributes = data.map { " data-\($0.0)=\"\(HTMLText.escaped($0.1))\"" }.joined()
    return "<tr id=\"\(HTMLText.escaped(id))\"\(attributes)>" + cells.joined() + "</tr>"
  }

  static func text(_ value: String) -> String { "<td>\(HTMLText.escaped(value))</td>" }

  static func number(_ value: Int?) -> String {
    "<td class=\"number\" data-sort=\"\(value.map(String.init) ?? "")\">\(value.map(String.init) ?? "")</td>"
  }

  /// A date as published (`2014`, `2024-12`), sorting by its first day.
  static func date(_ date: PartialDate?) -> String {
    guard let date else { return "<td data-sort=\"\"></td>" }
    return "<td data-sort=\"\(date.firstDay)\"><time>\(date.description)</time></td>"
  }

  /// A record's name with its id beneath, and its contested marks.
  static func titled(_ title: String, id: String, notes: [Note]) -> String {
    let marks = Note.contested(notes).map { " <span class=\"mark\">\($0.rawValue)</span>" }.joined()
    return "<td>\(HTMLText.escaped(title))\(marks)<br><small>\(HTMLText.escaped(id))</small></td>"
  }

  /// The sources cited, each once, as links where the address is a web address.
  static func sources(_ citations: [Citation], in catalog: Catalog) -> String {
    var seen: Set<Source.ID> = []
    let links = citations.filter { seen.insert($0.source).inserted }.compactMap { citation -> String? in
      guard let source = catalog.source(citation.source) else { return nil }
      let name = HTMLText.escaped(source.publisher)
      guard let url = source.url, HTMLText.linkable(url) else { return "<span>\(name)</span>" }
      return "<a href=\"\(HTMLText.escaped(url))\" rel=\"noreferrer noopener\">\(name)</a>"
    }
    return "<td class=\"sources\">" + links.joined(separator: "<br>") + "</td>"
  }

  static func select(_ id: String, _ options: [(value: String, label: String)]) -> String {
    "<select id=\"\(id)\"><option value=\"\">all</option>"
      + options.map { "<option value=\"\(HTMLText.escaped($0.value))\">\(HTMLText.escaped($0.label))</option>" }
      .joined()
      + "</select>"
  }
}

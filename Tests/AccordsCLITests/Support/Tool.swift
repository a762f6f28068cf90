import Foundation
import Testing

/// A program outside the Swift toolchain that some tests use to read what Accords writes.
///
/// On a machine without it, those tests are skipped with the reason. Under
/// `ACCORDS_REQUIRE_TOOLS=1` (set by `.ci/run`, which installs them all) they run anyway and
/// fail on the missing program, so CI can never go green by skipping.
enum Tool: String, CaseIterable, Sendable {
  case bash, zsh, fish, dot, groff
  /// Python 3 with the `jsonschema` package.
  case jsonschema
  /// Python 3, whose standard library carries SQLite (`sqlite3`).
  case python3
  /// The `sqlite3` command-line shell.
  case sqlite3
  /// Python 3 with the `duckdb` package.
  case duckdb
  /// A PostgreSQL server's programs: `initdb`, `pg_ctl`, `psql`.
  case postgres
  /// GitHub's Markdown renderer, with its table extension.
  case cmarkGFM = "cmark-gfm"
  /// LibreOffice Calc, headless, and Python's openpyxl to read what it writes.
  case libreoffice
  /// util-linux `script`, which runs a command in a pseudo-terminal.
  case script
  /// The Frictionless Data tools (`frictionless`, from PyPI), which validate a data package.
  case frictionless
  /// Headless Chromium (and Python 3, which reads the DOM it dumps).
  case chromium

  /// What the tool is, for the skip reason and the README.
  var description: String {
    switch self {
    case .bash: "the bash shell"
    case .zsh: "the zsh shell"
    case .fish: "the fish shell"
    case .dot: "Graphviz `dot`"
    case .groff: "groff"
    case .jsonschema: "Python 3 with the jsonschema package"
    case .python3: "Python 3"
    case .sqlite3: "the sqlite3 shell"
    case .duckdb: "Python 3 with the duckdb package"
    case .postgres: "PostgreSQL (initdb, pg_ctl and psql)"
    case .cmarkGFM: "cmark-gfm, GitHub's Markdown renderer"
    case .libreoffice: "LibreOffice (soffice) with Python's openpyxl"
    case .script: "util-linux script (a pseudo-terminal)"
    case .frictionless: "the frictionless command (Python package frictionless)"
    case .chromium: "Chromium (chromium or chromium-browser) with Python 3"
    }
  }

  /// The check that the tool works, as a shell command.
  private var probe: String {
    switch self {
    case .jsonschema: "python3 -c 'import jsonschema'"
    case .duckdb: "python3 -c 'import duckdb'"
    case .libreoffice: "command -v soffice && python3 -c 'import openpyxl'"
    case .chromium: "{ command -v chromium || command -v chromium-browser; } && command -v python3"
    // As root the server must run as another user, which the Debian package creates.
    case .postgres:
      "test -x \"$(\(PostgresServer.binFolderScript))/initdb\" && { [ \"$(id -u)\" != 0 ] || id postgres; }"
    default: "command -v \(rawValue)"
    }
  }

  /// Whether the tool is on this machine; asked once per tool.
  var isInstalled: Bool { Self.installed.contains(self) }

  private static let installed: Set<Tool> = Set(
    allCases.filter { tool in (try? ProcessRunner.sh(tool.probe + " >/dev/null 2>&1").status) == 0 })

  /// Whether a missing tool must fail the run rather than skip its tests.
  static var isRequired: Bool { ProcessInfo.processInfo.environment["ACCORDS_REQUIRE_TOOLS"] == "1" }

  /// Records a failure when the tool is missing; the test goes on only when it is there.
  func require(sourceLocation: SourceLocation = #_sourceLocation) throws {
    try #require(
      isInstalled, "\(description) is not installed; ACCORDS_REQUIRE_TOOLS=1 needs it", sourceLocation: sourceLocation)
  }
}

extension Trait where Self == ConditionTrait {
  /// Runs the test only where `tool` is installed, or where `ACCORDS_REQUIRE_TOOLS=1` demands it.
  static func requires(_ tool: Tool) -> Self {
    .enabled(if: tool.isInstalled || Tool.isRequired, Comment(rawValue: "\(tool.description) is not installed"))
  }
}

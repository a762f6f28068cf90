import Foundation

/// A database engine the SQL export is loaded into, and how to ask it a question. Every engine
/// answers as CSV, so that text with commas, quotes and line breaks comes back exactly.
enum SQLEngine: String, CaseIterable, Sendable, CustomStringConvertible {
  /// SQLite through Python's standard library.
  case sqlitePython = "sqlite3 (Python)"
  /// The `sqlite3` shell.
  case sqliteShell = "sqlite3 (shell)"
  case duckdb = "DuckDB"
  case postgres = "PostgreSQL"
  /// PostgreSQL with `standard_conforming_strings` off, as old servers and some settings have
  /// it: `\'` in a string literal is then an escaped quote, to the server and to psql alike.
  case postgresWithoutStandardStrings = "PostgreSQL (standard_conforming_strings off)"

  var description: String { rawValue }

  /// The program the engine needs.
  var tool: Tool {
    switch self {
    case .sqlitePython: .python3
    case .sqliteShell: .sqlite3
    case .duckdb: .duckdb
    case .postgres, .postgresWithoutStandardStrings: .postgres
    }
  }

  /// Loads `script` into a fresh database and answers each query, in order, as CSV rows.
  func answers(loading script: String, queries: [String]) throws -> [[[String]]] {
    try answers(loading: [script], queries: queries)
  }

  /// Loads each script in turn into one fresh database — a later one over what the earlier
  /// left, as a user reloads an export after an update — and answers each query as CSV rows.
  func answers(loading scripts: [String], queries: [String]) throws -> [[[String]]] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accords-sql-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let scriptFiles = try scripts.enumerated().map { index, script in
      let file = folder.appendingPathComponent("catalog-\(index).sql")
      try script.write(to: file, atomically: true, encoding: .utf8)
      return file
    }
    switch self {
    case .sqlitePython, .duckdb:
      return try queries.map { query in try python(scriptFiles: scriptFiles, query: query, in: folder) }
    case .sqliteShell:
      let database = folder.appendingPathComponent("catalog.db").path
      for scriptFile in scriptFiles {
        let load = try ProcessRunner.sh("sqlite3 -bail '\(database)' < '\(scriptFile.path)'")
        guard load.status == 0, load.stderr.isEmpty else { throw Failure(message: load.stderr) }
      }
      return try queries.map { query in
        let result = try ProcessRunner.run(
          URL(fileURLWithPath: "/bin/sh"), ["-c", "sqlite3 -csv \"$0\" \"$1\"", database, query])
        guard result.status == 0 else { throw Failure(message: result.stderr) }
        return parseCSV(result.stdout)
      }
    case .postgres, .postgresWithoutStandardStrings:
      let settings = self == .postgres ? [:] : ["PGOPTIONS": "-c standard_conforming_strings=off"]
      return try PostgresServer.withServer(in: folder) { server in
        for scriptFile in scriptFiles { try server.psql(file: scriptFile.path, environment: settings) }
        return try queries.map { query in parseCSV(try server.psql(csvOf: query, environment: settings)) }
      }
    }
  }

  /// Runs the scripts and one query through Python's sqlite3 or duckdb module, writing CSV.
  private func python(scriptFiles: [URL], query: String, in folder: URL) throws -> [[String]] {
    let program = """
      import csv, sys
      engine, query, files = sys.argv[1], sys.argv[2], sys.argv[3:]
      if engine == "duckdb":
          import duckdb
          con = duckdb.connect()
      else:
          import sqlite3
          con = sqlite3.connect(":memory:")
      for name in files:
          script = open(name, encoding="utf-8", newline="").read()
          if engine == "duckdb":
              con.execute(script)
          else:
              con.executescript(script)
      rows = con.execute(query).fetchall()
      out = csv.writer(sys.stdout, lineterminator="\\n")
      for row in rows:
          out.writerow(["" if value is None else value for value in row])
      """
    let programFile = folder.appendingPathComponent("run.py")
    try program.write(to: programFile, atomically: true, encoding: .utf8)
    let result = try ProcessRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["python3", programFile.path, self == .duckdb ? "duckdb" : "sqlite", query] + scriptFiles.map(\.path))
    guard result.status == 0 else { throw Failure(message: result.stderr) }
    return parseCSV(result.stdout)
  }

  struct Failure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
  }
}

/// A throwaway PostgreSQL server on a Unix socket in a temporary folder, for one test. As root
/// (CI), the server runs as the `postgres` user, since PostgreSQL refuses to run as root.
struct PostgresServer {
  /// A shell expression printing the folder of the server programs.
  static let binFolderScript =
    "{ ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1; } | grep . || dirname \"$(command -v initdb)\""

  /// Bash words that close every descriptor above 2 before the next command (dash cannot name
  /// descriptors above 9).
  static let closingInheritedDescriptors =
    "for fd in /proc/$$/fd/*; do n=${fd##*/}; [ \"$n\" -gt 2 ] 2>/dev/null && eval \"exec $n>&-\"; done; "

  let folder: URL
  let bin: String
  /// Only names the socket (no TCP): random, so that tests running at once never share one.
  let port = Int.random(in: 20_000...59_999)

  static func withServer<Result>(in parent: URL, _ body: (PostgresServer) throws -> Result) throws -> Result {
    let bin = try ProcessRunner.sh(binFolderScript).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let server = PostgresServer(folder: parent.appendingPathComponent("pg"), bin: bin)
    try FileManager.default.createDirectory(at: server.folder, withIntermediateDirectories: true)
    let asRoot = getuid() == 0
    if asRoot { _ = try ProcessRunner.sh("chown -R postgres '\(parent.path)'") }
    let prefix = asRoot ? "runuser -u postgres -- " : ""
    let data = server.folder.appendingPathComponent("data").path
    let initdb = try ProcessRunner.sh("\(prefix)'\(bin)/initdb' -D '\(data)' -A trust -U accords -E UTF8 --locale=C")
    guard initdb.status == 0 else { throw SQLEngine.Failure(message: initdb.stderr) }
    let options = "-p \(server.port) -k \(server.folder.path) -c listen_addresses=''"
    // The server outlives pg_ctl, so it must hold no pipe a test reads to its end: neither
    // this one's nor, inherited through descriptors left open, another test's.
    let log = server.folder.appendingPathComponent("log").path
    let start = try ProcessRunner.run(
      URL(fileURLWithPath: "/bin/bash"),
      [
        "-c",
        Self.closingInheritedDescriptors
          + "\(prefix)'\(bin)/pg_ctl' -D '\(data)' -o \"\(options)\" -l '\(log)' -w start </dev/null >/dev/null 2>&1",
      ])
    guard start.status == 0 else {
      throw SQLEngine.Failure(message: (try? String(contentsOfFile: log, encoding: .utf8)) ?? "pg_ctl could not start")
    }
    defer {
      _ = try? ProcessRunner.sh("\(prefix)'\(bin)/pg_ctl' -D '\(data)' -m immediate stop </dev/null >/dev/null 2>&1")
    }
    return try body(server)
  }

  /// Runs a file of SQL, stopping at the first error; `environment` may set `PGOPTIONS`.
  func psql(file: String, environment: [String: String] = [:]) throws {
    let result = try ProcessRunner.run(
      URL(fileURLWithPath: "\(bin)/psql"),
      [
        "-h", folder.path, "-p", String(port), "-U", "accords", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-f",
        file,
      ], environment: environment)
    guard result.status == 0 else { throw SQLEngine.Failure(message: result.stderr) }
  }

  /// A query's rows as CSV.
  func psql(csvOf query: String, environment: [String: String] = [:]) throws -> String {
    let result = try ProcessRunner.run(
      URL(fileURLWithPath: "\(bin)/psql"),
      [
        "-h", folder.path, "-p", String(port), "-U", "accords", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-c",
        "COPY (\(query)) TO STDOUT WITH (FORMAT csv)",
      ], environment: environment)
    guard result.status == 0 else { throw SQLEngine.Failure(message: result.stderr) }
    return result.stdout
  }
}

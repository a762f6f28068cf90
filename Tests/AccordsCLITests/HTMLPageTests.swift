import AccordsCore
import Foundation
import Testing

@testable import AccordsCLI

/// `export --format html`: one page to publish, read by a real browser (headless Chromium) from
/// disk: it searches, filters and sorts through the DOM as `accords agreements` does, asks the
/// network for nothing, and runs nothing a catalog wrote.
@Suite(.serialized) struct HTMLPageTests {
  /// Writes the page of `run`'s catalog into a fresh folder.
  private func withPage(
    run: ([String]) -> CommandResult = { Accords.run(arguments: $0) }, _ body: (URL) throws -> Void
  ) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accords-page-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("accords.html")
    let result = run(["export", "--format", "html", "--output", page.path])
    #expect(result.exitCode == .success, "\(result.stderr)")
    try body(page)
  }

  private func ids(_ arguments: String...) -> [String] {
    Accords.run(arguments: ["agreements"] + arguments + ["--format", "plain"]).stdout.split(separator: "\n")
      .map { String($0.prefix { $0 != "\t" }) }
  }

  @Test(.requires(.chromium)) func filtersAndSearchShowTheRowsTheCommandsList() throws {
    try Tool.chromium.require()
    try withPage { page in
      let all = try Chromium.read(page)
      #expect(all.documents.count == ids().count)
      #expect(all.shown == ids(), "every row shown, newest first")
      #expect(all.counter == "\(ids().count) of \(ids().count) documents")

      let mous = try Chromium.read(page, fragment: "type=mou&visit=india-japan-summit-2025")
      #expect(mous.shown == ids("--type", "mou", "--visit", "2025"))
      let inForce = try Chromium.read(page, fragment: "status=in-force")
      #expect(inForce.shown == ids("--in-force"))
      let lunar = try Chromium.read(page, fragment: "q=lunar")
      #expect(Set(lunar.shown) == Set(ids("--search", "lunar")))
      #expect(!lunar.shown.isEmpty)
    }
  }

  @Test(.requires(.chromium)) func sortingOrdersByTheColumnAsked() throws {
    try Tool.chromium.require()
    try withPage { page in
      let oldest = try Chromium.read(page, fragment: "sort=0&dir=asc")
      let dates = oldest.firstSortKeys.filter { !$0.isEmpty }
      #expect(dates == dates.sorted())
      let undatedLast = oldest.firstSortKeys.drop { !$0.isEmpty }.allSatisfy { $0.isEmpty }
      #expect(undatedLast, "undated last")
      #expect(dates.first?.hasPrefix("1952-") == true)
      let newest = try Chromium.read(page, fragment: "sort=0&dir=desc")
      #expect(newest.firstSortKeys.filter { !$0.isEmpty } == dates.reversed())
    }
  }

  @Test(.requires(.chromium)) func readableWithoutJavaScriptAndAsksTheNetworkForNothing() throws {
    try Tool.chromium.require()
    try withPage { page in
      // What a browser without JavaScript shows is the file as written.
      let plain = try Chromium.parse(try String(contentsOf: page, encoding: .utf8))
      #expect(plain.shown == ids())
      #expect(plain.controlsHidden, "the search form is only for a browser that runs the script")
      #expect(try Chromium.pageRequests(page).isEmpty)
      // The detector sees a page that does ask, so its silence above means something.
      let asking = page.deletingLastPathComponent().appendingPathComponent("asking.html")
      try #"<img src="http://127.0.0.1:9/x.png">"#.write(to: asking, atomically: true, encoding: .utf8)
      #expect(try Chromium.pageRequests(asking) == ["http://127.0.0.1:9/x.png"])
    }
  }

  /// A catalog whose titles close the table and open scripts (`</script>`, `onerror=`, quotes)
  /// is shown as text: the page keeps its one script and its own title, and no element a
  /// catalog wrote exists.
  @Test(.requires(.chromium)) func aHostileCatalogIsOnlyText() throws {
    try Tool.chromium.require()
    let injection = try InjectionCatalog.make()
    defer { try? FileManager.default.removeItem(at: injection.markerFolder) }
    let run = { (arguments: [String]) in injection.run(arguments) }
    try withPage(run: run) { page in
      let read = try Chromium.read(page)
      #expect(read.scripts == 1)
      #expect(read.title == VisibleText.escaped(injection.texts[0], keeping: ["\n"]), "the page's own title")
      #expect(read.handlers.isEmpty, "\(read.handlers)")
      #expect(!read.tags.contains("img") && !read.tags.contains("iframe"))
      #expect(read.linkSchemes.allSatisfy { $0 == "http" || $0 == "https" || $0 == "" }, "\(read.linkSchemes)")
      #expect(!read.documents.isEmpty)
      #expect(injection.markers.isEmpty)
    }
  }

  @Test func textIsEscapedAndOnlyWebAddressesLink() {
    #expect(
      HTMLText.escaped("</script><b a=\"x\" b='y'>&") == "&lt;/script&gt;&lt;b a=&quot;x&quot; b=&#39;y&#39;&gt;&amp;")
    #expect(HTMLText.escaped("\u{202E}txt") == "\\u{202e}txt")
    #expect(HTMLText.linkable("https://www.mofa.go.jp/a.html"))
    for address in ["javascript:alert(1)", "JavaScript:x", "data:text/html,x", "https://a.example/\" onclick=x", "//x"]
    {
      #expect(!HTMLText.linkable(address), "\(address)")
    }
  }

  /// The page's Content-Security-Policy names its script by hash: a script edited without its
  /// hash would not run in any browser.
  @Test(.requires(.python3)) func theScriptHashIsTheScripts() throws {
    try Tool.python3.require()
    let result = try ProcessRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", "-c",
        "import base64, hashlib, sys; print('sha256-' + base64.b64encode(hashlib.sha256(sys.stdin.buffer.read()).digest()).decode())",
      ], input: PageAssets.script)
    #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == PageAssets.scriptHash)
    #expect(HTMLPage.policy.hasPrefix("default-src 'none';"))
  }
}

/// Headless Chromium reading a page from disk, and what it shows.
enum Chromium {
  struct Page {
    /// The documents' rows, in the order shown: id and whether hidden.
    let documents: [(id: String, hidden: Bool, sortKey: String)]
    let counter: String
    let controlsHidden: Bool
    let scripts: Int
    let title: String
    let tags: Set<String>
    let handlers: [String]
    let linkSchemes: Set<String>

    var shown: [String] { documents.filter { !$0.hidden }.map(\.id) }
    /// The first column's sort key of each shown row.
    var firstSortKeys: [String] { documents.filter { !$0.hidden }.map(\.sortKey) }
  }

  static let flags = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
    "--disable-component-update", "--disable-sync", "--disable-default-apps",
  ]

  static var binary: String {
    (try? ProcessRunner.sh("command -v chromium || command -v chromium-browser").stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)) ?? "chromium"
  }

  /// The DOM after the page's script ran, at `#fragment`.
  static func read(_ page: URL, fragment: String = "") throws -> Page {
    let address = page.absoluteString + (fragment.isEmpty ? "" : "#" + fragment)
    let profile = page.deletingLastPathComponent().appendingPathComponent("profile-\(UUID().uuidString)").path
    let dom = try ProcessRunner.run(
      URL(fileURLWithPath: binary), flags + ["--user-data-dir=\(profile)", "--dump-dom", address])
    return try parse(dom.stdout)
  }

  /// What a page's HTML holds: its documents' rows, controls, scripts, elements and links.
  static func parse(_ html: String) throws -> Page {
    let reader = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", domReader], input: html)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(reader.stdout.utf8)) as? [String: Any])
    let rows = json["documents"] as? [[Any]] ?? []
    return Page(
      documents: rows.map { ($0[0] as? String ?? "", $0[1] as? Bool ?? false, $0[2] as? String ?? "") },
      counter: json["counter"] as? String ?? "", controlsHidden: json["controlsHidden"] as? Bool ?? false,
      scripts: json["scripts"] as? Int ?? 0, title: json["title"] as? String ?? "",
      tags: Set(json["tags"] as? [String] ?? []), handlers: json["handlers"] as? [String] ?? [],
      linkSchemes: Set(json["linkSchemes"] as? [String] ?? []))
  }

  /// The addresses the page itself asked for while loading, from Chromium's network log
  /// (requests the browser makes for itself have another initiator).
  static func pageRequests(_ page: URL) throws -> [String] {
    let folder = page.deletingLastPathComponent()
    let log = folder.appendingPathComponent("net-\(UUID().uuidString).json")
    let profile = folder.appendingPathComponent("profile-\(UUID().uuidString)").path
    _ = try ProcessRunner.run(
      URL(fileURLWithPath: binary),
      flags + ["--user-data-dir=\(profile)", "--log-net-log=\(log.path)", "--dump-dom", page.absoluteString])
    let program = """
      import json, sys
      log = json.load(open(sys.argv[1]))
      start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
      seen = []
      for event in log["events"]:
          params = event.get("params", {})
          if event["type"] == start and (params.get("initiator") in ("null", None) or str(params.get("initiator")).startswith("file")):
              if not params.get("url", "").startswith("file:") and params.get("initiator") is not None:
                  seen.append(params["url"])
      print(json.dumps(seen))
      """
    let result = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", program, log.path])
    return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String])
  }

  static let domReader = #"""
    import html.parser, json, sys
    class Reader(html.parser.HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.section = None; self.row = None; self.cell = 0
            self.out = {"documents": [], "counter": "", "controlsHidden": False, "scripts": 0, "title": "",
                        "tags": set(), "handlers": [], "linkSchemes": set()}
            self.capture = None
        def handle_starttag(self, tag, attrs):
            a = dict(attrs); out = self.out
            out["tags"].add(tag)
            out["handlers"] += [tag + "@" + name for name, _ in attrs if name.startswith("on")]
            if tag == "script": out["scripts"] += 1
            if tag == "title": self.capture = "title"
            if tag == "output": self.capture = "counter"
            if tag == "form": out["controlsHidden"] = "hidden" in a
            if tag == "a" and "href" in a:
                href = a["href"] or ""
                out["linkSchemes"].add(href.split(":", 1)[0].lower() if ":" in href.split("/", 1)[0] else "")
            if tag == "section": self.section = a.get("id")
            if tag == "tr" and self.section == "documents" and "id" in a:
                self.row = [a["id"], "hidden" in a, ""]; self.cell = 0
                out["documents"].append(self.row)
            if tag == "td" and self.row is not None:
                if self.cell == 0: self.row[2] = a.get("data-sort") or ""
                self.cell += 1
        def handle_endtag(self, tag):
            if tag in ("title", "output"): self.capture = None
            if tag == "tr": self.row = None
        def handle_data(self, data):
            if self.capture: self.out[self.capture] += data
    reader = Reader(); reader.feed(sys.stdin.read())
    out = reader.out; out["tags"] = sorted(out["tags"]); out["linkSchemes"] = sorted(out["linkSchemes"])
    print(json.dumps(out))
    """#
}

/// The page's style sheet and its one script, constants that hold no catalog text.
enum PageAssets {
  static let style = """
    body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 80rem; padding: 0 1rem 3rem; color: #1b1b1b; }
    h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
    h2 { margin-top: 2.5rem; border-bottom: 2px solid #d0d7de; }
    nav a, td a { color: #0b57d0; }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid #e3e6e8; }
    th { position: sticky; top: 0; background: #f6f8fa; cursor: pointer; white-space: nowrap; }
    th[aria-sort=ascending]::after { content: " \\25B2"; }
    th[aria-sort=descending]::after { content: " \\25BC"; }
    td.number { text-align: right; }
    td time { white-space: nowrap; }
    td small { color: #57606a; }
    td.sources { font-size: 0.85rem; }
    .mark { background: #fff1c2; border-radius: 3px; padding: 0 0.25rem; font-size: 0.8rem; }
    .controls { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin: 1rem 0; }
    .controls input { min-width: 16rem; }
    [hidden] { display: none !important; }
    """

  /// The script, exactly as it stands between `<script>` and `</script>`.
  static let script = #"""
    (function () {
      "use strict";
      var form = document.querySelector("form.controls");
      var documents = document.querySelector("#documents table");
      var rows = Array.prototype.slice.call(documents.tBodies[0].rows);
      var fields = ["q", "type", "visit", "status"];
      var sorted = null;
      function fold(text) {
        return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
      }
      var texts = rows.map(function (row) { return fold(row.textContent); });
      function value(field) { return document.getElementById(field).value; }
      function key(row, index) {
        var cell = row.cells[index];
        return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
      }
      function sortTable(table, index, descending) {
        var body = table.tBodies[0];
        var list = Array.prototype.slice.call(body.rows);
        list.sort(function (a, b) {
          var x = key(a, index), y = key(b, index);
          if (x === "" || y === "") { return x === y ? 0 : (x === "" ? 1 : -1); }
          var numeric = isFinite(x) && isFinite(y);
          var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return descending ? -order : order;
        });
        list.forEach(function (row) { body.appendChild(row); });
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
          if (i === index) { th.setAttribute("aria-sort", descending ? "descending" : "ascending"); }
          else { th.removeAttribute("aria-sort"); }
        });
        if (table === documents) { sorted = { index: index, descending: descending }; }
      }
      function apply() {
        var words = fold(value("q")).split(/\s+/).filter(Boolean);
        var type = value("type"), visit = value("visit"), status = value("status");
        var shown = 0;
        rows.forEach(function (row, i) {
          var match = (!type || row.getAttribute("data-type") === type)
            && (!visit || row.getAttribute("data-visit") === visit)
            && (!status || row.getAttribute("data-status") === status)
            && words.every(function (word) { return texts[i].indexOf(word) >= 0; });
          row.hidden = !match;
          if (match) { shown += 1; }
        });
        document.getElementById("shown").textContent = shown + " of " + rows.length + " documents";
        var state = new URLSearchParams();
        fields.forEach(function (field) { if (value(field)) { state.set(field, value(field)); } });
        if (sorted) { state.set("sort", String(sorted.index)); state.set("dir", sorted.descending ? "desc" : "asc"); }
        var hash = state.toString();
        try { history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search); } catch (e) {}
      }
      var start = new URLSearchParams(location.hash.slice(1));
      fields.forEach(function (field) {
        var control = document.getElementById(field);
        if (start.has(field)) { control.value = start.get(field); }
        control.addEventListener(field === "q" ? "input" : "change", apply);
      });
      Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
          th.tabIndex = 0;
          function toggle() {
            sortTable(table, index, th.getAttribute("aria-sort") === "ascending");
            if (table === documents) { apply(); }
          }
          th.addEventListener("click", toggle);
          th.addEventListener("keydown", function (event) { if (event.key === "Enter") { toggle(); } });
        });
      });
      var column = parseInt(start.get("sort"), 10);
      if (column >= 0 && column < documents.tHead.rows[0].cells.length) {
        sortTable(documents, column, start.get("dir") === "desc");
      }
      form.hidden = false;
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      apply();
    }());
    """#

  /// The SHA-256 of `script`, base64, as the Content-Security-Policy names it: the only script
  /// the page runs. A test recomputes it.
  static let scriptHash = "sha256-mchMoR51NRotjV1/RTu692Vqnqm8LteDoZRPOW5sicQ="
}

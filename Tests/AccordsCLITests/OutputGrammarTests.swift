import AccordsCLI
import Testing

/// The render probe's format checks find what they are for: each is shown the output of a
/// writer that gets it wrong.
@Suite struct OutputGrammarTests {
  @Test(arguments: [
    ("sql", "-- name\n.shell touch x\nBEGIN TRANSACTION;\n", "a line that starts with a dot"),
    ("sql", "INSERT INTO \"t\" VALUES ('x\\'); \\! touch x\n');\n", "a backslash inside a literal"),
    ("sql", "INSERT INTO \"t\" VALUES ('x'); \\! touch x\n", "a backslash outside a literal"),
    ("sql", "INSERT INTO \"t\" VALUES ('a\r\nb');\n", "a carriage return before a line feed"),
    ("sql", "-- name\rSELECT 1;\n", "in a comment"),
    ("sql", "INSERT INTO \"t\" VALUES ('open);\n", "never closed"),
    ("markdown", "| a |\n| --- |\n| <script>x</script> |\n", "raw HTML"),
    ("markdown", "| a |\n| --- |\n| [x](javascript:y) |\n", "unescaped '['"),
    ("markdown", "| a |\n| --- |\n| &#106; |\n", "raw '&'"),
    ("markdown", "| a |\n| --- |\n| b | c |\n", "a row of 2 cells"),
    ("mermaid", "flowchart LR\n  n_a[\"%%{init: {}}%%\"]\n", "'%%'"),
    ("mermaid", "flowchart LR\n  n_a[\"x\"] click n_a call y()\n", "not one of Accords' statements"),
    ("dot", "graph \"g\" {\n  \"a\" [label=\"\\N\"];\n}\n", "a Graphviz escape"),
    ("dot", "graph \"g\" {\n  \"a\" [label=\"x\\\"];\n}\n", "left open"),
    ("csv", "a,b\r\n=1+1,-2+3\r\n", "reads as a formula"),
  ])
  func findsWhatItsReaderWouldRun(format: String, text: String, problem: String) {
    let found = OutputGrammar.problem(in: text, format: format)
    #expect(found?.contains(problem) == true, "\(format): \(found ?? "nothing found")")
  }

  @Test(arguments: [
    ("sql", "-- a\nINSERT INTO \"t\" VALUES ('it''s', 'a' || substr('\\\\', 1, 1) || 'b');\n"),
    ("markdown", "| a |\n| --- |\n| \\[x\\] &lt;b&gt; &amp; a<br>b |\n"),
    ("csv", "a,b\r\n-5,'=1+1\r\n"),
  ])
  func passesWhatIsOnlyData(format: String, text: String) {
    #expect(OutputGrammar.problem(in: text, format: format) == nil)
  }
}

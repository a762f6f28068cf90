import AccordsCLI
import AccordsCore
import Foundation

/// Runs the command line in-process, as the executable would with these arguments.
func accords(_ arguments: String..., environment: ProcessEnvironment = ProcessEnvironment()) -> CommandResult {
  Accords.run(arguments: arguments, environment: environment)
}

/// A terminal of the given width, with colour allowed.
func terminal(width: Int = 80, variables: [String: String] = [:]) -> ProcessEnvironment {
  ProcessEnvironment(variables: variables, stdoutIsTerminal: true, terminalColumns: width)
}

/// Parses JSON output into Foundation objects for inspection.
func json(_ text: String) throws -> Any {
  try JSONSerialization.jsonObject(with: Data(text.utf8))
}

/// RFC 4180 rows: the render probe's reader, written apart from the CSV writer it checks.
func parseCSV(_ text: String) -> [[String]] {
  RenderProbe.csvRows(text)
}

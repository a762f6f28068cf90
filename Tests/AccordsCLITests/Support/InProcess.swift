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

/// A strict RFC 4180 reader, independent of the writer it checks.
func parseCSV(_ text: String) -> [[String]] {
  var rows: [[String]] = []
  var row: [String] = []
  var field = ""
  var inQuotes = false
  var characters = Array(text)[...]
  while let character = characters.popFirst() {
    if inQuotes {
      if character == "\"" {
        if characters.first == "\"" {
          field.append("\"")
          characters.removeFirst()
        } else {
          inQuotes = false
        }
      } else {
        field.append(character)
      }
    } else if character == "\"" {
      inQuotes = true
    } else if character == "," {
      row.append(field)
      field = ""
    } else if character == "\r\n" || character == "\n" {
      row.append(field)
      rows.append(row)
      row = []
      field = ""
    } else {
      field.append(character)
    }
  }
  if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
  return rows
}

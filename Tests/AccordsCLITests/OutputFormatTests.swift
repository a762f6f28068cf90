import AccordsCLI
import AccordsCore
import Testing

@Suite struct OutputFormatTests {
  @Test(arguments: CommandTable.offering("csv"))
  func csvHasAHeaderAndRowsOfEqualLength(command: String) throws {
    for (name, text) in try CSVOutput.texts(command, run: { Accords.run(arguments: $0) }) {
      let rows = parseCSV(text)
      #expect(rows.count >= 1, "\(name)")
      #expect(Set(rows.map(\.count)).count == 1, "\(name)")
    }
  }

  @Test func csvQuotesCommasQuotesAndLineBreaks() {
    let output = accords("agreements", "--format", "csv").stdout
    let rows = parseCSV(output)
    #expect(rows[0].prefix(6) == ["id", "title", "titleJa", "type", "typeName", "date"])
    #expect(rows.contains { $0[1] == "Joint Declaration on Security Cooperation" })
    #expect(output.hasSuffix("\r\n"))
  }

  /// Wide by default, as a spreadsheet needs: ids beside names, ISO dates, lists joined by " | ",
  /// the addresses of the sources.
  @Test func agreementsCSVHoldsTheWholeRecord() throws {
    let rows = parseCSV(accords("agreements", "--format", "csv").stdout)
    let header = rows[0]
    for field in ["parties", "partyIds", "signedBy", "areas", "sourceUrls", "status", "visit"] {
      #expect(header.contains(field), "\(field)")
    }
    let row = try #require(rows.first { $0[0] == "security-cooperation-declaration" })
    let cell = { (name: String) in row[header.firstIndex(of: name)!] }
    #expect(cell("visit") == "india-japan-summit-2025")
    #expect(cell("date") == "2025-08-29")
    #expect(cell("partyIds") == "government-of-india | government-of-japan")
    #expect(cell("sourceUrls").hasPrefix("https://"))
  }

  /// `--fields` picks and orders the columns in every format; an unknown one is a usage error
  /// that names the valid ones.
  @Test func fieldsPickAndOrderColumnsInEveryFormat() throws {
    let chosen = ["date", "id"]
    let csv = parseCSV(accords("agreements", "--visit", "2025", "--fields", "date,id", "--format", "csv").stdout)
    #expect(csv[0] == chosen && csv.dropFirst().allSatisfy { $0.count == 2 && $0[0] == "2025-08-29" })
    let tsv = accords("agreements", "--visit", "2025", "--fields", "date", "--fields", "id", "--format", "tsv").stdout
    #expect(tsv.hasPrefix("date\tid\n2025-08-29\t"))
    let records = try #require(
      try json(accords("agreements", "--visit", "2025", "--fields", "date,id", "--json").stdout) as? [[String: Any]])
    #expect(records.allSatisfy { Set($0.keys) == ["date", "id"] })
    let table = accords("agreements", "--visit", "2025", "--fields", "date,id").stdout
    #expect(table.hasPrefix("DATE        ID"))
    let unknown = accords("agreements", "--fields", "id,colour")
    #expect(unknown.exitCode == .usage)
    #expect(unknown.stderr.contains("'colour' is invalid for '--fields <names>'"))
    #expect(unknown.stderr.contains("'sourceUrls'"))
  }

  @Test(arguments: CommandTable.offering("markdown"))
  func markdownIsAPipeTable(command: String) {
    let lines = accords(command, "--format", "markdown").stdout.split(separator: "\n")
    #expect(lines.count > 2)
    #expect(lines.allSatisfy { $0.hasPrefix("| ") && $0.hasSuffix(" |") })
    #expect(lines[1].hasPrefix("| --- |"))
  }

  @Test(arguments: CommandTable.offering("json"))
  func jsonParses(command: String) throws {
    #expect(
      try json(accords(command, "--format", "json").stdout) is [Any]
        || (try json(accords(command, "--format", "json").stdout) is [String: Any]))
  }

  @Test(arguments: [40, 80, 200])
  func tableFitsTheTerminalWidth(width: Int) {
    let output = accords("agreements", environment: terminal(width: width, variables: ["NO_COLOR": "1"])).stdout
    // Only a single unbreakable word, such as a long id, may overflow.
    for line in output.split(whereSeparator: \.isNewline) where line.count > width {
      #expect(line.split(separator: " ").count <= 2, "too wide at \(width): \(line)")
    }
    #expect(output.hasSuffix("163 agreements\n"))
  }

  @Test func narrowTerminalsGetOneBlockPerRecord() {
    let output = accords("agreements", environment: terminal(width: 40, variables: ["NO_COLOR": "1"])).stdout
    #expect(
      output.hasPrefix(
        "ID         joint-vision-next-decade\nTYPE       Joint Vision\nDATE       2025-08-29\nVISIT      15th, Aug 2025\nTITLE      India – Japan Joint Vision"
      ))
  }

  @Test func tableIsNeverShortenedIntoAPipe() {
    let output = accords("agreements", environment: ProcessEnvironment(variables: ["COLUMNS": "40"])).stdout
    #expect(
      output.contains(
        "India – Japan Joint Vision for the Next Decade: Eight Directions to Steer the Special Strategic and Global Partnership"
      ))
  }

  @Test func colorFollowsTheTerminalAndNoColor() {
    let bold = "\u{1B}[1m"
    #expect(accords("agreements", environment: terminal()).stdout.contains(bold))
    #expect(!accords("agreements").stdout.contains(bold))
    #expect(!accords("agreements", environment: terminal(variables: ["NO_COLOR": "1"])).stdout.contains(bold))
    #expect(!accords("agreements", environment: terminal(variables: ["TERM": "dumb"])).stdout.contains(bold))
    #expect(accords("agreements", "--color", "always").stdout.contains(bold))
    #expect(!accords("agreements", "--color", "never", environment: terminal()).stdout.contains(bold))
  }
}

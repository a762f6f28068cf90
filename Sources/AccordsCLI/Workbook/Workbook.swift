import AccordsCore

/// An Excel workbook (Office Open XML, `.xlsx`) written by Accords itself: a ZIP package of XML
/// parts with one sheet per table, the header row bold and frozen, whole numbers and decimals as
/// numbers, full dates (YYYY-MM-DD) as dates, and every other value as text — a partial date
/// (`2014`, `2024-12`) stays text, as published. Text is an inline string, which a spreadsheet
/// never runs as a formula, whatever it starts with; characters XML cannot carry (controls) are
/// shown escaped, as everywhere people read.
struct Workbook {
  /// One sheet: its name (at most 31 characters, none of `[]:*?/\`) and its rows, the first
  /// being the header.
  struct Sheet {
    let name: String
    let columns: [String]
    let rows: [[Cell]]
  }

  let sheets: [Sheet]

  /// The `.xlsx` file's bytes.
  var data: [UInt8] {
    var zip = ZipArchive()
    zip.add("[Content_Types].xml", Array(contentTypes.utf8))
    zip.add("_rels/.rels", Array(Self.packageRelationships.utf8))
    zip.add("xl/workbook.xml", Array(workbook.utf8))
    zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships.utf8))
    zip.add("xl/styles.xml", Array(Self.styles.utf8))
    for (index, sheet) in sheets.enumerated() {
      zip.add("xl/worksheets/sheet\(index + 1).xml", Array(Self.worksheet(sheet).utf8))
    }
    return zip.data
  }

  static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  var contentTypes: String {
    Self.header
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
      + sheets.indices.map {
        "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
      }.joined()
      + "</Types>"
  }

  static let packageRelationships =
    header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
    + "</Relationships>"

  var workbook: String {
    Self.header + "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\"><sheets>"
      + sheets.enumerated().map { index, sheet in
        "<sheet name=\"\(Self.xml(Self.sheetName(sheet.name)))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
      }.joined()
      + "</sheets></workbook>"
  }

  var workbookRelationships: String {
    Self.header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + sheets.indices.map {
        "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(Self.relationships)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
      }.joined()
      + "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(Self.relationships)/styles\" Target=\"styles.xml\"/>"
      + "</Relationships>"
  }

  /// Style 0: plain; 1: a date (built-in format 14, shown in the reader's own date format);
  /// 2: the bold header.
  static let styles =
    header + "<styleSheet xmlns=\"\(main)\">"
    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    + "</styleSheet>"

  static func worksheet(_ sheet: Sheet) -> String {
    var xml =
      header + "<worksheet xmlns=\"\(main)\"><sheetViews><sheetView workbookViewId=\"0\">"
      + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
      + "</sheetView></sheetViews><sheetData>"
    xml += row(1, sheet.columns.map(Cell.text), style: 2)
    for (index, cells) in sheet.rows.enumerated() { xml += row(index + 2, cells, style: nil) }
    return xml + "</sheetData></worksheet>"
  }

  static func row(_ number: Int, _ cells: [Cell], style: Int?) -> String {
    "<row r=\"\(number)\">"
      + cells.enumerated().map { column, cell in self.cell(cell, at: columnName(column) + String(number), style: style)
      }
      .joined() + "</row>"
  }

  static func cell(_ cell: Cell, at reference: String, style: Int?) -> String {
    let styled = style.map { " s=\"\($0)\"" } ?? ""
    switch cell {
    case .empty: return ""
    case .integer(let number): return "<c r=\"\(reference)\"\(styled)><v>\(number)</v></c>"
    case .number(let number) where number.isFinite:
      return "<c r=\"\(reference)\"\(styled)><v>\(JSONValue.format(number))</v></c>"
    case .date(let date) where date.precision == .day:
      return "<c r=\"\(reference)\" s=\"\(style ?? 1)\"><v>\(serial(of: date))</v></c>"
    default:
      return
        "<c r=\"\(reference)\"\(styled) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(xml(cell.text))</t></is></c>"
    }
  }

  /// `A`, …, `Z`, `AA`, …: a column's letters.
  static func columnName(_ index: Int) -> String {
    var index = index + 1
    var name = ""
    while index > 0 {
      let remainder = (index - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + remainder))) + name
      index = (index - 1) / 26
    }
    return name
  }

  /// A day as a spreadsheet's serial number: days since 30 December 1899 (the 1900 date system,
  /// whose serials after February 1900 count from that day).
  static func serial(of date: PartialDate) -> Int {
    let day = date.firstDay
    return daysFromCivil(day.year, day.month ?? 1, day.day ?? 1) - daysFromCivil(1899, 12, 30)
  }

  /// Days since 1 January 1970 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// Text as XML character data: the five markup characters as references, and every
  /// character XML 1.0 cannot carry (controls other than tab and line breaks, the invisible
  /// ones people are shown everywhere) shown escaped.
  static func xml(_ text: String) -> String {
    var output = ""
    for scalar in VisibleText.escaped(text, keeping: ["\n", "\t"]).unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&apos;"
      case "\u{FFFE}", "\u{FFFF}": output += "\\u{\(String(scalar.value, radix: 16))}"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// A table's name as a sheet name: what a sheet name cannot hold replaced, at most 31.
  static func sheetName(_ name: String) -> String {
    String(String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }).prefix(31))
  }
}

extension Workbook {
  /// The catalog's tables, as the SQL export and the CSV folder have them, one sheet each; a
  /// `DATE` column's values are dates.
  init(tables: [SQLTable]) {
    sheets = tables.map { table in
      Sheet(
        name: table.name, columns: table.columns.map(\.name),
        rows: table.rows.map { row in
          zip(table.columns, row).map { column, value in
            switch value {
            case .null: .empty
            case .integer(let number): .integer(number)
            case .double(let number): .number(number)
            case .text(let text):
              column.kind == .date ? (PartialDate(text).map(Cell.date) ?? .text(text)) : .text(text)
            }
          }
        })
    }
  }
}

import AccordsCore
import Testing

@Suite struct JSONValueTests {
  @Test func keepsKeysInTheOrderGiven() {
    let value = JSONValue.object(["zeta": .int(1), "alpha": .string("a")])
    #expect(value.prettyPrinted == "{\n  \"zeta\": 1,\n  \"alpha\": \"a\"\n}")
  }

  @Test func leavesOutMissingOptionalFields() {
    let value = JSONValue.object(["id": .string("x"), "title": .stringIfPresent(nil)])
    #expect(value.prettyPrinted == "{\n  \"id\": \"x\"\n}")
  }

  @Test func writesWholeNumbersWithoutAFraction() {
    #expect(
      JSONValue.array([.number(10_000_000_000_000), .number(22.854), .number(-3)]).prettyPrinted
        == "[\n  10000000000000,\n  22.854,\n  -3\n]")
  }

  @Test func escapesEveryControlCharacter() {
    let hostile = "a\u{1B}]0;owned\u{07}b\r\n\"\\\u{7F}\u{9B}"
    #expect(JSONValue.string(hostile).prettyPrinted == #""a\u001B]0;owned\u0007b\r\n\"\\\u007F\u009B""#)
  }

  @Test func writesEmptyContainersCompactly() {
    #expect(JSONValue.object(["a": .array([]), "b": .object([])]).prettyPrinted == "{\n  \"a\": [],\n  \"b\": {}\n}")
  }

  /// A listing written a record at a time is byte for byte the list written whole.
  @Test(arguments: [0, 1, 3])
  func aListWrittenARecordAtATimeIsTheListWrittenWhole(count: Int) {
    let values: [JSONValue] = (0..<count).map { index in
      .object(["id": .string("r\(index)"), "tags": .array([.string("a\u{7}"), .int(index)]), "empty": .array([])])
    }
    #expect(JSONValue.prettyPrintedLine(listing: values) { $0 } == JSONValue.array(values).prettyPrintedLine)
    #expect(JSONValue.array(values).prettyPrintedLine == JSONValue.array(values).prettyPrinted + "\n")
  }
}

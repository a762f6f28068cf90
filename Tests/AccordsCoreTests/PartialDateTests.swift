import AccordsCore
import Testing

@Suite struct PartialDateTests {
  @Test(arguments: ["2014", "2013-10", "2015-12-11", "2024-02-29", "2000-02-29"])
  func parsesRealDatesAtAnyPrecision(text: String) throws {
    let date = try #require(PartialDate(text))
    #expect(date.description == text)
  }

  @Test(arguments: [
    "2025-02-30", "2023-02-29", "1900-02-29", "2025-13", "2025-00", "2025-1", "25", "2025-04-31", "2025-08-29T00:00",
    "", "abcd", "2025-", "-2025", "2025--01", "2025-01-", "2025-01-01-01", "20250", "2025-001", "2025-1-01", "0000",
    " 2025", "+2025", "２０２５", "2025/01",
  ])
  func rejectsDatesThatDoNotExist(text: String) {
    #expect(PartialDate(text) == nil)
  }

  @Test(arguments: [("2014", "2014"), ("2013-10", "Oct 2013"), ("2015-12-11", "11 Dec 2015")])
  func showsOnlyWhatIsKnown(text: String, readable: String) throws {
    #expect(try #require(PartialDate(text)).readable == readable)
  }

  @Test func ordersLessPreciseDatesBeforeTheDaysTheyContain() throws {
    let year = try #require(PartialDate("2014"))
    let month = try #require(PartialDate("2014-03"))
    let day = try #require(PartialDate("2014-03-01"))
    #expect(year < month && month < day)
  }

  @Test func knowsItsDecade() {
    #expect(PartialDate("2016-11")?.decade == 2010)
  }
}

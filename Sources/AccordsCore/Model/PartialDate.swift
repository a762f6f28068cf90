/// A calendar date known to the year, the month or the day, and no more precisely.
///
/// Sources often give only "2014" or "October 2013"; a partial date keeps that precision
/// instead of inventing a day. It is written in the catalog as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// How much of the date is known.
  public enum Precision: String, Sendable, Comparable, CaseIterable {
    case year, month, day

    private var rank: Int {
      switch self {
      case .year: 0
      case .month: 1
      case .day: 2
      }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
  }

  /// The year, for example 2025.
  public let year: Int
  /// The month from 1 to 12, when known.
  public let month: Int?
  /// The day of the month, when known.
  public let day: Int?

  /// Creates a date from its parts, or `nil` when they do not name a real calendar date.
  public init?(year: Int, month: Int? = nil, day: Int? = nil) {
    guard (1...9999).contains(year) else { return nil }
    if let month {
      guard (1...12).contains(month) else { return nil }
      if let day {
        guard (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
      }
    } else if day != nil {
      return nil
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// A date whose parts were checked when it was read, as the generated source of the bundled
  /// catalog writes them; nothing is checked again.
  package init(checkedYear year: Int, month: Int?, day: Int?) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns `nil` for anything else, including
  /// dates that do not exist such as `2025-02-30`.
  public init?(_ text: String) {
    // One pass over the bytes, without splitting: dates are read for every record of a
    // catalog, so this is on the path of loading a large file.
    var parts = (0, 0, 0)
    var part = 0
    var digits = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: "-") {
        guard part < 2, digits == (part == 0 ? 4 : 2) else { return nil }
        part += 1
        digits = 0
      } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 4 {
        let digit = Int(byte - UInt8(ascii: "0"))
        switch part {
        case 0: parts.0 = parts.0 * 10 + digit
        case 1: parts.1 = parts.1 * 10 + digit
        default: parts.2 = parts.2 * 10 + digit
        }
        digits += 1
      } else {
        return nil
      }
    }
    guard digits == (part == 0 ? 4 : 2) else { return nil }
    self.init(year: parts.0, month: part >= 1 ? parts.1 : nil, day: part == 2 ? parts.2 : nil)
  }

  /// How much of the date is known.
  public var precision: Precision {
    day != nil ? .day : month != nil ? .month : .year
  }

  /// The catalog spelling: `2015-12-11`, `2013-10` or `2014`.
  public var description: String {
    var text = String(year)
    if let month { text += "-" + Self.twoDigits(month) }
    if let day { text += "-" + Self.twoDigits(day) }
    return text
  }

  /// A spelling for people that shows only what is known: `11 Dec 2015`, `Oct 2013`, `2014`.
  public var readable: String {
    guard let month else { return String(year) }
    let name = Self.monthAbbreviations[month - 1]
    guard let day else { return "\(name) \(year)" }
    return "\(day) \(name) \(year)"
  }

  /// `January` … `December`.
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  /// The decade the date falls in, for example 2010 for any date from 2010 to 2019.
  public var decade: Int { year / 10 * 10 }

  /// Whole days from this date to `other`, when both are known to the day.
  public func days(until other: PartialDate) -> Int? {
    guard let start = dayNumber, let end = other.dayNumber else { return nil }
    return end - start
  }

  /// Days since 1 March of year 0 in the proleptic Gregorian calendar; `nil` unless the day is known.
  private var dayNumber: Int? {
    guard let month, let day else { return nil }
    // March-based years put the leap day last, so a month's offset is a fixed sum.
    let shiftedYear = month <= 2 ? year - 1 : year
    let shiftedMonth = (month + 9) % 12
    return 365 * shiftedYear + shiftedYear / 4 - shiftedYear / 100 + shiftedYear / 400
      + (153 * shiftedMonth + 2) / 5 + day - 1
  }

  /// The first day the date can mean: `2028-10` → `2028-10-01`.
  public var firstDay: PartialDate {
    PartialDate(year: year, month: month ?? 1, day: day ?? 1) ?? self
  }

  /// The last day the date can mean: `2028-10` → `2028-10-31`, `2028` → `2028-12-31`. A term
  /// that ends "in October 2028" runs to the end of that month.
  public var lastDay: PartialDate {
    let lastMonth = month ?? 12
    return PartialDate(year: year, month: lastMonth, day: day ?? Self.daysIn(month: lastMonth, year: year)) ?? self
  }

  /// The same day `months` months later, at the same precision; a day past the end of the
  /// shorter month becomes its last day (31 Jan + 1 month = 28 or 29 Feb).
  public func adding(months: Int) -> PartialDate {
    guard let month else { return PartialDate(year: year + months / 12) ?? self }
    let total = year * 12 + (month - 1) + months
    let (newYear, newMonth) = (total / 12, total % 12 + 1)
    let newDay = day.map { min($0, Self.daysIn(month: newMonth, year: newYear)) }
    return PartialDate(year: newYear, month: newMonth, day: newDay) ?? self
  }

  /// Orders by year, then month, then day; a less precise date sorts before a more precise
  /// one that it contains (`2014` before `2014-03`).
  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }

  static let monthAbbreviations = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  private static func twoDigits(_ number: Int) -> String {
    number < 10 ? "0\(number)" : String(number)
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2:
      let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return isLeap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

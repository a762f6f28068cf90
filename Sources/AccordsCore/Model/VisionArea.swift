/// One of the eight areas ("directions") of the India–Japan Joint Vision for the Next Decade.
public struct VisionArea: Hashable, Sendable, Identifiable {
  public typealias ID = Identifier<VisionArea>

  public let id: ID
  /// The area's position in the Joint Vision, from 1 (I) to 8 (VIII).
  public let ordinal: Int
  /// The official English name, as the Prime Minister's Office gave it.
  public let name: String
  /// The short Japanese name used in Japanese reporting.
  public let nameJa: String?
  /// The area's wording where a source gives it; `nil` where none was found.
  public let description: String?
  public let notes: [Note]
  public let sources: [Citation]

  /// The ordinal as a Roman numeral, as the Joint Vision numbers its areas.
  public var romanNumeral: String { RomanNumeral.string(for: ordinal) }

  /// Creates an area.
  public init(
    id: ID, ordinal: Int, name: String, nameJa: String? = nil, description: String? = nil,
    notes: [Note] = [], sources: [Citation]
  ) {
    self.id = id
    self.ordinal = ordinal
    self.name = name
    self.nameJa = nameJa
    self.description = description
    self.notes = notes
    self.sources = sources
  }
}

/// Roman numerals for the small ordinals the Joint Vision uses.
enum RomanNumeral {
  static func string(for number: Int) -> String {
    guard number > 0, number < 4000 else { return String(number) }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var remainder = number
    var text = ""
    for (value, symbol) in table {
      while remainder >= value {
        text += symbol
        remainder -= value
      }
    }
    return text
  }
}

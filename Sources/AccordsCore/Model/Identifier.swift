/// A typed identifier: a string that names one record of a given kind.
///
/// The phantom `Subject` keeps an agreement's id from being passed where a region code or a
/// source id is expected, while the value still encodes as a plain JSON string.
public struct Identifier<Subject>: RawRepresentable, Hashable, Comparable, Sendable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The identifier as written in the catalog.
  public let rawValue: String

  /// Creates an identifier from its catalog spelling.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Creates an identifier from its catalog spelling.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  public init(stringLiteral value: String) { self.rawValue = value }

  public var description: String { rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

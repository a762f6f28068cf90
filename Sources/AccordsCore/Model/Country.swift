/// A country that takes part in the catalog's agreements, by its ISO 3166-1 alpha-2 code.
public enum Country: String, Hashable, Sendable, CaseIterable {
  case india = "IN"
  case japan = "JP"

  /// The English short name.
  public var name: String {
    switch self {
    case .india: "India"
    case .japan: "Japan"
    }
  }
}

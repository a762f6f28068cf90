/// A government body on one side of an agreement, such as ISRO or Japan's METI.
public struct Party: Hashable, Sendable {
  /// The body's name, with its usual abbreviation in parentheses where it has one.
  public let name: String
  /// The country the body belongs to.
  public let country: Country

  /// Creates a party.
  public init(name: String, country: Country) {
    self.name = name
    self.country = country
  }
}

/// A person named in the sources, such as an official who exchanged a document.
public struct Person: Hashable, Sendable {
  public let name: String
  /// The office the person held at the time, as the source gives it.
  public let office: String
  public let country: Country

  /// Creates a person.
  public init(name: String, office: String, country: Country) {
    self.name = name
    self.office = office
    self.country = country
  }
}

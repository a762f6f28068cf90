/// A person who signed, exchanged or led: a head of government, a minister, an ambassador.
///
/// Names are written given name first, family name last ("Shigeru Ishiba"), as English-language
/// sources of both governments mostly write them; the other order resolves too.
public struct Person: Hashable, Sendable, Identifiable {
  /// A readable slug such as `narendra-modi`.
  public typealias ID = Identifier<Person>

  public let id: ID
  /// The name, given name first; a surname alone where the source gives no more.
  public let name: String
  /// The name in Japanese script, where a source gives it.
  public let nameJa: String?
  /// Other spellings and fuller forms ("Subrahmanyam Jaishankar").
  public let aliases: [String]
  public let country: Country
  public let notes: [Note]
  public let sources: [Citation]

  /// Creates a person.
  public init(
    id: ID, name: String, nameJa: String? = nil, aliases: [String] = [], country: Country, notes: [Note] = [],
    sources: [Citation]
  ) {
    self.id = id
    self.name = name
    self.nameJa = nameJa
    self.aliases = aliases
    self.country = country
    self.notes = notes
    self.sources = sources
  }
}

/// A person named on a document or a visit, with the office they held then, as the source gives
/// it: offices change, people do not.
public struct PersonMention: Hashable, Sendable {
  public let person: Person.ID
  public let office: String

  /// Creates a mention.
  public init(person: Person.ID, office: String) {
    self.person = person
    self.office = office
  }
}

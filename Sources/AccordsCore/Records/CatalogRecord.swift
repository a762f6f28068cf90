/// What every kind of record tells the catalog's generic machinery about itself.
///
/// The name resolver, full-text search, `show`, completion and both JSON encodings walk these
/// requirements rather than spelling out each kind, so a new kind of record is described once,
/// in its own `Type+Record.swift` file.
public protocol CatalogRecord: Sendable {
  /// The record's kind and identifier.
  var reference: RecordReference { get }
  /// The title or name a search hit shows for it.
  func displayTitle(in catalog: Catalog) -> String
  /// The names people call it by, each with how much the resolver trusts it.
  var names: [RecordName] { get }
  /// Its text for full-text search, field by field, each with its weight.
  func searchFields(in catalog: Catalog) -> [SearchField]
  /// Its JSON, in the encoder's style.
  func encoded(by encoder: RecordEncoder) -> JSONValue
}

/// A name a record answers to in the name resolver.
public struct RecordName: Sendable {
  /// The name as written.
  public let text: String
  /// How a match on it is reported, which also sets how much it is trusted.
  public let reason: NameResolver.Reason
  /// Whether it is offered in "Did you mean" when a name is mistyped.
  public let isSuggested: Bool

  /// Creates a name.
  public init(_ text: String, _ reason: NameResolver.Reason, suggested: Bool = true) {
    self.text = text
    self.reason = reason
    self.isSuggested = suggested
  }
}

/// One field of a record's text for full-text search.
public struct SearchField: Sendable {
  /// The field's name as shown beside a hit, such as `title` or `summary`.
  public let name: String
  public let text: String
  public let weight: SearchWeight

  /// Creates a field.
  public init(_ name: String, _ text: String, _ weight: SearchWeight) {
    self.name = name
    self.text = text
    self.weight = weight
  }
}

/// How much a match in a field counts: the rule behind search's ranking, named once.
public enum SearchWeight: Int, Sendable, Comparable {
  /// A record's own title, name or alias.
  case title = 30
  /// The names of the regions a partnership joins: below a region's own name, so that a search
  /// for a place finds the place first.
  case relatedName = 25
  /// An id, a type, a source's publisher.
  case identifier = 20
  /// A summary, description, party or signatory.
  case body = 10
  /// A note.
  case note = 5
  /// A quoted source.
  case quote = 3

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension CatalogRecord {
  /// Notes and quoted citations, the last fields of every record's search text.
  static func noteAndQuoteFields(_ notes: [Note], _ citations: [Citation]) -> [SearchField] {
    notes.map { SearchField("notes", $0.text, .note) }
      + citations.compactMap(\.quote).map { SearchField("quote", $0, .quote) }
  }

  /// The search fields of a record known by names: its name and Japanese name, its aliases and
  /// its id, as parties and people are.
  static func nameFields(id: String, name: String, nameJa: String?, aliases: [String]) -> [SearchField] {
    [
      SearchField("name", name, .title), SearchField("name", nameJa ?? "", .title),
      SearchField("alias", aliases.joined(separator: "; "), .title), SearchField("id", id, .identifier),
    ]
  }

  /// The id (suggested when mistyped), the full title, and the short titles: how agreements
  /// and initiatives are named. A short title is trusted as much as a full one, because people
  /// quote documents by it: when one document's short title is another's full title ("Joint
  /// Declaration on Security Cooperation", 2008 and 2025), the name is ambiguous, never guessed.
  static func titledNames(id: String, title: String, shortNames: [String]) -> [RecordName] {
    [RecordName(id, .exact), RecordName(title, .exact, suggested: false)] + shortNames.map { RecordName($0, .exact) }
  }
}

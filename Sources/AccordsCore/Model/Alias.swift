/// Another name a region is known by: a former name, a retired ISO code, a local variant.
///
/// Aliases carry their own sources, since "Orissa is Odisha" is a fact like any other.
public struct Alias: Hashable, Sendable {
  /// What kind of other name this is.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A name the region had before it was renamed, such as Uttaranchal.
    case formerName = "former-name"
    /// An ISO 3166-2 code the region had before the current one, such as IN-OR.
    case formerCode = "former-code"
    /// A spelling or variant in current use, such as Pondicherry.
    case variant
    /// An abbreviation people write, such as NCT.
    case abbreviation
  }

  public let name: String
  public let kind: Kind
  /// When the name stopped being current, for former names and codes, at the precision known.
  public let until: PartialDate?
  public let sources: [Citation]

  /// Creates an alias.
  public init(name: String, kind: Kind, until: PartialDate? = nil, sources: [Citation]) {
    self.name = name
    self.kind = kind
    self.until = until
    self.sources = sources
  }

  /// How the alias reads beside the current name: `formerly Uttaranchal`, `formerly IN-OR`.
  public var readable: String {
    switch kind {
    case .formerName, .formerCode: "formerly \(name)"
    case .variant: "also \(name)"
    case .abbreviation: "also called \(name)"
    }
  }
}

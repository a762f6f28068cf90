/// A reference from a record to one of the catalog's sources, with the words that support it.
public struct Citation: Hashable, Sendable {
  /// The source cited.
  public let source: Source.ID
  /// A short passage copied from the source, in its own language, when one was recorded.
  public let quote: String?

  /// Creates a citation.
  public init(source: Source.ID, quote: String? = nil) {
    self.source = source
    self.quote = quote
  }
}

/// JSON that is not well formed, with the byte offset where reading stopped.
public struct JSONSyntaxError: Error, Hashable, Sendable {
  /// The offset of the offending byte from the start of the input.
  public let offset: Int
  /// What is wrong, as a sentence fragment: `expected ',' or '}' after a field`.
  public let message: String

  /// Creates an error.
  public init(offset: Int, _ message: String) {
    self.offset = offset
    self.message = message
  }
}

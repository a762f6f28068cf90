/// Where a value sits in a JSON document: `agreements[12].type`.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible {
  /// One step into a document.
  public enum Component: Hashable, Sendable {
    case key(String)
    case index(Int)
  }

  public var components: [Component]

  /// The document itself.
  public static let root = JSONPath(components: [])

  /// Creates a path from its steps.
  public init(components: [Component]) { self.components = components }

  /// This path one key deeper.
  public func appending(_ key: String) -> JSONPath {
    var path = self
    path.components.append(.key(key))
    return path
  }

  /// This path one array element deeper.
  public func appending(_ index: Int) -> JSONPath {
    var path = self
    path.components.append(.index(index))
    return path
  }

  /// `agreements[12].type`, or `(top level)` for the document itself.
  public var description: String {
    guard !components.isEmpty else { return "(top level)" }
    var text = ""
    for component in components {
      switch component {
      case .key(let key): text += text.isEmpty ? key : "." + key
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }
}

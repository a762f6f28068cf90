/// Turns Foundation's `DecodingError` into a message that names the place in the catalog:
/// `agreements[3].type: …` rather than a dump of coding keys.
enum DecodingErrorMessage {
  static func catalogError(for error: DecodingError, file: String) -> CatalogError {
    switch error {
    case .keyNotFound(let key, let context):
      return .malformed(
        file: file, path: path(context.codingPath),
        message: "missing required field '\(key.stringValue)'")
    case .typeMismatch(let type, let context):
      return .malformed(
        file: file, path: path(context.codingPath), message: "expected \(describe(type))")
    case .valueNotFound(let type, let context):
      return .malformed(
        file: file, path: path(context.codingPath), message: "expected \(describe(type)), found null")
    case .dataCorrupted(let context):
      let message = context.underlyingError.map { "not valid JSON (\($0))" } ?? context.debugDescription
      return .malformed(file: file, path: path(context.codingPath), message: message)
    @unknown default:
      return .malformed(file: file, path: "", message: "not a JSON catalog")
    }
  }

  /// `agreements[3].type` from `["agreements", 3, "type"]`.
  static func path(_ keys: [any CodingKey]) -> String {
    var text = ""
    for key in keys {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : "." + key.stringValue
      }
    }
    return text
  }

  private static func describe(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Int.Type, is Double.Type: "a number"
    case is Bool.Type: "true or false"
    case is [Any].Type: "a list"
    default: "an object"
    }
  }
}

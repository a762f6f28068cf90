/// What a catalog's acronyms stand for (`AcronymIndex`), kept in its image: found by reading
/// every document's title and summary, which a search of a few kinds need not do then.
extension ImageWriter {
  /// Writes the expansions, acronyms in order.
  mutating func acronyms(_ index: AcronymIndex) {
    list(index.expansions.sorted { $0.key < $1.key }) { writer, entry in
      writer.string(entry.key)
      writer.list(entry.value) { writer, phrase in writer.list(phrase) { $0.string($1) } }
    }
  }
}

extension ImageReader {
  mutating func acronyms() throws(ImageDamage) -> AcronymIndex {
    var expansions: [String: [[String]]] = [:]
    for _ in 0..<(try count()) {
      let key = try string()
      expansions[key] = try list { r throws(ImageDamage) in try r.list { r throws(ImageDamage) in try r.string() } }
    }
    return AcronymIndex(expansions: expansions)
  }
}

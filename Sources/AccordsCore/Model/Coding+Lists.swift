// Optional lists (notes, aliases, renewals) are left out of the JSON when empty and read back
// as empty, so that a catalog stays short to write by hand and exports the same way it loads.

extension KeyedDecodingContainer {
  func decodeList<Element: Decodable>(forKey key: Key) throws -> [Element] {
    try decodeIfPresent([Element].self, forKey: key) ?? []
  }
}

extension KeyedEncodingContainer {
  mutating func encodeList<Element: Encodable>(_ list: [Element], forKey key: Key) throws {
    if !list.isEmpty { try encode(list, forKey: key) }
  }
}

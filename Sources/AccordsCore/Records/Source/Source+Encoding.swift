extension RecordEncoder {
  public func source(_ source: Source) -> JSONValue { self.source(source, quote: nil) }

  func source(_ source: Source, quote: String?) -> JSONValue {
    .object([
      "id": .string(source.id.rawValue), "publisher": .string(source.publisher),
      "title": .stringIfPresent(source.title), "url": .stringIfPresent(source.url),
      "published": .stringIfPresent(source.published?.description), "kind": .string(source.kind.rawValue),
      "copyOf": .stringIfPresent(source.copyOf), "language": .stringIfPresent(source.language),
      "note": .stringIfPresent(source.note), "quote": .stringIfPresent(quote),
    ])
  }
}

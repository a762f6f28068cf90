extension RecordEncoder {
  public func initiative(_ initiative: Initiative) -> JSONValue {
    .object([
      "id": .string(initiative.id.rawValue), "name": .string(initiative.name),
      "aliases": list(initiative.aliases, JSONValue.string), "visit": .stringIfPresent(initiative.visit?.rawValue),
      "areas": .array(initiative.areas.map { .string($0.rawValue) }), "summary": .string(initiative.summary),
      "contested": contested(initiative.notes), "notes": list(initiative.notes, note),
      "sources": citations(initiative.sources),
    ])
  }
}

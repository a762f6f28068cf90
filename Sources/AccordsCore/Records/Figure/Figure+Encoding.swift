extension RecordEncoder {
  public func figure(_ figure: Figure) -> JSONValue {
    .object([
      "id": .string(figure.id.rawValue), "label": .string(figure.label), "value": .number(figure.value),
      "unit": .string(figure.unit), "qualifier": .string(figure.qualifier.rawValue),
      "kind": .string(figure.kind.rawValue), "readable": derived(.string(figure.readableAmount)),
      "period": .stringIfPresent(figure.period), "visit": .stringIfPresent(figure.visit?.rawValue),
      "areas": list(figure.areas) { .string($0.rawValue) },
      "relations": omittedWhenEmpty(figure.relations) { relation($0, title: catalog.figure($0.target)?.label) },
      "relatedFrom": derived(
        later(catalog.figures(relatingTo: figure.id).map { ($0.kind.rawValue, $0.figure.id.rawValue, $0.figure.label) })
      ),
      "contested": contested(figure.notes), "notes": list(figure.notes, note), "sources": citations(figure.sources),
    ])
  }
}

extension RecordEncoder {
  public func visit(_ visit: Visit) -> JSONValue {
    .object([
      "id": .string(visit.id.rawValue), "title": .string(visit.title),
      "ordinal": visit.ordinal.map(JSONValue.int), "ordinalIsDerived": visit.ordinalIsDerived ? .bool(true) : nil,
      "start": .string(visit.start.description), "end": .string(visit.end.description),
      "places": list(visit.places) { place in
        .object(["name": .string(place.name), "region": .stringIfPresent(place.region?.rawValue)])
      },
      "leaders": list(visit.leaders, personMention),
      "announced": list(visit.announced) {
        .object(["count": .int($0.count), "counts": .string($0.scope.rawValue), "sources": citations($0.sources)])
      },
      "recorded": derived(.int(catalog.agreements(of: visit.id).count)),
      "recordedAgreements": derived(.int(catalog.coverage(of: visit).agreements)),
      "coverage": derived(.string(catalog.coverage(of: visit).sentence)),
      "summary": .string(visit.summary), "notes": list(visit.notes, note), "sources": citations(visit.sources),
    ])
  }
}

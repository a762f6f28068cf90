extension RecordEncoder {
  public func area(_ area: VisionArea) -> JSONValue {
    .object([
      "id": .string(area.id.rawValue), "ordinal": .int(area.ordinal), "numeral": derived(.string(area.romanNumeral)),
      "name": .string(area.name), "nameJa": .stringIfPresent(area.nameJa),
      "description": .stringIfPresent(area.description),
      "agreements": derived(.array(catalog.agreements(serving: area.id).map { .string($0.id.rawValue) })),
      "initiatives": derived(.array(catalog.initiatives(serving: area.id).map { .string($0.id.rawValue) })),
      "figures": derived(.array(catalog.figures(in: area.id).map { .string($0.id.rawValue) })),
      "notes": list(area.notes, note), "sources": citations(area.sources),
    ])
  }
}

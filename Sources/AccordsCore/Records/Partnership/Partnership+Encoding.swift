extension RecordEncoder {
  public func partnership(_ partnership: Partnership) -> JSONValue { self.partnership(partnership, seenFrom: nil) }

  /// A partnership; in the expanded style, seen from `region` it also names the other side as
  /// `partner`.
  public func partnership(_ partnership: Partnership, seenFrom region: Region.Code?) -> JSONValue {
    .object([
      "id": .string(partnership.id.rawValue),
      "partner": derived(region.flatMap { partnership.partner(of: $0) }.map(regionReference)),
      "state": regionField(partnership.state), "prefecture": regionField(partnership.prefecture),
      "kind": .string(partnership.kind.rawValue), "title": .string(partnership.title),
      "signed": .stringIfPresent(partnership.signed?.description), "signedBy": list(partnership.signedBy, partyMention),
      "visit": .stringIfPresent(partnership.visit?.rawValue),
      "renewals": list(partnership.renewals) { renewal in
        .object([
          "date": .string(renewal.date.description), "summary": .string(renewal.summary),
          "sources": citations(renewal.sources),
        ])
      },
      "validUntil": .stringIfPresent(partnership.validUntil?.description), "status": derived(status(of: partnership)),
      "summary": .string(partnership.summary), "contested": contested(partnership.notes),
      "notes": list(partnership.notes, note),
      "sources": citations(partnership.sources),
    ])
  }
}

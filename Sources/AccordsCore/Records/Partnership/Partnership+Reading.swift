extension CatalogReader {
  mutating func partnership() throws(JSONSyntaxError) -> Partnership? {
    var id: Partnership.ID?
    var state: Region.Code?
    var prefecture: Region.Code?
    var kind: Partnership.Kind?
    var title: String?
    var signed: PartialDate?
    var signedBy: [PartyMention] = []
    var visit: Visit.ID?
    var renewals: [Partnership.Renewal] = []
    var validUntil: PartialDate?
    var summary: String?
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(CatalogFormat.partnership) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Partnership.self)
      case "state": state = try r.identifier(Region.self)
      case "prefecture": prefecture = try r.identifier(Region.self)
      case "kind": kind = try r.value(Partnership.Kind.self, noun: "a kind of partnership")
      case "title": title = try r.string()
      case "signed": signed = try r.date()
      case "signedBy": signedBy = try r.partyMentions() ?? []
      case "visit": visit = try r.identifier(Visit.self)
      case "renewals": renewals = try r.list { (r) throws(JSONSyntaxError) in try r.renewal() } ?? []
      case "validUntil": validUntil = try r.date()
      case "summary": summary = try r.string()
      case "notes": notes = try r.notes()
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let id, let state, let prefecture, let kind, let title, let summary, let sources else { return nil }
    return Partnership(
      id: id, state: state, prefecture: prefecture, kind: kind, title: title, signed: signed, signedBy: signedBy,
      visit: visit, renewals: renewals, validUntil: validUntil, summary: summary, notes: notes, sources: sources)
  }
}

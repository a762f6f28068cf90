extension CatalogReader {
  mutating func agreement() throws(JSONSyntaxError) -> Agreement? {
    var id: Agreement.ID?
    var title: String?
    var titleJa: String?
    var aliases: [String] = []
    var type: DocumentType?
    var visit: Visit.ID?
    var date: PartialDate?
    var signed: PartialDate?
    var signedBy: [PersonMention] = []
    var inForce: PartialDate?
    var parties: [PartyMention]?
    var exchangedBy: [PersonMention] = []
    var areas: [VisionArea.ID]?
    var relations: [Relation<Agreement>] = []
    var summary: String?
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(CatalogFormat.agreement) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Agreement.self)
      case "title": title = try r.string()
      case "titleJa": titleJa = try r.string()
      case "aliases": aliases = try r.strings() ?? []
      case "type": type = try r.value(DocumentType.self, noun: "a document type")
      case "visit": visit = try r.identifier(Visit.self)
      case "date": date = try r.date()
      case "signed": signed = try r.date()
      case "signedBy": signedBy = try r.personMentions()
      case "inForce": inForce = try r.date()
      case "parties": parties = try r.partyMentions()
      case "exchangedBy": exchangedBy = try r.personMentions()
      case "areas": areas = try r.strings()?.map(VisionArea.ID.init(rawValue:))
      case "relations": relations = try r.relations(Agreement.self)
      case "summary": summary = try r.string()
      case "notes": notes = try r.notes()
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let id, let title, let type, let parties, let areas, let summary, let sources else { return nil }
    return Agreement(
      id: id, title: title, titleJa: titleJa, aliases: aliases, type: type, visit: visit, date: date, signed: signed,
      signedBy: signedBy, inForce: inForce, parties: parties, exchangedBy: exchangedBy, areas: areas,
      relations: relations, summary: summary, notes: notes, sources: sources)
  }
}

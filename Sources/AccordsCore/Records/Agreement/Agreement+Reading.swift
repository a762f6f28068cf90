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
    var signedAt: String?
    var signedBy: [PersonMention] = []
    var inForce: PartialDate?
    var events: [LifeEvent] = []
    var registers: [RegisterEntry] = []
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
      case "signedAt": signedAt = try r.string()
      case "signedBy": signedBy = try r.personMentions()
      case "inForce": inForce = try r.date()
      case "events": events = try r.lifeEvents()
      case "registers": registers = try r.registerEntries()
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
      signedAt: signedAt, signedBy: signedBy, inForce: inForce, events: events, parties: parties,
      exchangedBy: exchangedBy, areas: areas, relations: relations, registers: registers, summary: summary,
      notes: notes, sources: sources)
  }

  mutating func lifeEvents() throws(JSONSyntaxError) -> [LifeEvent] {
    try list { (r) throws(JSONSyntaxError) in
      var kind: LifeEvent.Kind?
      var date: PartialDate?
      var sources: [Citation]?
      let complete = try r.object(CatalogFormat.lifeEvent) { (r, key) throws(JSONSyntaxError) in
        switch key {
        case "kind": kind = try r.value(LifeEvent.Kind.self, noun: "a step of an instrument's life")
        case "date": date = try r.date()
        case "sources": sources = try r.citations()
        default: break
        }
      }
      guard complete, let kind, let sources else { return nil }
      return LifeEvent(kind: kind, date: date, sources: sources)
    } ?? []
  }

  mutating func registerEntries() throws(JSONSyntaxError) -> [RegisterEntry] {
    try list { (r) throws(JSONSyntaxError) in
      var register: RegisterEntry.Register?
      var id: String?
      var url: String?
      var sources: [Citation]?
      let complete = try r.object(CatalogFormat.registerEntry) { (r, key) throws(JSONSyntaxError) in
        switch key {
        case "register": register = try r.value(RegisterEntry.Register.self, noun: "a treaty register")
        case "id": id = try r.string()
        case "url": url = try r.string()
        case "sources": sources = try r.citations()
        default: break
        }
      }
      guard complete, let register, let id, let sources else { return nil }
      return RegisterEntry(register: register, id: id, url: url, sources: sources)
    } ?? []
  }
}

// One reader per kind of record. Each reads the fields `CatalogFormat` lists for its kind and
// returns `nil` when a required field is missing or invalid; the problem is already reported.

extension CatalogReader {
  mutating func dataset() throws(JSONSyntaxError) -> Dataset? {
    var name: String?
    var version: String?
    var asOf: PartialDate?
    var description: String?
    var notes: [Note] = []
    let complete = try object(CatalogFormat.dataset) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "name": name = try r.string()
      case "version": version = try r.string()
      case "asOf": asOf = try r.date()
      case "description": description = try r.string()
      case "notes": notes = try r.notes()
      default: break
      }
    }
    guard complete, let name, let version, let asOf, let description else { return nil }
    return Dataset(name: name, version: version, asOf: asOf, description: description, notes: notes)
  }

  mutating func visit() throws(JSONSyntaxError) -> Visit? {
    var id: Visit.ID?
    var title: String?
    var ordinal: Int?
    var ordinalIsDerived = false
    var start: PartialDate?
    var end: PartialDate?
    var places: [Visit.Place] = []
    var leaders: [Person] = []
    var announced: [Visit.AnnouncedCount] = []
    var summary: String?
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(CatalogFormat.visit) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Visit.self)
      case "title": title = try r.string()
      case "ordinal": ordinal = try r.integer()
      case "ordinalIsDerived": ordinalIsDerived = try r.boolean() ?? false
      case "start": start = try r.date()
      case "end": end = try r.date()
      case "places": places = try r.list { (r) throws(JSONSyntaxError) in try r.place() } ?? []
      case "leaders": leaders = try r.list { (r) throws(JSONSyntaxError) in try r.person() } ?? []
      case "announced": announced = try r.list { (r) throws(JSONSyntaxError) in try r.announcedCount() } ?? []
      case "summary": summary = try r.string()
      case "notes": notes = try r.notes()
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let id, let title, let start, let end, let summary, let sources else { return nil }
    return Visit(
      id: id, title: title, ordinal: ordinal, ordinalIsDerived: ordinalIsDerived, start: start, end: end,
      places: places, leaders: leaders, announced: announced, summary: summary, notes: notes, sources: sources)
  }

  mutating func source() throws(JSONSyntaxError) -> Source? {
    var id: Source.ID?
    var publisher: String?
    var title: String?
    var url: String?
    var published: PartialDate?
    var kind: Source.Kind?
    var copyOf: String?
    var language: String?
    var note: String?
    let complete = try object(CatalogFormat.source) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Source.self)
      case "publisher": publisher = try r.string()
      case "title": title = try r.string()
      case "url": url = try r.string()
      case "published": published = try r.date()
      case "kind": kind = try r.value(Source.Kind.self, noun: "a kind of source")
      case "copyOf": copyOf = try r.string()
      case "language": language = try r.string()
      case "note": note = try r.string()
      default: break
      }
    }
    guard complete, let id, let publisher, let kind else { return nil }
    return Source(
      id: id, publisher: publisher, title: title, url: url, published: published, kind: kind, copyOf: copyOf,
      language: language, note: note)
  }

  mutating func area() throws(JSONSyntaxError) -> VisionArea? {
    var id: VisionArea.ID?
    var ordinal: Int?
    var name: String?
    var nameJa: String?
    var description: String?
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(CatalogFormat.area) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(VisionArea.self)
      case "ordinal": ordinal = try r.integer()
      case "name": name = try r.string()
      case "nameJa": nameJa = try r.string()
      case "description": description = try r.string()
      case "notes": notes = try r.notes()
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let id, let ordinal, let name, let sources else { return nil }
    return VisionArea(
      id: id, ordinal: ordinal, name: name, nameJa: nameJa, description: description, notes: notes, sources: sources)
  }

  mutating func agreement() throws(JSONSyntaxError) -> Agreement? {
    var id: Agreement.ID?
    var title: String?
    var titleJa: String?
    var aliases: [String] = []
    var type: DocumentType?
    var visit: Visit.ID?
    var date: PartialDate?
    var signed: PartialDate?
    var signedBy: [Person] = []
    var inForce: PartialDate?
    var parties: [Party]?
    var exchangedBy: [Person] = []
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
      case "signedBy": signedBy = try r.list { (r) throws(JSONSyntaxError) in try r.person() } ?? []
      case "inForce": inForce = try r.date()
      case "parties": parties = try r.list { (r) throws(JSONSyntaxError) in try r.party() }
      case "exchangedBy":
        exchangedBy = try r.list { (r) throws(JSONSyntaxError) in try r.person() } ?? []
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

  mutating func initiative() throws(JSONSyntaxError) -> Initiative? {
    var id: Initiative.ID?
    var name: String?
    var aliases: [String] = []
    var visit: Visit.ID?
    var areas: [VisionArea.ID]?
    var summary: String?
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(CatalogFormat.initiative) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Initiative.self)
      case "name": name = try r.string()
      case "aliases": aliases = try r.strings() ?? []
      case "visit": visit = try r.identifier(Visit.self)
      case "areas": areas = try r.strings()?.map(VisionArea.ID.init(rawValue:))
      case "summary": summary = try r.string()
      case "notes": notes = try r.notes()
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let id, let name, let areas, let summary, let sources else { return nil }
    return Initiative(
      id: id, name: name, aliases: aliases, visit: visit, areas: areas, summary: summary, notes: notes, sources: sources
    )
  }

  mutating func partnership() throws(JSONSyntaxError) -> Partnership? {
    var id: Partnership.ID?
    var state: Region.Code?
    var prefecture: Region.Code?
    var kind: Partnership.Kind?
    var title: String?
    var signed: PartialDate?
    var signedBy: [Party] = []
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
      case "signedBy": signedBy = try r.list { (r) throws(JSONSyntaxError) in try r.party() } ?? []
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

  mutating func figure() throws(JSONSyntaxError) -> Figure? {
    var id: Figure.ID?
    var label: String?
    var value: Double?
    var unit: String?
    var qualifier: Figure.Qualifier?
    var kind: Figure.Kind?
    var period: String?
    var visit: Visit.ID?
    var areas: [VisionArea.ID] = []
    var relations: [Relation<Figure>] = []
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(CatalogFormat.figure) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Figure.self)
      case "label": label = try r.string()
      case "value": value = try r.number(upTo: CatalogFormat.largestFigureValue)
      case "unit": unit = try r.string()
      case "qualifier": qualifier = try r.value(Figure.Qualifier.self, noun: "a qualifier")
      case "kind": kind = try r.value(Figure.Kind.self, noun: "a kind of figure")
      case "period": period = try r.string()
      case "visit": visit = try r.identifier(Visit.self)
      case "areas": areas = try r.strings()?.map(VisionArea.ID.init(rawValue:)) ?? []
      case "relations": relations = try r.relations(Figure.self)
      case "notes": notes = try r.notes()
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let id, let label, let value, let unit, let qualifier, let kind, let sources else { return nil }
    return Figure(
      id: id, label: label, value: value, unit: unit, qualifier: qualifier, kind: kind, period: period, visit: visit,
      areas: areas, relations: relations, notes: notes, sources: sources)
  }

  mutating func region() throws(JSONSyntaxError) -> Region? {
    var code: Region.Code?
    var name: String?
    var nameJa: String?
    var country: Country?
    var kind: Region.Kind?
    var aliases: [Alias] = []
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(CatalogFormat.region) { (r, key) throws(JSONSyntaxError) in
      switch key {
      case "code": code = try r.identifier(Region.self)
      case "name": name = try r.string()
      case "nameJa": nameJa = try r.string()
      case "country": country = try r.value(Country.self, noun: "a country code")
      case "kind": kind = try r.value(Region.Kind.self, noun: "a kind of region")
      case "aliases": aliases = try r.list { (r) throws(JSONSyntaxError) in try r.alias() } ?? []
      case "notes": notes = try r.notes()
      case "sources": sources = try r.citations()
      default: break
      }
    }
    guard complete, let code, let name, let country, let kind, let sources else { return nil }
    return Region(
      code: code, name: name, nameJa: nameJa, country: country, kind: kind, aliases: aliases, notes: notes,
      sources: sources)
  }
}

// One reader per kind of record. Each reads the fields `CatalogFormat` lists for its kind and
// returns `nil` when a required field is missing or invalid; the problem is already reported.

extension CatalogReader {
  mutating func dataset(at path: JSONPath) throws(JSONSyntaxError) -> Dataset? {
    var name: String?
    var version: String?
    var asOf: PartialDate?
    var description: String?
    var notes: [Note] = []
    let complete = try object(at: path, type: "dataset") { (r, key, p) throws(JSONSyntaxError) in
      switch key {
      case "name": name = try r.string(at: p)
      case "version": version = try r.string(at: p)
      case "asOf": asOf = try r.date(at: p)
      case "description": description = try r.string(at: p)
      case "notes": notes = try r.notes(at: p)
      default: break
      }
    }
    guard complete, let name, let version, let asOf, let description else { return nil }
    return Dataset(name: name, version: version, asOf: asOf, description: description, notes: notes)
  }

  mutating func visit(at path: JSONPath) throws(JSONSyntaxError) -> Visit? {
    var id: Visit.ID?
    var title: String?
    var start: PartialDate?
    var end: PartialDate?
    var places: [Visit.Place] = []
    var leaders: [Person] = []
    var summary: String?
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(at: path, type: "visit") { (r, key, p) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Visit.self, at: p)
      case "title": title = try r.string(at: p)
      case "start": start = try r.date(at: p)
      case "end": end = try r.date(at: p)
      case "places": places = try r.list(at: p) { (r, p) throws(JSONSyntaxError) in try r.place(at: p) } ?? []
      case "leaders": leaders = try r.list(at: p) { (r, p) throws(JSONSyntaxError) in try r.person(at: p) } ?? []
      case "summary": summary = try r.string(at: p)
      case "notes": notes = try r.notes(at: p)
      case "sources": sources = try r.citations(at: p)
      default: break
      }
    }
    guard complete, let id, let title, let start, let end, let summary, let sources else { return nil }
    return Visit(
      id: id, title: title, start: start, end: end, places: places, leaders: leaders, summary: summary, notes: notes,
      sources: sources)
  }

  mutating func place(at path: JSONPath) throws(JSONSyntaxError) -> Visit.Place? {
    var name: String?
    var region: Region.Code?
    let complete = try object(at: path, type: "place") { (r, key, p) throws(JSONSyntaxError) in
      switch key {
      case "name": name = try r.string(at: p)
      case "region": region = try r.identifier(Region.self, at: p)
      default: break
      }
    }
    guard complete, let name else { return nil }
    return Visit.Place(name: name, region: region)
  }

  mutating func person(at path: JSONPath) throws(JSONSyntaxError) -> Person? {
    var name: String?
    var office: String?
    var country: Country?
    let complete = try object(at: path, type: "person") { (r, key, p) throws(JSONSyntaxError) in
      switch key {
      case "name": name = try r.string(at: p)
      case "office": office = try r.string(at: p)
      case "country": country = try r.value(Country.self, at: p, noun: "a country code")
      default: break
      }
    }
    guard complete, let name, let office, let country else { return nil }
    return Person(name: name, office: office, country: country)
  }

  mutating func source(at path: JSONPath) throws(JSONSyntaxError) -> Source? {
    var id: Source.ID?
    var publisher: String?
    var title: String?
    var url: String?
    var published: PartialDate?
    var kind: Source.Kind?
    var copyOf: String?
    var language: String?
    var note: String?
    let complete = try object(at: path, type: "source") { (r, key, p) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Source.self, at: p)
      case "publisher": publisher = try r.string(at: p)
      case "title": title = try r.string(at: p)
      case "url": url = try r.string(at: p)
      case "published": published = try r.date(at: p)
      case "kind": kind = try r.value(Source.Kind.self, at: p, noun: "a kind of source")
      case "copyOf": copyOf = try r.string(at: p)
      case "language": language = try r.string(at: p)
      case "note": note = try r.string(at: p)
      default: break
      }
    }
    guard complete, let id, let publisher, let kind else { return nil }
    return Source(
      id: id, publisher: publisher, title: title, url: url, published: published, kind: kind, copyOf: copyOf,
      language: language, note: note)
  }

  mutating func citations(at path: JSONPath) throws(JSONSyntaxError) -> [Citation]? {
    try list(at: path) { (r, p) throws(JSONSyntaxError) in
      var source: Source.ID?
      var quote: String?
      let complete = try r.object(at: p, type: "citation") { (r, key, p) throws(JSONSyntaxError) in
        switch key {
        case "source": source = try r.identifier(Source.self, at: p)
        case "quote": quote = try r.string(at: p)
        default: break
        }
      }
      guard complete, let source else { return nil }
      return Citation(source: source, quote: quote)
    }
  }

  mutating func notes(at path: JSONPath) throws(JSONSyntaxError) -> [Note] {
    try list(at: path) { (r, p) throws(JSONSyntaxError) in
      var kind: Note.Kind?
      var text: String?
      var sources: [Citation] = []
      let complete = try r.object(at: p, type: "note") { (r, key, p) throws(JSONSyntaxError) in
        switch key {
        case "kind": kind = try r.value(Note.Kind.self, at: p, noun: "a kind of note")
        case "text": text = try r.string(at: p)
        case "sources": sources = try r.citations(at: p) ?? []
        default: break
        }
      }
      guard complete, let kind, let text else { return nil }
      return Note(kind: kind, text: text, sources: sources)
    } ?? []
  }

  mutating func area(at path: JSONPath) throws(JSONSyntaxError) -> VisionArea? {
    var id: VisionArea.ID?
    var ordinal: Int?
    var name: String?
    var nameJa: String?
    var description: String?
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(at: path, type: "area") { (r, key, p) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(VisionArea.self, at: p)
      case "ordinal": ordinal = try r.integer(at: p)
      case "name": name = try r.string(at: p)
      case "nameJa": nameJa = try r.string(at: p)
      case "description": description = try r.string(at: p)
      case "notes": notes = try r.notes(at: p)
      case "sources": sources = try r.citations(at: p)
      default: break
      }
    }
    guard complete, let id, let ordinal, let name, let sources else { return nil }
    return VisionArea(
      id: id, ordinal: ordinal, name: name, nameJa: nameJa, description: description, notes: notes, sources: sources)
  }

  mutating func agreement(at path: JSONPath) throws(JSONSyntaxError) -> Agreement? {
    var id: Agreement.ID?
    var title: String?
    var titleJa: String?
    var aliases: [String] = []
    var type: DocumentType?
    var visit: Visit.ID?
    var date: PartialDate?
    var parties: [Party]?
    var exchangedBy: [Person] = []
    var areas: [VisionArea.ID]?
    var summary: String?
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(at: path, type: "agreement") { (r, key, p) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Agreement.self, at: p)
      case "title": title = try r.string(at: p)
      case "titleJa": titleJa = try r.string(at: p)
      case "aliases": aliases = try r.strings(at: p) ?? []
      case "type": type = try r.value(DocumentType.self, at: p, noun: "a document type")
      case "visit": visit = try r.identifier(Visit.self, at: p)
      case "date": date = try r.date(at: p)
      case "parties": parties = try r.list(at: p) { (r, p) throws(JSONSyntaxError) in try r.party(at: p) }
      case "exchangedBy":
        exchangedBy = try r.list(at: p) { (r, p) throws(JSONSyntaxError) in try r.person(at: p) } ?? []
      case "areas": areas = try r.strings(at: p)?.map(VisionArea.ID.init(rawValue:))
      case "summary": summary = try r.string(at: p)
      case "notes": notes = try r.notes(at: p)
      case "sources": sources = try r.citations(at: p)
      default: break
      }
    }
    guard complete, let id, let title, let type, let parties, let areas, let summary, let sources else { return nil }
    return Agreement(
      id: id, title: title, titleJa: titleJa, aliases: aliases, type: type, visit: visit, date: date, parties: parties,
      exchangedBy: exchangedBy, areas: areas, summary: summary, notes: notes, sources: sources)
  }

  mutating func party(at path: JSONPath) throws(JSONSyntaxError) -> Party? {
    var name: String?
    var country: Country?
    let complete = try object(at: path, type: "party") { (r, key, p) throws(JSONSyntaxError) in
      switch key {
      case "name": name = try r.string(at: p)
      case "country": country = try r.value(Country.self, at: p, noun: "a country code")
      default: break
      }
    }
    guard complete, let name, let country else { return nil }
    return Party(name: name, country: country)
  }

  mutating func initiative(at path: JSONPath) throws(JSONSyntaxError) -> Initiative? {
    var id: Initiative.ID?
    var name: String?
    var aliases: [String] = []
    var visit: Visit.ID?
    var areas: [VisionArea.ID]?
    var summary: String?
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(at: path, type: "initiative") { (r, key, p) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Initiative.self, at: p)
      case "name": name = try r.string(at: p)
      case "aliases": aliases = try r.strings(at: p) ?? []
      case "visit": visit = try r.identifier(Visit.self, at: p)
      case "areas": areas = try r.strings(at: p)?.map(VisionArea.ID.init(rawValue:))
      case "summary": summary = try r.string(at: p)
      case "notes": notes = try r.notes(at: p)
      case "sources": sources = try r.citations(at: p)
      default: break
      }
    }
    guard complete, let id, let name, let areas, let summary, let sources else { return nil }
    return Initiative(
      id: id, name: name, aliases: aliases, visit: visit, areas: areas, summary: summary, notes: notes, sources: sources
    )
  }

  mutating func partnership(at path: JSONPath) throws(JSONSyntaxError) -> Partnership? {
    var id: Partnership.ID?
    var state: Region.Code?
    var prefecture: Region.Code?
    var kind: Partnership.Kind?
    var title: String?
    var signed: PartialDate?
    var renewals: [Partnership.Renewal] = []
    var validUntil: PartialDate?
    var summary: String?
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(at: path, type: "partnership") { (r, key, p) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Partnership.self, at: p)
      case "state": state = try r.identifier(Region.self, at: p)
      case "prefecture": prefecture = try r.identifier(Region.self, at: p)
      case "kind": kind = try r.value(Partnership.Kind.self, at: p, noun: "a kind of partnership")
      case "title": title = try r.string(at: p)
      case "signed": signed = try r.date(at: p)
      case "renewals": renewals = try r.list(at: p) { (r, p) throws(JSONSyntaxError) in try r.renewal(at: p) } ?? []
      case "validUntil": validUntil = try r.date(at: p)
      case "summary": summary = try r.string(at: p)
      case "notes": notes = try r.notes(at: p)
      case "sources": sources = try r.citations(at: p)
      default: break
      }
    }
    guard complete, let id, let state, let prefecture, let kind, let title, let summary, let sources else { return nil }
    return Partnership(
      id: id, state: state, prefecture: prefecture, kind: kind, title: title, signed: signed, renewals: renewals,
      validUntil: validUntil, summary: summary, notes: notes, sources: sources)
  }

  mutating func renewal(at path: JSONPath) throws(JSONSyntaxError) -> Partnership.Renewal? {
    var date: PartialDate?
    var summary: String?
    var sources: [Citation]?
    let complete = try object(at: path, type: "renewal") { (r, key, p) throws(JSONSyntaxError) in
      switch key {
      case "date": date = try r.date(at: p)
      case "summary": summary = try r.string(at: p)
      case "sources": sources = try r.citations(at: p)
      default: break
      }
    }
    guard complete, let date, let summary, let sources else { return nil }
    return Partnership.Renewal(date: date, summary: summary, sources: sources)
  }

  mutating func figure(at path: JSONPath) throws(JSONSyntaxError) -> Figure? {
    var id: Figure.ID?
    var label: String?
    var value: Double?
    var unit: String?
    var qualifier: Figure.Qualifier?
    var kind: Figure.Kind?
    var period: String?
    var areas: [VisionArea.ID] = []
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(at: path, type: "figure") { (r, key, p) throws(JSONSyntaxError) in
      switch key {
      case "id": id = try r.identifier(Figure.self, at: p)
      case "label": label = try r.string(at: p)
      case "value": value = try r.number(at: p)
      case "unit": unit = try r.string(at: p)
      case "qualifier": qualifier = try r.value(Figure.Qualifier.self, at: p, noun: "a qualifier")
      case "kind": kind = try r.value(Figure.Kind.self, at: p, noun: "a kind of figure")
      case "period": period = try r.string(at: p)
      case "areas": areas = try r.strings(at: p)?.map(VisionArea.ID.init(rawValue:)) ?? []
      case "notes": notes = try r.notes(at: p)
      case "sources": sources = try r.citations(at: p)
      default: break
      }
    }
    guard complete, let id, let label, let value, let unit, let qualifier, let kind, let sources else { return nil }
    return Figure(
      id: id, label: label, value: value, unit: unit, qualifier: qualifier, kind: kind, period: period, areas: areas,
      notes: notes, sources: sources)
  }

  mutating func region(at path: JSONPath) throws(JSONSyntaxError) -> Region? {
    var code: Region.Code?
    var name: String?
    var nameJa: String?
    var country: Country?
    var kind: Region.Kind?
    var aliases: [Alias] = []
    var notes: [Note] = []
    var sources: [Citation]?
    let complete = try object(at: path, type: "region") { (r, key, p) throws(JSONSyntaxError) in
      switch key {
      case "code": code = try r.identifier(Region.self, at: p)
      case "name": name = try r.string(at: p)
      case "nameJa": nameJa = try r.string(at: p)
      case "country": country = try r.value(Country.self, at: p, noun: "a country code")
      case "kind": kind = try r.value(Region.Kind.self, at: p, noun: "a kind of region")
      case "aliases": aliases = try r.list(at: p) { (r, p) throws(JSONSyntaxError) in try r.alias(at: p) } ?? []
      case "notes": notes = try r.notes(at: p)
      case "sources": sources = try r.citations(at: p)
      default: break
      }
    }
    guard complete, let code, let name, let country, let kind, let sources else { return nil }
    return Region(
      code: code, name: name, nameJa: nameJa, country: country, kind: kind, aliases: aliases, notes: notes,
      sources: sources)
  }

  mutating func alias(at path: JSONPath) throws(JSONSyntaxError) -> Alias? {
    var name: String?
    var kind: Alias.Kind?
    var until: PartialDate?
    var sources: [Citation]?
    let complete = try object(at: path, type: "alias") { (r, key, p) throws(JSONSyntaxError) in
      switch key {
      case "name": name = try r.string(at: p)
      case "kind": kind = try r.value(Alias.Kind.self, at: p, noun: "a kind of alias")
      case "until": until = try r.date(at: p)
      case "sources": sources = try r.citations(at: p)
      default: break
      }
    }
    guard complete, let name, let kind, let sources else { return nil }
    return Alias(name: name, kind: kind, until: until, sources: sources)
  }
}

// Every record kind, written and read field by field in the same order. A field added to a
// record must be added here on both sides; the round-trip tests compare every command's output
// over the image with its output over the JSON, so a forgotten field shows.

extension ImageWriter {
  mutating func dataset(_ dataset: Dataset) {
    string(dataset.name)
    string(dataset.version)
    date(dataset.asOf)
    string(dataset.description)
    list(dataset.notes) { $0.note($1) }
  }

  mutating func visit(_ visit: Visit) {
    string(visit.id.rawValue)
    string(visit.title)
    flag(visit.ordinal != nil)
    if let ordinal = visit.ordinal { integer(ordinal) }
    flag(visit.ordinalIsDerived)
    date(visit.start)
    date(visit.end)
    list(visit.places) {
      $0.string($1.name)
      $0.optionalString($1.region?.rawValue)
    }
    list(visit.leaders) { $0.personMention($1) }
    list(visit.announced) {
      $0.integer($1.count)
      $0.choice($1.scope)
      $0.citations($1.sources)
    }
    string(visit.summary)
    list(visit.notes) { $0.note($1) }
    citations(visit.sources)
  }

  mutating func source(_ source: Source) {
    string(source.id.rawValue)
    string(source.publisher)
    optionalString(source.title)
    optionalString(source.url)
    optionalDate(source.published)
    choice(source.kind)
    optionalString(source.copyOf)
    optionalString(source.language)
    optionalString(source.note)
  }

  mutating func area(_ area: VisionArea) {
    string(area.id.rawValue)
    integer(area.ordinal)
    string(area.name)
    optionalString(area.nameJa)
    optionalString(area.description)
    list(area.notes) { $0.note($1) }
    citations(area.sources)
  }

  /// An agreement in two parts: first its outline (what `Agreement.outline` keeps, parties
  /// included), then, in a block a listing steps over, the rest.
  mutating func agreement(_ agreement: Agreement) {
    string(agreement.id.rawValue)
    string(agreement.title)
    choice(agreement.type)
    optionalString(agreement.visit?.rawValue)
    optionalDate(agreement.date)
    optionalDate(agreement.signed)
    optionalDate(agreement.inForce)
    list(agreement.events) {
      $0.choice($1.kind)
      $0.optionalDate($1.date)
    }
    list(agreement.parties) { $0.partyMention($1) }
    list(agreement.areas) { $0.string($1.rawValue) }
    list(agreement.relations) {
      $0.choice($1.kind)
      $0.string($1.target.rawValue)
    }
    block { rest in
      rest.optionalString(agreement.titleJa)
      rest.list(agreement.aliases) { $0.string($1) }
      rest.optionalString(agreement.signedAt)
      rest.list(agreement.signedBy) { $0.personMention($1) }
      for event in agreement.events { rest.citations(event.sources) }
      rest.list(agreement.exchangedBy) { $0.personMention($1) }
      for relation in agreement.relations { rest.citations(relation.sources) }
      rest.list(agreement.registers) {
        $0.choice($1.register)
        $0.string($1.id)
        $0.optionalString($1.url)
        $0.citations($1.sources)
      }
      rest.string(agreement.summary)
      rest.list(agreement.notes) { $0.note($1) }
      rest.citations(agreement.sources)
    }
  }

  mutating func initiative(_ initiative: Initiative) {
    string(initiative.id.rawValue)
    string(initiative.name)
    list(initiative.aliases) { $0.string($1) }
    optionalString(initiative.visit?.rawValue)
    list(initiative.areas) { $0.string($1.rawValue) }
    string(initiative.summary)
    list(initiative.notes) { $0.note($1) }
    citations(initiative.sources)
  }

  mutating func partnership(_ partnership: Partnership) {
    string(partnership.id.rawValue)
    string(partnership.state.rawValue)
    string(partnership.prefecture.rawValue)
    choice(partnership.kind)
    string(partnership.title)
    optionalDate(partnership.signed)
    list(partnership.signedBy) { $0.partyMention($1) }
    optionalString(partnership.visit?.rawValue)
    list(partnership.renewals) {
      $0.date($1.date)
      $0.string($1.summary)
      $0.citations($1.sources)
    }
    optionalDate(partnership.validUntil)
    string(partnership.summary)
    list(partnership.notes) { $0.note($1) }
    citations(partnership.sources)
  }

  mutating func figure(_ figure: Figure) {
    string(figure.id.rawValue)
    string(figure.label)
    word(figure.value.bitPattern)
    string(figure.unit)
    choice(figure.qualifier)
    choice(figure.kind)
    optionalString(figure.period)
    optionalString(figure.visit?.rawValue)
    list(figure.areas) { $0.string($1.rawValue) }
    list(figure.relations) {
      $0.choice($1.kind)
      $0.string($1.target.rawValue)
      $0.citations($1.sources)
    }
    list(figure.notes) { $0.note($1) }
    citations(figure.sources)
  }

  mutating func party(_ party: Party) {
    string(party.id.rawValue)
    string(party.name)
    optionalString(party.nameJa)
    list(party.aliases) { $0.string($1) }
    choice(party.country)
    choice(party.kind)
    optionalString(party.partOf?.rawValue)
    optionalString(party.region?.rawValue)
    list(party.notes) { $0.note($1) }
    citations(party.sources)
  }

  mutating func person(_ person: Person) {
    string(person.id.rawValue)
    string(person.name)
    optionalString(person.nameJa)
    list(person.aliases) { $0.string($1) }
    choice(person.country)
    list(person.notes) { $0.note($1) }
    citations(person.sources)
  }

  mutating func region(_ region: Region) {
    string(region.code.rawValue)
    string(region.name)
    optionalString(region.nameJa)
    optionalString(region.nameHi)
    optionalString(region.reading)
    choice(region.country)
    choice(region.kind)
    list(region.aliases) {
      $0.string($1.name)
      $0.choice($1.kind)
      $0.optionalDate($1.until)
      $0.citations($1.sources)
    }
    list(region.cities) {
      $0.string($1.name)
      $0.list($1.otherNames) { $0.string($1) }
      $0.citations($1.sources)
    }
    list(region.notes) { $0.note($1) }
    citations(region.sources)
  }

  // MARK: Parts

  mutating func note(_ note: Note) {
    choice(note.kind)
    string(note.text)
    citations(note.sources)
  }

  mutating func citations(_ citations: [Citation]) {
    list(citations) {
      $0.string($1.source.rawValue)
      $0.optionalString($1.quote)
    }
  }

  mutating func partyMention(_ mention: PartyMention) {
    string(mention.party.rawValue)
    optionalString(mention.asWritten)
  }

  mutating func personMention(_ mention: PersonMention) {
    string(mention.person.rawValue)
    string(mention.office)
  }

  mutating func date(_ date: PartialDate) {
    integer(date.year)
    integer(date.month ?? 0)
    integer(date.day ?? 0)
  }

  mutating func optionalDate(_ date: PartialDate?) {
    flag(date != nil)
    if let date { self.date(date) }
  }
}

extension ImageReader {
  mutating func dataset() throws(ImageDamage) -> Dataset {
    Dataset(
      name: try string(), version: try string(), asOf: try date(), description: try string(),
      notes: try list { r throws(ImageDamage) in try r.note() })
  }

  mutating func visit() throws(ImageDamage) -> Visit {
    Visit(
      id: Visit.ID(try string()), title: try string(), ordinal: try flag() ? try integer() : nil,
      ordinalIsDerived: try flag(), start: try date(), end: try date(),
      places: try list { r throws(ImageDamage) in
        Visit.Place(name: try r.string(), region: try r.optionalString().map { Region.Code($0) })
      },
      leaders: try list { r throws(ImageDamage) in try r.personMention() },
      announced: try list { r throws(ImageDamage) in
        Visit.AnnouncedCount(
          count: try r.integer(), scope: try r.choice(Visit.AnnouncedCount.Scope.self), sources: try r.citations())
      },
      summary: try string(), notes: try list { r throws(ImageDamage) in try r.note() }, sources: try citations())
  }

  mutating func source() throws(ImageDamage) -> Source {
    Source(
      id: Source.ID(try string()), publisher: try string(), title: try optionalString(), url: try optionalString(),
      published: try optionalDate(), kind: try choice(Source.Kind.self), copyOf: try optionalString(),
      language: try optionalString(), note: try optionalString())
  }

  mutating func area() throws(ImageDamage) -> VisionArea {
    VisionArea(
      id: VisionArea.ID(try string()), ordinal: try integer(), name: try string(), nameJa: try optionalString(),
      description: try optionalString(), notes: try list { r throws(ImageDamage) in try r.note() },
      sources: try citations())
  }

  /// An agreement whole when `keepingWhole` says so of its outline, else the outline alone
  /// with the rest stepped over: the same record `Agreement.outline(keepingParties:)` makes,
  /// so that a listing answers alike.
  mutating func agreement(
    keepingWhole: (Agreement) -> Bool, keepingParties: Bool
  ) throws(ImageDamage) -> Agreement {
    let id = Agreement.ID(try string())
    let title = try string()
    let type = try choice(DocumentType.self)
    let visit = try optionalString().map { Visit.ID($0) }
    let date = try optionalDate()
    let signed = try optionalDate()
    let inForce = try optionalDate()
    let eventOutlines = try list { r throws(ImageDamage) in (try r.choice(LifeEvent.Kind.self), try r.optionalDate()) }
    let parties = try list { r throws(ImageDamage) in try r.partyMention() }
    let areas = try list { r throws(ImageDamage) in VisionArea.ID(try r.string()) }
    let relationOutlines = try list { r throws(ImageDamage) in
      (try r.choice(RelationKind.self), Agreement.ID(try r.string()))
    }
    var rest = try block()
    func outline(parties: [PartyMention]) -> Agreement {
      Agreement(
        id: id, title: title, type: type, visit: visit, date: date, signed: signed, inForce: inForce,
        events: eventOutlines.map { LifeEvent(kind: $0.0, date: $0.1, sources: []) }, parties: parties, areas: areas,
        relations: relationOutlines.map { Relation(kind: $0.0, target: $0.1, sources: []) }, summary: "", sources: [])
    }
    let withParties = outline(parties: parties)
    guard keepingWhole(withParties) else {
      return keepingParties || parties.isEmpty ? withParties : outline(parties: [])
    }
    let titleJa = try rest.optionalString()
    let aliases = try rest.list { r throws(ImageDamage) in try r.string() }
    let signedAt = try rest.optionalString()
    let signedBy = try rest.list { r throws(ImageDamage) in try r.personMention() }
    var events: [LifeEvent] = []
    for (kind, date) in eventOutlines {
      events.append(LifeEvent(kind: kind, date: date, sources: try rest.citations()))
    }
    let exchangedBy = try rest.list { r throws(ImageDamage) in try r.personMention() }
    var relations: [Relation<Agreement>] = []
    for (kind, target) in relationOutlines {
      relations.append(Relation(kind: kind, target: target, sources: try rest.citations()))
    }
    let registers = try rest.list { r throws(ImageDamage) in
      RegisterEntry(
        register: try r.choice(RegisterEntry.Register.self), id: try r.string(), url: try r.optionalString(),
        sources: try r.citations())
    }
    return Agreement(
      id: id, title: title, titleJa: titleJa, aliases: aliases, type: type, visit: visit, date: date, signed: signed,
      signedAt: signedAt, signedBy: signedBy, inForce: inForce, events: events, parties: parties,
      exchangedBy: exchangedBy, areas: areas, relations: relations, registers: registers, summary: try rest.string(),
      notes: try rest.list { r throws(ImageDamage) in try r.note() }, sources: try rest.citations())
  }

  mutating func initiative() throws(ImageDamage) -> Initiative {
    Initiative(
      id: Initiative.ID(try string()), name: try string(),
      aliases: try list { r throws(ImageDamage) in try r.string() }, visit: try optionalString().map { Visit.ID($0) },
      areas: try list { r throws(ImageDamage) in VisionArea.ID(try r.string()) }, summary: try string(),
      notes: try list { r throws(ImageDamage) in try r.note() }, sources: try citations())
  }

  mutating func partnership() throws(ImageDamage) -> Partnership {
    Partnership(
      id: Partnership.ID(try string()), state: Region.Code(try string()), prefecture: Region.Code(try string()),
      kind: try choice(Partnership.Kind.self), title: try string(), signed: try optionalDate(),
      signedBy: try list { r throws(ImageDamage) in try r.partyMention() },
      visit: try optionalString().map { Visit.ID($0) },
      renewals: try list { r throws(ImageDamage) in
        Partnership.Renewal(date: try r.date(), summary: try r.string(), sources: try r.citations())
      },
      validUntil: try optionalDate(), summary: try string(), notes: try list { r throws(ImageDamage) in try r.note() },
      sources: try citations())
  }

  mutating func figure() throws(ImageDamage) -> Figure {
    Figure(
      id: Figure.ID(try string()), label: try string(), value: Double(bitPattern: try word()), unit: try string(),
      qualifier: try choice(Figure.Qualifier.self), kind: try choice(Figure.Kind.self), period: try optionalString(),
      visit: try optionalString().map { Visit.ID($0) },
      areas: try list { r throws(ImageDamage) in VisionArea.ID(try r.string()) },
      relations: try list { r throws(ImageDamage) in
        Relation(kind: try r.choice(RelationKind.self), target: Figure.ID(try r.string()), sources: try r.citations())
      },
      notes: try list { r throws(ImageDamage) in try r.note() }, sources: try citations())
  }

  mutating func party() throws(ImageDamage) -> Party {
    Party(
      id: Party.ID(try string()), name: try string(), nameJa: try optionalString(),
      aliases: try list { r throws(ImageDamage) in try r.string() }, country: try choice(Country.self),
      kind: try choice(Party.Kind.self), partOf: try optionalString().map { Party.ID($0) },
      region: try optionalString().map { Region.Code($0) }, notes: try list { r throws(ImageDamage) in try r.note() },
      sources: try citations())
  }

  mutating func person() throws(ImageDamage) -> Person {
    Person(
      id: Person.ID(try string()), name: try string(), nameJa: try optionalString(),
      aliases: try list { r throws(ImageDamage) in try r.string() }, country: try choice(Country.self),
      notes: try list { r throws(ImageDamage) in try r.note() }, sources: try citations())
  }

  mutating func region() throws(ImageDamage) -> Region {
    let code = Region.Code(try string())
    let name = try string()
    let (nameJa, nameHi, reading) = (try optionalString(), try optionalString(), try optionalString())
    let country = try choice(Country.self)
    let kind = try choice(Region.Kind.self)
    let aliases = try list { r throws(ImageDamage) -> Alias in
      Alias(
        name: try r.string(), kind: try r.choice(Alias.Kind.self), until: try r.optionalDate(),
        sources: try r.citations())
    }
    let cities = try list { r throws(ImageDamage) -> Region.City in
      let name = try r.string()
      let otherNames = try r.list { r throws(ImageDamage) in try r.string() }
      return Region.City(name: name, otherNames: otherNames, sources: try r.citations())
    }
    return Region(
      code: code, name: name, nameJa: nameJa, nameHi: nameHi, reading: reading, country: country, kind: kind,
      aliases: aliases, cities: cities, notes: try list { r throws(ImageDamage) in try r.note() },
      sources: try citations())
  }

  // MARK: Parts

  mutating func note() throws(ImageDamage) -> Note {
    Note(kind: try choice(Note.Kind.self), text: try string(), sources: try citations())
  }

  mutating func citations() throws(ImageDamage) -> [Citation] {
    try list { r throws(ImageDamage) in Citation(source: Source.ID(try r.string()), quote: try r.optionalString()) }
  }

  mutating func partyMention() throws(ImageDamage) -> PartyMention {
    PartyMention(party: Party.ID(try string()), asWritten: try optionalString())
  }

  mutating func personMention() throws(ImageDamage) -> PersonMention {
    PersonMention(person: Person.ID(try string()), office: try string())
  }

  /// A date, checked as the loader checks one: a damaged image cannot make 31 February.
  mutating func date() throws(ImageDamage) -> PartialDate {
    let start = offset
    let (year, month, day) = (try integer(), try integer(), try integer())
    guard let date = PartialDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day) else {
      throw ImageDamage(offset: start, reason: "a date is impossible")
    }
    return date
  }

  mutating func optionalDate() throws(ImageDamage) -> PartialDate? {
    try flag() ? try date() : nil
  }
}

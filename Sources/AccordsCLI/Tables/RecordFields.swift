import AccordsCore

// The fields of each kind of record, for CSV, TSV and `--fields`: ids beside names, ISO dates,
// numbers apart from their units, and lists (parties, areas, source addresses) joined by
// `Cell.listSeparator`. Names are the record's JSON keys, so that `--fields` means the same
// in every format.

extension Cell {
  /// The addresses of the sources cited, each once, in the order cited.
  static func sourceURLs(_ citations: [Citation], in catalog: Catalog) -> Cell {
    var seen: Set<String> = []
    return .list(citations.compactMap { catalog.source($0.source)?.url }.filter { seen.insert($0).inserted })
  }

  /// The ids of the sources cited, each once.
  static func sourceIDs(_ citations: [Citation]) -> Cell {
    var seen: Set<String> = []
    return .list(citations.map(\.source.rawValue).filter { seen.insert($0).inserted })
  }

  /// `conflict`, `unconfirmed`: what the notes say is contested, as in JSON.
  static func contested(_ notes: [Note]) -> Cell { .list(Note.contested(notes).map(\.rawValue)) }

  static func partyNames(_ mentions: [PartyMention], in catalog: Catalog) -> Cell {
    .list(mentions.map { catalog.party($0.party)?.fullName ?? $0.party.rawValue })
  }

  static func regionName(_ code: Region.Code, _ context: FieldContext) -> Cell {
    .optional(context.catalog.region(code)?.name)
  }

  static func personNames(_ mentions: [PersonMention], in catalog: Catalog) -> Cell {
    .list(mentions.map { catalog.person($0.person)?.name ?? $0.person.rawValue })
  }
}

extension FieldSet where Record == Agreement {
  /// The fields every agreement's outline holds (`Agreement.outline(keepingParties:)`): a
  /// listing of these alone needs no agreement read whole. `LeanReadingTests` holds each to
  /// the same cells as from the whole record.
  static let outlineFields: Set<String> = [
    "id", "title", "type", "typeName", "date", "signed", "inForce", "visit", "partyIds", "areas",
  ]

  static let agreements = FieldSet([
    Field("id") { .text($0.id.rawValue) },
    Field("title") { .text($0.title) },
    Field("titleJa") { .optional($0.titleJa) },
    Field("type") { .text($0.type.rawValue) },
    Field("typeName") { .text($0.type.displayName) },
    Field("date") { .optional($0.date) },
    Field("signed") { .optional($0.signed) },
    Field("signedAt") { .optional($0.signedAt) },
    Field("inForce") { .optional($0.inForce) },
    Field("status") { agreement, context in
      .text(context.catalog.status(of: agreement, on: context.day).kind.rawValue)
    },
    Field("statusOn") { _, context in .date(context.day) },
    Field("visit") { .optional($0.visit?.rawValue) },
    Field("parties") { agreement, context in .partyNames(agreement.parties, in: context.catalog) },
    Field("partyIds") { .list($0.parties.map(\.party.rawValue)) },
    Field("signedBy") { agreement, context in .personNames(agreement.signedBy, in: context.catalog) },
    Field("exchangedBy") { agreement, context in .personNames(agreement.exchangedBy, in: context.catalog) },
    Field("areas") { .list($0.areas.map(\.rawValue)) },
    Field("summary") { .text($0.summary) },
    Field("contested") { .contested($0.notes) },
    Field("sources") { .sourceIDs($0.sources) },
    Field("sourceUrls") { agreement, context in .sourceURLs(agreement.sources, in: context.catalog) },
  ])
}

extension FieldSet where Record == Visit {
  static let visits = FieldSet([
    Field("id") { .text($0.id.rawValue) },
    Field("title") { .text($0.title) },
    Field("ordinal") { .optional($0.ordinal) },
    Field("ordinalDerived") { .text($0.ordinalIsDerived ? "true" : "false") },
    Field("start") { .date($0.start) },
    Field("end") { .date($0.end) },
    Field("places") { .list($0.places.map(\.name)) },
    Field("leaders") { visit, context in .personNames(visit.leaders, in: context.catalog) },
    Field("documents") { visit, context in .integer(context.catalog.coverage(of: visit).documents) },
    Field("agreements") { visit, context in .integer(context.catalog.coverage(of: visit).agreements) },
    Field("announced") { visit, context in
      .list(context.catalog.coverage(of: visit).announced.map { String($0.count) })
    },
    Field("announcedCounts") { visit, context in
      .list(context.catalog.coverage(of: visit).announced.map(\.scope.rawValue))
    },
    Field("summary") { .text($0.summary) },
    Field("contested") { .contested($0.notes) },
    Field("sourceUrls") { visit, context in .sourceURLs(visit.sources, in: context.catalog) },
  ])
}

extension FieldSet where Record == Partnership {
  /// A partnership's fields after `leading` (a partner's, for `partners`).
  static func partnerships(leading: [Field<Partnership>] = []) -> FieldSet {
    return FieldSet(
      leading + [
        Field("id") { .text($0.id.rawValue) },
        Field("state") { .text($0.state.rawValue) },
        Field("stateName") { .regionName($0.state, $1) },
        Field("prefecture") { .text($0.prefecture.rawValue) },
        Field("prefectureName") { .regionName($0.prefecture, $1) },
        Field("kind") { .text($0.kind.rawValue) },
        Field("title") { .text($0.title) },
        Field("signed") { .optional($0.signed) },
        Field("signedBy") { partnership, context in .partyNames(partnership.signedBy, in: context.catalog) },
        Field("visit") { .optional($0.visit?.rawValue) },
        Field("renewals") { .list($0.renewals.map(\.date.description)) },
        Field("validUntil") { .optional($0.validUntil) },
        Field("status") { partnership, context in .text(partnership.status(on: context.day).kind.rawValue) },
        Field("statusOn") { _, context in .date(context.day) },
        Field("summary") { .text($0.summary) },
        Field("contested") { .contested($0.notes) },
        Field("sourceUrls") { partnership, context in
          .sourceURLs(partnership.sources + partnership.renewals.flatMap(\.sources), in: context.catalog)
        },
      ])
  }

  static let partnerships = partnerships()
}

extension FieldSet where Record == Figure {
  static let figures = FieldSet([
    Field("id") { .text($0.id.rawValue) },
    Field("label") { .text($0.label) },
    Field("value") { .number($0.value) },
    Field("unit") { .text($0.unit) },
    Field("qualifier") { .text($0.qualifier.rawValue) },
    Field("kind") { .text($0.kind.rawValue) },
    Field("period") { .optional($0.period) },
    Field("readable") { .text($0.readableAmount) },
    Field("visit") { .optional($0.visit?.rawValue) },
    Field("areas") { .list($0.areas.map(\.rawValue)) },
    Field("contested") { .contested($0.notes) },
    Field("sourceUrls") { figure, context in .sourceURLs(figure.sources, in: context.catalog) },
  ])
}

extension FieldSet where Record == Initiative {
  static let initiatives = FieldSet([
    Field("id") { .text($0.id.rawValue) },
    Field("name") { .text($0.name) },
    Field("visit") { .optional($0.visit?.rawValue) },
    Field("areas") { .list($0.areas.map(\.rawValue)) },
    Field("summary") { .text($0.summary) },
    Field("contested") { .contested($0.notes) },
    Field("sourceUrls") { initiative, context in .sourceURLs(initiative.sources, in: context.catalog) },
  ])
}

extension FieldSet where Record == Source {
  static let sources = FieldSet([
    Field("id") { .text($0.id.rawValue) },
    Field("kind") { .text($0.kind.rawValue) },
    Field("publisher") { .text($0.publisher) },
    Field("title") { .optional($0.title) },
    Field("url") { .optional($0.url) },
    Field("published") { .optional($0.published) },
    Field("copyOf") { .optional($0.copyOf) },
    Field("language") { .optional($0.language) },
    Field("note") { .optional($0.note) },
  ])
}

extension FieldSet where Record == Party {
  static let parties = FieldSet([
    Field("id") { .text($0.id.rawValue) },
    Field("name") { .text($0.name) },
    Field("nameJa") { .optional($0.nameJa) },
    Field("aliases") { .list($0.aliases) },
    Field("country") { .text($0.country.rawValue) },
    Field("kind") { .text($0.kind.rawValue) },
    Field("partOf") { .optional($0.partOf?.rawValue) },
    Field("region") { .optional($0.region?.rawValue) },
    Field("documents") { party, context in .integer(context.catalog.agreements(withParty: party.id).count) },
  ])
}

extension FieldSet where Record == Person {
  static let people = FieldSet([
    Field("id") { .text($0.id.rawValue) },
    Field("name") { .text($0.name) },
    Field("nameJa") { .optional($0.nameJa) },
    Field("country") { .text($0.country.rawValue) },
    Field("visits") { person, context in .integer(context.catalog.visits(ledBy: person.id).count) },
    Field("documents") { person, context in .integer(context.catalog.agreements(withPerson: person.id).count) },
  ])
}

extension FieldSet where Record == Region {
  static let regions = FieldSet([
    Field("code") { .text($0.code.rawValue) },
    Field("name") { .text($0.name) },
    Field("nameJa") { .optional($0.nameJa) },
    Field("nameHi") { .optional($0.nameHi) },
    Field("reading") { .optional($0.reading) },
    Field("country") { .text($0.country.rawValue) },
    Field("kind") { .text($0.kind.rawValue) },
    Field("partners") { region, context in .integer(context.catalog.partnerships(involving: region.code).count) },
  ])
}

extension FieldSet where Record == VisionArea {
  static let areas = FieldSet([
    Field("id") { .text($0.id.rawValue) },
    Field("ordinal") { .integer($0.ordinal) },
    Field("numeral") { .text($0.romanNumeral) },
    Field("name") { .text($0.name) },
    Field("nameJa") { .optional($0.nameJa) },
    Field("agreements") { area, context in .integer(context.catalog.agreements(serving: area.id).count) },
    Field("initiatives") { area, context in .integer(context.catalog.initiatives(serving: area.id).count) },
    Field("figures") { area, context in .integer(context.catalog.figures(in: area.id).count) },
  ])
}

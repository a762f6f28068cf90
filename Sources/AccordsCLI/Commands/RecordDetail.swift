import AccordsCore

/// Any record, with its detail view and its JSON.
struct RecordDetail {
  let view: DetailView
  let json: JSONValue

  /// The detail of the record the resolver found; `nil` only if it is not in `catalog`.
  init?(subject: NameResolver.Subject, catalog: Catalog) {
    let records = RecordJSON(catalog: catalog)
    func people(_ people: [Person]) -> String {
      people.map { "\($0.name), \($0.office) (\($0.country.name))" }.cellList
    }
    func areaNames(_ ids: [VisionArea.ID]) -> String {
      ids.compactMap(catalog.area).map { "\($0.romanNumeral) \($0.name)" }.cellList
    }
    switch subject {
    case .agreement(let key):
      guard let agreement = catalog.agreement(key) else { return nil }
      view = DetailView(
        heading: agreement.title,
        fields: [
          ("id", agreement.id.rawValue), ("title (ja)", agreement.titleJa ?? ""),
          ("type", agreement.type.displayName),
          (agreement.signed == nil ? "date" : "exchanged", agreement.date?.readable ?? "not known"),
          ("exchanged by", people(agreement.exchangedBy)),
          ("signed", agreement.signed?.readable ?? ""), ("signed by", people(agreement.signedBy)),
          ("dates", DateGap.sentence(signed: agreement.signed, exchanged: agreement.date) ?? ""),
          (
            "parties",
            agreement.parties.isEmpty
              ? "not named in the sources" : agreement.parties.map { "\($0.name) (\($0.country.name))" }.cellList
          ),
          ("areas", agreement.areas.isEmpty ? "none" : areaNames(agreement.areas)),
        ],
        summary: agreement.summary, notes: agreement.notes, sources: agreement.sources)
      json = records.agreement(agreement)
    case .initiative(let key):
      guard let initiative = catalog.initiatives.first(where: { $0.id == key }) else { return nil }
      view = DetailView(
        heading: initiative.name,
        fields: [
          ("id", initiative.id.rawValue), ("also called", initiative.aliases.cellList),
          ("areas", areaNames(initiative.areas)),
        ],
        summary: initiative.summary, notes: initiative.notes, sources: initiative.sources)
      json = records.initiative(initiative)
    case .partnership(let key):
      guard let partnership = catalog.partnerships.first(where: { $0.id == key }) else { return nil }
      let state = catalog.region(partnership.state)?.name ?? partnership.state.rawValue
      let prefecture = catalog.region(partnership.prefecture)?.name ?? partnership.prefecture.rawValue
      view = DetailView(
        heading: "\(state) – \(prefecture)",
        fields: [
          ("id", partnership.id.rawValue), ("kind", partnership.kind.displayName), ("title", partnership.title),
          ("signed", partnership.signed?.readable ?? "not known"),
          ("signed by", partnership.signedBy.map { "\($0.name) (\($0.country.name))" }.cellList),
          ("renewed", partnership.renewals.map { "\($0.date.readable) (\($0.summary))" }.cellList),
          (
            "status",
            partnership.status(on: catalog.dataset.asOf).readable + " (as of \(catalog.dataset.asOf.readable))"
          ),
        ],
        summary: partnership.summary, notes: partnership.notes,
        sources: partnership.sources + partnership.renewals.flatMap(\.sources))
      json = records.partnership(partnership)
    case .figure(let key):
      guard let figure = catalog.figures.first(where: { $0.id == key }) else { return nil }
      view = DetailView(
        heading: "\(figure.label): \(figure.readableAmount)",
        fields: [
          ("id", figure.id.rawValue), ("kind", figure.kind.rawValue), ("period", figure.period ?? ""),
          ("areas", areaNames(figure.areas)),
        ],
        notes: figure.notes, sources: figure.sources)
      json = records.figure(figure)
    case .area(let key):
      guard let area = catalog.area(key) else { return nil }
      view = DetailView(
        heading: "\(area.romanNumeral). \(area.name)",
        fields: [
          ("id", area.id.rawValue), ("Japanese", area.nameJa ?? ""),
          ("agreements", catalog.agreements(serving: area.id).map(\.id.rawValue).cellList),
          ("initiatives", catalog.initiatives(serving: area.id).map(\.id.rawValue).cellList),
        ],
        summary: area.description.map { "“\($0)”" }, notes: area.notes, sources: area.sources)
      json = records.area(area)
    case .region(let key):
      guard let region = catalog.region(key) else { return nil }
      view = DetailView(
        heading: region.nameJa.map { "\(region.name) \($0)" } ?? region.name,
        fields: [
          ("code", region.code.rawValue), ("kind", region.kind.displayName), ("country", region.country.name),
          ("also known as", region.aliases.map(\.readable).cellList),
          ("partners", catalog.partnerships(involving: region.code).map(\.id.rawValue).cellList),
        ],
        notes: region.notes, sources: region.sources + region.aliases.flatMap(\.sources))
      json = records.region(region)
    case .source(let key):
      guard let source = catalog.source(key) else { return nil }
      view = DetailView(
        heading: source.publisher,
        fields: [
          ("id", source.id.rawValue), ("title", source.title ?? ""), ("url", source.url ?? "not recorded"),
          ("published", source.published?.readable ?? ""), ("kind", source.kind.rawValue),
          ("copy of", source.copyOf ?? ""), ("language", source.language ?? ""), ("note", source.note ?? ""),
        ])
      json = records.source(source)
    }
  }
}

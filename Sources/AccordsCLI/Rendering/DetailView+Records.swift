import AccordsCore

/// A record that `show` can lay out for reading. Every kind of record conforms, here, in one
/// place for the detail layer; a test walks `RecordKind.allCases` to prove it.
protocol DetailViewable: CatalogRecord {
  /// The record laid out with its fields, summary, notes and sources.
  func detailView(in catalog: Catalog) -> DetailView
}

extension Agreement: DetailViewable {
  func detailView(in catalog: Catalog) -> DetailView {
    DetailView(
      heading: title,
      fields: [
        ("id", id.rawValue), ("title (ja)", titleJa ?? ""), ("type", type.displayName),
        (signed == nil ? "date" : "exchanged", date?.readable ?? "not known"),
        ("exchanged by", DetailView.people(exchangedBy)),
        ("signed", signed?.readable ?? ""), ("signed by", DetailView.people(signedBy)),
        ("dates", DateGap.sentence(signed: signed, exchanged: date) ?? ""),
        (
          "parties",
          parties.isEmpty ? "not named in the sources" : parties.map { "\($0.name) (\($0.country.name))" }.cellList
        ),
        ("areas", areas.isEmpty ? "none" : DetailView.areaNames(areas, in: catalog)),
      ],
      summary: summary, notes: notes, sources: sources)
  }
}

extension Initiative: DetailViewable {
  func detailView(in catalog: Catalog) -> DetailView {
    DetailView(
      heading: name,
      fields: [
        ("id", id.rawValue), ("also called", aliases.cellList), ("areas", DetailView.areaNames(areas, in: catalog)),
      ],
      summary: summary, notes: notes, sources: sources)
  }
}

extension VisionArea: DetailViewable {
  func detailView(in catalog: Catalog) -> DetailView {
    DetailView(
      heading: "\(romanNumeral). \(name)",
      fields: [
        ("id", id.rawValue), ("Japanese", nameJa ?? ""),
        ("agreements", catalog.agreements(serving: id).map(\.id.rawValue).cellList),
        ("initiatives", catalog.initiatives(serving: id).map(\.id.rawValue).cellList),
      ],
      summary: description.map { "“\($0)”" }, notes: notes, sources: sources)
  }
}

extension Partnership: DetailViewable {
  func detailView(in catalog: Catalog) -> DetailView {
    let stateName = catalog.region(state)?.name ?? state.rawValue
    let prefectureName = catalog.region(prefecture)?.name ?? prefecture.rawValue
    let asOf = catalog.dataset.asOf
    return DetailView(
      heading: "\(stateName) – \(prefectureName)",
      fields: [
        ("id", id.rawValue), ("kind", kind.displayName), ("title", title), ("signed", signed?.readable ?? "not known"),
        ("signed by", signedBy.map { "\($0.name) (\($0.country.name))" }.cellList),
        ("renewed", renewals.map { "\($0.date.readable) (\($0.summary))" }.cellList),
        ("status", status(on: asOf).readable + " (as of \(asOf.readable))"),
      ],
      summary: summary, notes: notes, sources: sources + renewals.flatMap(\.sources))
  }
}

extension Figure: DetailViewable {
  func detailView(in catalog: Catalog) -> DetailView {
    DetailView(
      heading: "\(label): \(readableAmount)",
      fields: [
        ("id", id.rawValue), ("kind", kind.rawValue), ("period", period ?? ""),
        ("areas", DetailView.areaNames(areas, in: catalog)),
      ],
      notes: notes, sources: sources)
  }
}

extension Region: DetailViewable {
  func detailView(in catalog: Catalog) -> DetailView {
    DetailView(
      heading: nameJa.map { "\(name) \($0)" } ?? name,
      fields: [
        ("code", code.rawValue), ("kind", kind.displayName), ("country", country.name),
        ("also known as", aliases.map(\.readable).cellList),
        ("partners", catalog.partnerships(involving: code).map(\.id.rawValue).cellList),
      ],
      notes: notes, sources: sources + aliases.flatMap(\.sources))
  }
}

extension Source: DetailViewable {
  func detailView(in catalog: Catalog) -> DetailView {
    DetailView(
      heading: publisher,
      fields: [
        ("id", id.rawValue), ("title", title ?? ""), ("url", url ?? "not recorded"),
        ("published", published?.readable ?? ""), ("kind", kind.rawValue), ("copy of", copyOf ?? ""),
        ("language", language ?? ""), ("note", note ?? ""),
      ])
  }
}

extension DetailView {
  /// `Asao Keiichiro, Minister of the Environment (Japan); …`
  static func people(_ people: [Person]) -> String {
    people.map { "\($0.name), \($0.office) (\($0.country.name))" }.cellList
  }

  /// `IV Next Generation Ecological Legacies; …`
  static func areaNames(_ ids: [VisionArea.ID], in catalog: Catalog) -> String {
    ids.compactMap(catalog.area).map { "\($0.romanNumeral) \($0.name)" }.cellList
  }
}

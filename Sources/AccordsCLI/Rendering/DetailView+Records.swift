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
        (wasSignedBeforeItsDate ? "exchanged" : "date", date?.readable ?? "not known"),
        ("exchanged by", DetailView.people(exchangedBy)),
        ("signed", signed?.readable ?? ""), ("signed by", DetailView.people(signedBy)),
        ("dates", DateGap.sentence(signed: signed, exchanged: date) ?? ""), ("in force", inForce?.readable ?? ""),
        ("visit", visit.flatMap(catalog.visit).map(\.title) ?? ""),
        (
          "parties",
          parties.isEmpty ? "not named in the sources" : parties.map { "\($0.name) (\($0.country.name))" }.cellList
        ),
        ("areas", areas.isEmpty ? "none" : DetailView.areaNames(areas, in: catalog)),
      ]
        + relations.map {
          ($0.kind.displayName, DetailView.named(catalog.agreement($0.target)?.title, id: $0.target.rawValue))
        }
        + catalog.agreements(relatingTo: id).map {
          ($0.kind.inverseName, DetailView.named($0.agreement.title, id: $0.agreement.id.rawValue))
        },
      summary: summary, notes: notes, sources: sources + relations.flatMap(\.sources))
  }
}

extension Initiative: DetailViewable {
  func detailView(in catalog: Catalog) -> DetailView {
    DetailView(
      heading: name,
      fields: [
        ("id", id.rawValue), ("also called", aliases.cellList),
        ("visit", visit.flatMap(catalog.visit).map(\.title) ?? ""), ("areas", DetailView.areaNames(areas, in: catalog)),
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
        ("visit", visit.flatMap(catalog.visit).map(\.title) ?? ""),
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
        ("visit", visit.flatMap(catalog.visit).map(\.title) ?? ""), ("areas", DetailView.areaNames(areas, in: catalog)),
      ]
        + relations.map {
          ($0.kind.displayName, DetailView.named(catalog.figure($0.target)?.label, id: $0.target.rawValue))
        }
        + catalog.figures(relatingTo: id).map {
          ($0.kind.inverseName, DetailView.named($0.figure.label, id: $0.figure.id.rawValue))
        },
      notes: notes, sources: sources + relations.flatMap(\.sources))
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

extension Visit: DetailViewable {
  func detailView(in catalog: Catalog) -> DetailView {
    let documents = catalog.agreements(of: id)
    return DetailView(
      heading: title,
      fields: [
        ("id", id.rawValue),
        (
          "number",
          ordinal.map { Visit.ordinalWord($0) + (ordinalIsDerived ? " (derived; no source states it)" : "") } ?? ""
        ),
        ("dates", start == end ? start.readable : "\(start.readable) – \(end.readable)"),
        ("places", places.map(\.name).cellList), ("leaders", DetailView.people(leaders)),
        ("documents", catalog.coverage(of: self).sentence),
        ("recorded", documents.map(\.id.rawValue).cellList),
        ("partnerships", catalog.partnerships(of: id).map(\.id.rawValue).cellList),
      ],
      summary: summary, notes: notes, sources: sources + announced.flatMap(\.sources))
  }
}

extension DetailView {
  /// `Joint Declaration on Security Cooperation (security-declaration-2008)`.
  static func named(_ title: String?, id: String) -> String {
    title.map { "\($0) (\(id))" } ?? id
  }

  /// `Asao Keiichiro, Minister of the Environment (Japan); …`
  static func people(_ people: [Person]) -> String {
    people.map { "\($0.name), \($0.office) (\($0.country.name))" }.cellList
  }

  /// `IV Next Generation Ecological Legacies; …`
  static func areaNames(_ ids: [VisionArea.ID], in catalog: Catalog) -> String {
    ids.compactMap(catalog.area).map { "\($0.romanNumeral) \($0.name)" }.cellList
  }
}

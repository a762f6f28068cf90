import AccordsCore

/// A record that `show` can lay out for reading. Every kind of record conforms, here, in one
/// place for the detail layer; a test walks `RecordKind.allCases` to prove it.
protocol DetailViewable: CatalogRecord {
  /// The record laid out with its fields, summary, notes and sources, with any status worked
  /// out on `day`.
  func detailView(in catalog: Catalog, on day: PartialDate) -> DetailView
}

extension Agreement: DetailViewable {
  func detailView(in catalog: Catalog, on day: PartialDate) -> DetailView {
    var fields: [(label: String, value: String)] = [
      ("id", id.rawValue), ("title (ja)", titleJa ?? ""), ("type", type.displayName),
      (wasSignedBeforeItsDate ? "exchanged" : "date", date?.readable ?? "not known"),
      ("exchanged by", DetailView.people(exchangedBy, in: catalog)),
      ("signed", signed?.readable ?? ""), ("signed at", signedAt ?? ""),
      ("signed by", DetailView.people(signedBy, in: catalog)),
      ("dates", DateGap.sentence(signed: signed, exchanged: date) ?? ""), ("in force", inForce?.readable ?? ""),
    ]
    // The rest of its life in the order it happened, then where it stands and where it is registered.
    fields += events.map { ($0.kind.displayName, $0.date?.readable ?? "date not known") }
    fields += [
      ("status", DetailView.status(of: self, in: catalog, on: day)),
      ("visit", visit.flatMap(catalog.visit).map(\.title) ?? ""),
      ("parties", parties.isEmpty ? "not named in the sources" : DetailView.parties(parties, in: catalog)),
      ("areas", areas.isEmpty ? "none" : DetailView.areaNames(areas, in: catalog)),
    ]
    fields += relations.map {
      ($0.kind.displayName, DetailView.named(catalog.agreement($0.target)?.title, id: $0.target.rawValue))
    }
    fields += catalog.agreements(relatingTo: id).map {
      ($0.kind.inverseName, DetailView.named($0.agreement.title, id: $0.agreement.id.rawValue))
    }
    fields += registers.map { ($0.register.displayName, $0.id + ($0.url.map { " " + $0 } ?? "")) }
    return DetailView(
      heading: title, fields: fields, summary: summary, notes: notes,
      sources: sources + relations.flatMap(\.sources) + events.flatMap(\.sources) + registers.flatMap(\.sources))
  }
}

extension Initiative: DetailViewable {
  func detailView(in catalog: Catalog, on day: PartialDate) -> DetailView {
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
  func detailView(in catalog: Catalog, on day: PartialDate) -> DetailView {
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
  func detailView(in catalog: Catalog, on day: PartialDate) -> DetailView {
    let stateName = catalog.region(state)?.name ?? state.rawValue
    let prefectureName = catalog.region(prefecture)?.name ?? prefecture.rawValue
    return DetailView(
      heading: "\(stateName) – \(prefectureName)",
      fields: [
        ("id", id.rawValue), ("kind", kind.displayName), ("title", title), ("signed", signed?.readable ?? "not known"),
        ("signed by", DetailView.parties(signedBy, in: catalog)),
        ("visit", visit.flatMap(catalog.visit).map(\.title) ?? ""),
        ("renewed", renewals.map { "\($0.date.readable) (\($0.summary))" }.cellList),
        ("status", status(on: day).readable + " (as of \(day.readable))"),
      ],
      summary: summary, notes: notes, sources: sources + renewals.flatMap(\.sources))
  }
}

extension Figure: DetailViewable {
  func detailView(in catalog: Catalog, on day: PartialDate) -> DetailView {
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
  func detailView(in catalog: Catalog, on day: PartialDate) -> DetailView {
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

extension Party: DetailViewable {
  func detailView(in catalog: Catalog, on day: PartialDate) -> DetailView {
    let documents = catalog.agreements(withParty: id)
    let parts = catalog.parties.filter { $0.partOf == id }
    return DetailView(
      heading: fullName,
      fields: [
        ("id", id.rawValue), ("Japanese", nameJa ?? ""), ("also called", aliases.cellList),
        ("kind", kind.displayName), ("country", country.name),
        ("part of", partOf.map { DetailView.named(catalog.party($0)?.fullName, id: $0.rawValue) } ?? ""),
        ("bodies under it", parts.map { DetailView.named($0.fullName, id: $0.id.rawValue) }.cellList),
        ("region", region.map { catalog.region($0)?.name ?? $0.rawValue } ?? ""),
        ("documents", "\(documents.count)"),
      ] + documents.map { ("", DetailView.dated($0)) },
      notes: notes, sources: sources)
  }
}

extension Person: DetailViewable {
  func detailView(in catalog: Catalog, on day: PartialDate) -> DetailView {
    let documents = catalog.agreements(withPerson: id)
    let visits = catalog.visits(ledBy: id)
    return DetailView(
      heading: nameJa.map { "\(name) \($0)" } ?? name,
      fields: [
        ("id", id.rawValue), ("also called", aliases.cellList), ("country", country.name),
        ("led", visits.map { DetailView.named($0.title, id: $0.id.rawValue) }.cellList),
        ("signed or exchanged", documents.isEmpty ? "none on record" : "\(documents.count)"),
      ]
        + documents.map { agreement in
          let roles =
            (agreement.signedBy.filter { $0.person == id }.map { "signed as \($0.office)" })
            + (agreement.exchangedBy.filter { $0.person == id }.map { "exchanged as \($0.office)" })
          return ("", DetailView.dated(agreement) + " — " + roles.joined(separator: "; "))
        },
      notes: notes, sources: sources)
  }
}

extension Source: DetailViewable {
  func detailView(in catalog: Catalog, on day: PartialDate) -> DetailView {
    DetailView(
      heading: publisher,
      fields: [
        ("id", id.rawValue), ("title", title ?? ""), ("url", url ?? "not recorded"),
        ("published", published?.readable ?? ""), ("kind", kind.rawValue), ("copy of", copyOf ?? ""),
        ("language", language ?? ""), ("note", note ?? ""),
      ] + DetailView.citingRecords(of: id, in: catalog))
  }
}

extension Visit: DetailViewable {
  func detailView(in catalog: Catalog, on day: PartialDate) -> DetailView {
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
        ("places", places.map(\.name).cellList), ("leaders", DetailView.people(leaders, in: catalog)),
        ("documents", catalog.coverage(of: self).sentence),
        ("partnerships", catalog.partnerships(of: id).map(\.id.rawValue).cellList),
        ("recorded", documents.isEmpty ? "" : "\(documents.count), one a line:"),
      ]
        + documents.map { document in
          ("", (document.type.abbreviation ?? document.type.displayName) + ": " + DetailView.dated(document))
        },
      summary: summary, notes: notes, sources: sources + announced.flatMap(\.sources))
  }
}

extension DetailView {
  /// `cited by: 3 records, one a line`, then `agreement jdsc-2008: sources, notes[0]`: where a
  /// source is cited, each record once with every place in it.
  static func citingRecords(of source: Source.ID, in catalog: Catalog) -> [(label: String, value: String)] {
    var order: [String] = []
    var places: [String: [String]] = [:]
    for citation in CatalogSQL.citations(of: source, in: catalog) {
      let record = "\(citation.kind) \(citation.id)"
      if places[record] == nil { order.append(record) }
      if places[record, default: []].last != citation.path { places[record, default: []].append(citation.path) }
    }
    guard !order.isEmpty else { return [("cited by", "no record")] }
    let count = order.count == 1 ? "1 record:" : "\(order.count) records, one a line:"
    return [("cited by", count)] + order.map { ("", $0 + " (" + (places[$0] ?? []).joined(separator: ", ") + ")") }
  }

  /// `Joint Declaration on Security Cooperation (security-declaration-2008)`.
  static func named(_ title: String?, id: String) -> String {
    title.map { "\($0) (\(id))" } ?? id
  }

  /// `Keiichiro Asao, Minister of the Environment (Japan); …`
  static func people(_ mentions: [PersonMention], in catalog: Catalog) -> String {
    mentions.map { mention in
      let person = catalog.person(mention.person)
      let country = person.map { " (\($0.country.name))" } ?? ""
      return "\(person?.name ?? mention.person.rawValue), \(mention.office)\(country)"
    }.cellList
  }

  /// `Ministry of Economy, Trade and Industry (METI) (Japan); …`, with the source's wording
  /// where it says more: `Bank of Japan (Japan), as written: "Bank of Japan, acting as agent …"`.
  static func parties(_ mentions: [PartyMention], in catalog: Catalog) -> String {
    mentions.map { mention in
      let party = catalog.party(mention.party)
      var text = party.map { "\($0.fullName) (\($0.country.name))" } ?? mention.party.rawValue
      if let asWritten = mention.asWritten { text += ", as written: “\(asWritten)”" }
      return text
    }.cellList
  }

  /// `in force since 13 Jun 1960, amended by … (as of 29 Nov 2026)`, `replaced by dta-1989 (as
  /// of …)`, `unknown: no entry into force recorded (as of …)`.
  static func status(of agreement: Agreement, in catalog: Catalog, on day: PartialDate) -> String {
    let text: String
    switch catalog.status(of: agreement, on: day) {
    case .inForce(let since, let amenders):
      text =
        "in force since \(since.readable)"
        + (amenders.isEmpty ? "" : ", amended by \(amenders.map(\.rawValue).cellList)")
    case .replaced(let by): text = "replaced by \(by.rawValue)"
    case .ended(let kind, let on): text = kind.displayName + (on.map { " on \($0.readable)" } ?? ", date not known")
    case .notYetInForce: text = "signed, not yet in force"
    case .notYetSigned: text = "not yet signed"
    case .political: text = "no entry into force: a statement or plan, effective when adopted"
    case .unknown: text = "unknown: the sources give no entry into force"
    }
    return "\(text) (as of \(day.readable))"
  }

  /// `2025-08-29 MoU on India-Japan Digital Partnership 2.0 (digital-partnership-mou)`.
  static func dated(_ agreement: Agreement) -> String {
    (agreement.date.map { "\($0) " } ?? "") + named(agreement.title, id: agreement.id.rawValue)
  }

  /// `IV Next Generation Ecological Legacies; …`
  static func areaNames(_ ids: [VisionArea.ID], in catalog: Catalog) -> String {
    ids.compactMap(catalog.area).map { "\($0.romanNumeral) \($0.name)" }.cellList
  }
}

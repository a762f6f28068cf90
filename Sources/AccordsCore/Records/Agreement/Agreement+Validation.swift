extension Agreement: ValidatedRecord {
  /// An agreement's own rules, which the reader may check as each agreement is read; whether
  /// its relations' targets exist needs every agreement, and is checked by `CatalogValidator`.
  func validate(_ rules: inout RecordRules, at path: () -> JSONPath) {
    rules.checkNonEmpty(id.rawValue, at: path().appending("id"))
    rules.checkNonEmpty(title, at: path().appending("title"))
    rules.checkNonEmpty(summary, at: path().appending("summary"))
    if let visit { rules.checkVisit(visit, at: path().appending("visit")) }
    rules.checkAreas(areas, at: path())
    rules.checkRelations(relations, of: id, noun: "agreement", at: path())
    checkLife(&rules, at: path)
    rules.checkNotes(notes, at: path())
    rules.checkSources(sources, at: path())
  }
}

extension Agreement {
  /// A life that can have happened: in force no earlier than signed, an end no earlier than
  /// the entry into force, every step and register sourced. Whether a replacement predates what
  /// it replaces spans two agreements and is checked by `CatalogValidator`.
  func checkLife(_ rules: inout RecordRules, at path: () -> JSONPath) {
    let start = signed ?? date
    if let inForce, let start, inForce.lastDay < start.firstDay {
      rules.report(path().appending("inForce"), "enters into force (\(inForce)) before it was signed (\(start))")
    }
    if let signedAt { rules.checkNonEmpty(signedAt, at: path().appending("signedAt")) }
    for (index, event) in events.enumerated() {
      func eventPath() -> JSONPath { path().appending("events").appending(index) }
      if event.kind.ends, let end = event.date, let begun = inForce ?? start, end.lastDay < begun.firstDay {
        rules.report(eventPath().appending("date"), "\(event.kind.rawValue) (\(end)) before it began (\(begun))")
      }
      rules.checkSources(event.sources, at: eventPath())
    }
    if events.filter(\.kind.ends).count > 1 {
      rules.report(path().appending("events"), "ends more than once; keep the one the sources give, with a note")
    }
    for (index, entry) in registers.enumerated() {
      func entryPath() -> JSONPath { path().appending("registers").appending(index) }
      rules.checkNonEmpty(entry.id, at: entryPath().appending("id"))
      rules.checkSources(entry.sources, at: entryPath())
    }
  }
}

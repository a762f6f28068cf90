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
    rules.checkNotes(notes, at: path())
    rules.checkSources(sources, at: path())
  }
}

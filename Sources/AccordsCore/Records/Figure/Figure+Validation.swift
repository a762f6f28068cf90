extension Figure: ValidatedRecord {
  func validate(_ rules: inout RecordRules, at path: () -> JSONPath) {
    rules.checkNonEmpty(id.rawValue, at: path().appending("id"))
    rules.checkNonEmpty(label, at: path().appending("label"))
    rules.checkNonEmpty(unit, at: path().appending("unit"))
    if let visit { rules.checkVisit(visit, at: path().appending("visit")) }
    rules.checkAreas(areas, at: path())
    rules.checkRelations(relations, of: id, noun: "figure", at: path())
    rules.checkRelationTargets(relations, of: id, among: rules.figureIDs, noun: "figure", at: path())
    rules.checkNotes(notes, at: path())
    rules.checkSources(sources, at: path())
  }
}

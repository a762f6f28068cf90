extension Initiative: ValidatedRecord {
  func validate(_ rules: inout RecordRules, at path: () -> JSONPath) {
    rules.checkNonEmpty(id.rawValue, at: path().appending("id"))
    rules.checkNonEmpty(name, at: path().appending("name"))
    if let visit { rules.checkVisit(visit, at: path().appending("visit")) }
    rules.checkAreas(areas, at: path())
    rules.checkNotes(notes, at: path())
    rules.checkSources(sources, at: path())
  }
}

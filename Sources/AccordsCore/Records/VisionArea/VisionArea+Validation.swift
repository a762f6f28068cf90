extension VisionArea: ValidatedRecord {
  func validate(_ rules: inout RecordRules, at path: () -> JSONPath) {
    rules.checkNonEmpty(id.rawValue, at: path().appending("id"))
    rules.checkNonEmpty(name, at: path().appending("name"))
    if ordinal < 1 { rules.report(path().appending("ordinal"), "must be 1 or more, not \(ordinal)") }
    rules.checkNotes(notes, at: path())
    rules.checkSources(sources, at: path())
  }
}

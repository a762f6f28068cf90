extension Person: ValidatedRecord {
  func validate(_ rules: inout RecordRules, at path: () -> JSONPath) {
    rules.checkNonEmpty(id.rawValue, at: path().appending("id"))
    rules.checkNonEmpty(name, at: path().appending("name"))
    for (index, alias) in aliases.enumerated() {
      rules.checkNonEmpty(alias, at: path().appending("aliases").appending(index))
    }
    rules.checkNotes(notes, at: path())
    rules.checkSources(sources, at: path())
  }
}

extension Party: ValidatedRecord {
  /// Besides the usual rules, a regional government's region exists; whether `partOf` names a
  /// party, and no chain of `partOf` goes round, is checked by `CatalogValidator`.
  func validate(_ rules: inout RecordRules, at path: () -> JSONPath) {
    rules.checkNonEmpty(id.rawValue, at: path().appending("id"))
    rules.checkNonEmpty(name, at: path().appending("name"))
    for (index, alias) in aliases.enumerated() {
      rules.checkNonEmpty(alias, at: path().appending("aliases").appending(index))
    }
    if let region { rules.checkRegion(region, at: path().appending("region")) }
    if partOf == id {
      rules.report(path().appending("partOf"), "names the party itself; a body belongs to another body")
    }
    rules.checkNotes(notes, at: path())
    rules.checkSources(sources, at: path())
  }
}

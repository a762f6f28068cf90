extension Source: ValidatedRecord {
  func validate(_ rules: inout RecordRules, at path: () -> JSONPath) {
    rules.checkNonEmpty(id.rawValue, at: path().appending("id"))
    rules.checkNonEmpty(publisher, at: path().appending("publisher"))
  }
}

extension Partnership: ValidatedRecord {
  /// Besides the usual rules, the state is an Indian state or union territory and the
  /// prefecture a Japanese prefecture.
  func validate(_ rules: inout RecordRules, at path: () -> JSONPath) {
    rules.checkNonEmpty(id.rawValue, at: path().appending("id"))
    rules.checkNonEmpty(title, at: path().appending("title"))
    if let state = rules.checkRegion(self.state, at: path().appending("state")), state.country != .india {
      rules.report(path().appending("state"), "'\(state.code)' is not an Indian state or union territory")
    }
    if let prefecture = rules.checkRegion(self.prefecture, at: path().appending("prefecture")),
      prefecture.kind != .prefecture
    {
      rules.report(path().appending("prefecture"), "'\(prefecture.code)' is not a Japanese prefecture")
    }
    if let visit { rules.checkVisit(visit, at: path().appending("visit")) }
    rules.checkPartyMentions(signedBy, field: "signedBy", at: path())
    for (index, renewal) in renewals.enumerated() {
      rules.checkSources(renewal.sources, at: path().appending("renewals").appending(index))
    }
    rules.checkNotes(notes, at: path())
    rules.checkSources(sources, at: path())
  }
}

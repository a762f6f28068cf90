extension Visit: ValidatedRecord {
  func validate(_ rules: inout RecordRules, at path: () -> JSONPath) {
    rules.checkNonEmpty(id.rawValue, at: path().appending("id"))
    rules.checkNonEmpty(title, at: path().appending("title"))
    if end < start { rules.report(path().appending("end"), "the visit ends (\(end)) before it starts (\(start))") }
    for (index, place) in places.enumerated() {
      if let code = place.region {
        rules.checkRegion(code, at: path().appending("places").appending(index).appending("region"))
      }
    }
    rules.checkPersonMentions(leaders, field: "leaders", at: path())
    if let ordinal, ordinal < 1 { rules.report(path().appending("ordinal"), "must be 1 or more, not \(ordinal)") }
    if ordinalIsDerived, ordinal == nil {
      rules.report(path().appending("ordinalIsDerived"), "says the number is derived, but the visit has no 'ordinal'")
    }
    for (index, announced) in self.announced.enumerated() {
      func countPath() -> JSONPath { path().appending("announced").appending(index) }
      if announced.count < 0 {
        rules.report(countPath().appending("count"), "must be 0 or more, not \(announced.count)")
      }
      rules.checkSources(announced.sources, at: countPath())
    }
    rules.checkNotes(notes, at: path())
    rules.checkSources(sources, at: path())
  }
}

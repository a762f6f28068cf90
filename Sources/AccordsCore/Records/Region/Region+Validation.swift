extension Region: ValidatedRecord {
  /// Besides the usual rules, the code starts with its country's (`IN-`, `JP-`).
  func validate(_ rules: inout RecordRules, at path: () -> JSONPath) {
    rules.checkNonEmpty(name, at: path().appending("name"))
    if !code.rawValue.hasPrefix(country.rawValue + "-") {
      rules.report(
        path().appending("code"), "'\(code)' does not start with its country's code '\(country.rawValue)-'")
    }
    for (index, alias) in aliases.enumerated() {
      func aliasPath() -> JSONPath { path().appending("aliases").appending(index) }
      rules.checkNonEmpty(alias.name, at: aliasPath().appending("name"))
      rules.checkSources(alias.sources, at: aliasPath())
    }
    for (index, city) in cities.enumerated() {
      func cityPath() -> JSONPath { path().appending("cities").appending(index) }
      rules.checkNonEmpty(city.name, at: cityPath().appending("name"))
      for (other, name) in city.otherNames.enumerated() {
        rules.checkNonEmpty(name, at: cityPath().appending("otherNames").appending(other))
      }
      rules.checkSources(city.sources, at: cityPath())
    }
    rules.checkNotes(notes, at: path())
    rules.checkSources(sources, at: path())
  }
}

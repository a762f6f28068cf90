/// A kind of record with rules of its own: what must hold of each record, whatever the others
/// say. Each kind's rules live beside its description (`Records/<Kind>/<Kind>+Validation.swift`);
/// the rules that span the records of a kind — unique ids, relation targets, circles of
/// relations — are `CatalogValidator`'s.
protocol ValidatedRecord {
  /// Reports every problem of this record on its own, each at a path under `path`.
  func validate(_ rules: inout RecordRules, at path: () -> JSONPath)
}

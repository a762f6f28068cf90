import AccordsCore
import CommandLineKit

/// Matches what a person typed for an enumerated option against the values' common
/// spellings, ignoring case, spaces, hyphens and punctuation, and suggests near misses.
struct ValueMatcher<Value: Sendable>: Sendable {
  /// A value, its canonical spelling (shown in help and errors) and its other spellings.
  struct Entry: Sendable {
    let value: Value
    let canonical: String
    let spellings: [String]
  }

  let entries: [Entry]

  /// The value `input` names.
  ///
  /// - Throws: `UsageError.invalidValue` listing near misses, or every canonical value when
  ///   nothing is near.
  func match(_ input: String, option: String) throws(UsageError) -> Value {
    // Most values are typed as written in the help; only the rest need folding.
    if let entry = entries.first(where: { $0.canonical == input }) { return entry.value }
    let key = TextFolding.compact(input)
    if let entry = entries.first(where: { entry in
      ([entry.canonical] + entry.spellings).contains { TextFolding.compact($0) == key }
    }) {
      return entry.value
    }
    let canonical = entries.map(\.canonical)
    var suggestions = Suggestions.nearest(to: input, among: canonical)
    if suggestions.isEmpty, key.count >= 3 {
      // The start of a longer spelling: `memo` for the memoranda, `decl` for the declarations.
      suggestions = Array(
        entries.filter { entry in
          ([entry.canonical] + entry.spellings).contains { TextFolding.compact($0).hasPrefix(key) }
        }.map(\.canonical).prefix(3))
    }
    throw .invalidValue(input, option: option, allowed: canonical, suggestions: suggestions)
  }
}

extension ValueMatcher where Value == DocumentType {
  /// `mou`, `MoU`, `memorandum-of-understanding`, `Memorandum of Understanding`, `mous`…
  static let documentTypes = ValueMatcher(
    entries: DocumentType.allCases.map { type in
      let plural = type.abbreviation.map { [$0 + "s"] } ?? []
      // People call the treaty-level agreements (CEPA, the nuclear agreement) treaties.
      let extra = type == .agreement ? ["treaty", "treaties", "agreements"] : []
      return Entry(
        value: type, canonical: type.rawValue,
        spellings: [type.displayName] + (type.abbreviation.map { [$0] } ?? []) + plural + extra)
    })
}

extension ValueMatcher where Value == VisionArea.ID {
  /// An area by id, number (`4`, `IV`), official name or Japanese short name.
  static func areas(of catalog: Catalog) -> ValueMatcher {
    ValueMatcher(
      entries: catalog.areas.map { area in
        Entry(
          value: area.id, canonical: area.id.rawValue,
          spellings: [String(area.ordinal), area.romanNumeral, area.name] + (area.nameJa.map { [$0] } ?? []))
      })
  }
}

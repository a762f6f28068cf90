extension Visit: CatalogRecord {
  public var reference: RecordReference { .visit(id) }
  public func displayTitle(in catalog: Catalog) -> String { title }

  /// Its id and title; its year (`2018`), month (`2025-08`, `Aug 2025`, `August 2025`, each
  /// month of a visit across two), the label lists print (`15th, Aug 2025`) and number (`13`,
  /// `13th`, `13th summit`, `13th annual summit`) as people name summits; its places as weaker
  /// aliases, below any region of the name.
  public var names: [RecordName] {
    var names = [RecordName(id.rawValue, .exact), RecordName(title, .exact, suggested: false)]
    names.append(RecordName(String(start.year), .exact, suggested: false))
    for label in [shortLabel, monthLabel] + monthNames { names.append(RecordName(label, .exact, suggested: false)) }
    if let ordinal {
      let numbered = Visit.ordinalWord(ordinal)
      for spelling in [String(ordinal), numbered, "\(numbered) summit", "\(numbered) annual summit"] {
        names.append(RecordName(spelling, .exact, suggested: false))
      }
    }
    for place in places {
      names.append(
        RecordName(place.name, .alias(Alias(name: place.name, kind: .variant, sources: sources)), suggested: false))
    }
    return names
  }

  public func searchFields(in catalog: Catalog) -> [SearchField] {
    [
      SearchField("title", title, .title), SearchField("id", id.rawValue, .identifier),
      SearchField("places", places.map(\.name).joined(separator: "; "), .identifier),
      SearchField("leaders", catalog.names(of: leaders), .body),
      SearchField("summary", summary, .body),
    ] + Self.noteAndQuoteFields(notes, sources)
  }

  public func encoded(by encoder: RecordEncoder) -> JSONValue { encoder.visit(self) }
}

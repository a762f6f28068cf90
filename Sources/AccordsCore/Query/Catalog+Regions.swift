extension Catalog {
  /// The regions `name` could mean, through the `NameResolver`: one when the name is clear,
  /// several when it is ambiguous, none when nothing matches.
  public func regions(named name: String) -> [Region] {
    switch NameResolver(catalog: self, scope: .regions).resolve(name) {
    case .found(let match): regions(for: [match])
    case .ambiguous(let matches): regions(for: matches)
    case .notFound: []
    }
  }

  private func regions(for matches: [NameResolver.Match]) -> [Region] {
    matches.compactMap { match in
      guard case .region(let code) = match.subject else { return nil }
      return region(code)
    }
  }

  /// The partnerships with `region` on either side, oldest first.
  public func partnerships(involving region: Region.Code) -> [Partnership] {
    partnerships
      .filter { $0.involves(region) }
      .sorted(by: Partnership.isOlder)
  }
}

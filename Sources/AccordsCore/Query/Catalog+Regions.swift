/// What a region name resolves to in a catalog.
public enum RegionMatch: Sendable {
  /// One region, and how the name was understood (a code, a former name…).
  case found(Region, NameResolver.Reason)
  /// Several regions fit equally well; the name alone cannot tell them apart.
  case ambiguous([Region])
  /// No region; up to three real names that are near, nearest first.
  case notFound(suggestions: [String])
}

extension Catalog {
  /// The region `name` means, through the `NameResolver`: never a guess beyond its rules.
  public func region(named name: String) -> RegionMatch {
    func regions(_ matches: [NameResolver.Match]) -> [Region] {
      matches.compactMap { match in
        guard case .region(let code) = match.subject else { return nil }
        return region(code)
      }
    }
    switch NameResolver(catalog: self, scope: .regions).resolve(name) {
    case .found(let match):
      guard case .region(let code) = match.subject, let region = region(code) else {
        return .notFound(suggestions: [])
      }
      return .found(region, match.reason)
    case .ambiguous(let matches): return .ambiguous(regions(matches))
    case .notFound(let suggestions): return .notFound(suggestions: suggestions)
    }
  }

  /// The partnerships with `region` on either side, oldest first.
  public func partnerships(involving region: Region.Code) -> [Partnership] {
    partnerships
      .filter { $0.involves(region) }
      .sorted(by: Partnership.isOlder)
  }
}

extension Catalog {
  /// The city `name` names and the region it is in, when a region lists the city (`Mumbai`,
  /// `Bombay`, `Cochin`): for pointing to the region rather than standing for it.
  public func city(named name: String) -> (city: Region.City, region: Region)? {
    let key = TextFolding.compact(name)
    guard !key.isEmpty else { return nil }
    for region in regions {
      for city in region.cities
      where ([city.name] + city.otherNames).contains(where: { TextFolding.compact($0) == key }) {
        return (city, region)
      }
    }
    return nil
  }
}

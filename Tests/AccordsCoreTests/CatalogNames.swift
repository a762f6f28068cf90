import AccordsCore

/// Names of the parties and people a record mentions, as tests compare them.
extension Catalog {
  func partyNames(_ mentions: [PartyMention]) -> [String] {
    mentions.map { party($0.party)?.fullName ?? $0.party.rawValue }
  }

  func partyCountries(_ mentions: [PartyMention]) -> [Country] {
    mentions.compactMap { party($0.party)?.country }
  }

  func personNames(_ mentions: [PersonMention]) -> [String] {
    mentions.map { person($0.person)?.name ?? $0.person.rawValue }
  }
}

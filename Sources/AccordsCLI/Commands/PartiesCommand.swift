import AccordsCore
import CommandLineKit

/// `accords parties`: the bodies that are party to documents, one row per body.
enum PartiesCommand {
  static let command = SectionListing(
    kind: "party", fields: .parties, records: { catalog, _ in catalog.parties },
    listing: { context, _ in
      let catalog = context.catalog
      return Listing(
        columns: [
          .init("id"), .init("name", wraps: true), .init("country"), .init("kind"), .init("part of"),
          .init("documents"),
        ],
        rows: catalog.parties.map { party in
          [
            party.id.rawValue, party.fullName, party.country.rawValue, party.kind.displayName,
            party.partOf?.rawValue ?? "", String(catalog.agreements(withParty: party.id).count),
          ]
        },
        noun: ("party", "parties"))
    },
    json: { context, _ in .array(context.catalog.parties.map(context.records.party)) }
  ).command(
    CommandSpec(
      name: "parties",
      abstract: "List the bodies that are party to documents: governments, ministries, agencies, regional governments.",
      examples: [
        Example("accords parties", "Each body once, with the body it belongs to and its documents."),
        Example("accords show METI", "One body, with every document it is party to."),
      ]))
}

/// `accords people`: the people who signed, exchanged or led.
enum PeopleCommand {
  static let command = SectionListing(
    kind: "person", fields: .people, records: { catalog, _ in catalog.people },
    listing: { context, _ in
      let catalog = context.catalog
      return Listing(
        columns: [
          .init("id"), .init("name", wraps: true), .init("country"), .init("led"),
          .init("documents"),
        ],
        rows: catalog.people.map { person in
          [
            person.id.rawValue, person.nameJa.map { "\(person.name) \($0)" } ?? person.name, person.country.rawValue,
            String(catalog.visits(ledBy: person.id).count), String(catalog.agreements(withPerson: person.id).count),
          ]
        },
        noun: ("person", "people"))
    },
    json: { context, _ in .array(context.catalog.people.map(context.records.person)) }
  ).command(
    CommandSpec(
      name: "people",
      abstract: "List the people who signed or exchanged documents or led a visit, given name first.",
      examples: [
        Example("accords people", "Each person, with the visits they led and the documents they signed."),
        Example("accords show Ishiba", "One person: the visits led and what was signed, with the office held."),
      ]))
}

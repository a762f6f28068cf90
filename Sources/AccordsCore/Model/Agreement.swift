/// An outcome document of a visit: a joint vision, a declaration, a memorandum and the like.
public struct Agreement: Hashable, Sendable, Identifiable {
  /// A readable slug such as `lupex-implementing-arrangement`, stable across releases.
  public typealias ID = Identifier<Agreement>

  public let id: ID
  /// The title as found in the sources.
  public let title: String
  /// The title in Japanese, where a Japanese source gives it.
  public let titleJa: String?
  /// Short titles people use, such as `LUPEX` or `JCM`.
  public let aliases: [String]
  public let type: DocumentType
  /// The visit at which the document was signed, exchanged or adopted.
  public let visit: Visit.ID?
  /// When it was exchanged, adopted or announced at its visit, at the precision known: the
  /// date listings sort and group by.
  public let date: PartialDate?
  /// When it was signed, where a source gives a signing apart from `date`: earlier (a
  /// memorandum signed in a capital weeks before it was exchanged at the summit) or later (the
  /// 2018 currency swap, agreed at the summit and signed in February 2019); `nil` when the
  /// sources give one day for both.
  public let signed: PartialDate?
  /// Where it was signed, as the sources name the place ("New Delhi").
  public let signedAt: String?
  /// The people who signed it, where a source names them.
  public let signedBy: [PersonMention]
  /// When it entered into force, for agreements that need to (a treaty, a loan), where known.
  public let inForce: PartialDate?
  /// The other steps of its life: approval, ratification, its end.
  public let events: [LifeEvent]
  /// The bodies on each side; empty where no source names them (see `notes`). Heads of
  /// government who adopt a statement are its signatories or its visit's leaders, not parties.
  public let parties: [PartyMention]
  /// The people who exchanged the document, where a source names them.
  public let exchangedBy: [PersonMention]
  /// The Joint Vision areas the document serves.
  public let areas: [VisionArea.ID]
  /// Earlier documents this one updates, renews, amends or implements, as sources say.
  public let relations: [Relation<Agreement>]
  /// Where its official text is registered: MOFA's treaty collection, the Indian Treaty Series…
  public let registers: [RegisterEntry]
  /// One paragraph in Accords' own words.
  public let summary: String
  public let notes: [Note]
  public let sources: [Citation]

  /// Creates an agreement.
  public init(
    id: ID, title: String, titleJa: String? = nil, aliases: [String] = [], type: DocumentType, visit: Visit.ID? = nil,
    date: PartialDate? = nil, signed: PartialDate? = nil, signedAt: String? = nil, signedBy: [PersonMention] = [],
    inForce: PartialDate? = nil, events: [LifeEvent] = [], parties: [PartyMention] = [],
    exchangedBy: [PersonMention] = [], areas: [VisionArea.ID] = [], relations: [Relation<Agreement>] = [],
    registers: [RegisterEntry] = [], summary: String, notes: [Note] = [], sources: [Citation]
  ) {
    self.id = id
    self.title = title
    self.titleJa = titleJa
    self.aliases = aliases
    self.type = type
    self.visit = visit
    self.date = date
    self.signed = signed
    self.signedAt = signedAt
    self.signedBy = signedBy
    self.inForce = inForce
    self.events = events
    self.parties = parties
    self.exchangedBy = exchangedBy
    self.areas = areas
    self.relations = relations
    self.registers = registers
    self.summary = summary
    self.notes = notes
    self.sources = sources
  }
}

extension Agreement {
  /// Whether the document was signed before the day it was exchanged or announced.
  public var wasSignedBeforeItsDate: Bool {
    guard let signed, let date else { return false }
    return signed < date
  }
}

/// A state visit or annual summit whose outcome documents the catalog records.
public struct Visit: Hashable, Sendable, Identifiable {
  public typealias ID = Identifier<Visit>

  /// How many outcome documents one source says the visit produced. Sources disagree (2015:
  /// "16" and "4"), so a visit keeps every count with its source, and the catalog says how many
  /// of them it records.
  public struct AnnouncedCount: Hashable, Sendable {
    /// What a count counts, as its source words it: "16 agreements signed" leaves out the
    /// leaders' own joint statement, "32 documents announced and exchanged" does not say so.
    public enum Scope: String, Hashable, Sendable, CaseIterable {
      /// Every outcome document, the leaders' statements included.
      case documents
      /// The agreements, memoranda and the like signed or exchanged; not the leaders' own
      /// statements (`DocumentType.isLeadersStatement`).
      case agreements

      /// Whether a count of this scope includes `document`.
      public func counts(_ document: Agreement) -> Bool { counts(document.type) }

      /// Whether a count of this scope includes documents of `type`.
      public func counts(_ type: DocumentType) -> Bool {
        self == .documents || !type.isLeadersStatement
      }
    }

    public let count: Int
    public let scope: Scope
    public let sources: [Citation]

    /// Creates a count.
    public init(count: Int, scope: Scope, sources: [Citation]) {
      self.count = count
      self.scope = scope
      self.sources = sources
    }
  }

  /// A place the visit went to.
  public struct Place: Hashable, Sendable {
    public let name: String
    /// The region the place lies in, as an ISO 3166-2 code.
    public let region: Region.Code?

    /// Creates a place.
    public init(name: String, region: Region.Code? = nil) {
      self.name = name
      self.region = region
    }
  }

  public let id: ID
  public let title: String
  /// The summit's number in the series ("15th Annual Summit"), where known.
  public let ordinal: Int?
  /// Whether no source states the number and it is worked out from the numbers sources give
  /// other summits (a note says how).
  public let ordinalIsDerived: Bool
  public let start: PartialDate
  public let end: PartialDate
  public let places: [Place]
  public let leaders: [PersonMention]
  /// The counts of outcome documents the sources give, each with its source.
  public let announced: [AnnouncedCount]
  public let summary: String
  public let notes: [Note]
  public let sources: [Citation]

  /// Creates a visit.
  public init(
    id: ID, title: String, ordinal: Int? = nil, ordinalIsDerived: Bool = false, start: PartialDate,
    end: PartialDate, places: [Place] = [], leaders: [PersonMention] = [], announced: [AnnouncedCount] = [],
    summary: String, notes: [Note] = [], sources: [Citation]
  ) {
    self.id = id
    self.title = title
    self.ordinal = ordinal
    self.ordinalIsDerived = ordinalIsDerived
    self.start = start
    self.end = end
    self.places = places
    self.leaders = leaders
    self.announced = announced
    self.summary = summary
    self.notes = notes
    self.sources = sources
  }
}

extension Visit {
  /// `1st`, `2nd`, `13th`, `22nd`: a number as English writes a place in a series.
  public static func ordinalWord(_ number: Int) -> String {
    let lastTwo = number % 100
    let suffix =
      (11...13).contains(lastTwo)
      ? "th" : [1: "st", 2: "nd", 3: "rd"][number % 10] ?? "th"
    return "\(number)\(suffix)"
  }

  /// `15th summit, Aug 2025` or `Jan 2014`: how listings name the visit in a column.
  public var shortLabel: String {
    guard let ordinal else { return monthLabel }
    return "\(Self.ordinalWord(ordinal)), \(monthLabel)"
  }

  /// The month or months of the visit: `Aug 2025`, `Aug–Sep 2014`, `Dec 2025–Jan 2026`; the
  /// year alone when the month is not known. One label a visit, in lists and headings alike.
  public var monthLabel: String {
    guard let first = PartialDate(year: start.year, month: start.month),
      let last = PartialDate(year: end.year, month: end.month), first != last
    else { return PartialDate(year: start.year, month: start.month)?.readable ?? String(start.year) }
    if first.year == last.year, let from = first.month {
      return "\(PartialDate.monthAbbreviations[from - 1])–\(last.readable)"
    }
    return "\(first.readable)–\(last.readable)"
  }

  /// The months the visit spans, each as `2014-08`, `Aug 2014` and `August 2014`: what a
  /// person may type for it.
  var monthNames: [String] {
    var names: [String] = []
    var month = PartialDate(year: start.year, month: start.month)
    let last = (end.year, end.month ?? 12)
    while let current = month, let number = current.month, (current.year, number) <= last, names.count < 3 * 24 {
      names += [
        current.description, current.readable, "\(PartialDate.monthNames[number - 1]) \(current.year)",
      ]
      month =
        number == 12
        ? PartialDate(year: current.year + 1, month: 1) : PartialDate(year: current.year, month: number + 1)
    }
    return names
  }

  /// Chronological order, the earliest first; ties keep their ids in order.
  public static func isEarlier(_ lhs: Visit, than rhs: Visit) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.id < rhs.id
  }
}

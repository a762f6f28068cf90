/// A document that supports facts in the catalog: a government page, a wire copy, a news report.
public struct Source: Hashable, Sendable, Identifiable {
  /// The identifier records use to cite this source.
  public typealias ID = Identifier<Source>

  /// How far a source can be trusted, following the research notes' tags.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A government or government-agency publication, or a faithful copy of one.
    case official
    /// A news-agency copy (ANI, PTI, IANS, Jiji) that quotes officials.
    case wire
    /// Other news or secondary reporting.
    case media
    /// A standard or reference work, such as ISO 3166-2.
    case reference
  }

  public let id: ID
  /// Who published it, as a reader would name them.
  public let publisher: String
  /// The document's own title, when it was recorded.
  public let title: String?
  /// Where it can be read. `nil` only when the address was never recorded.
  public let url: String?
  /// When it was published, at the precision known.
  public let published: PartialDate?
  /// Whether it is official, a wire copy, other media or a reference work.
  public let kind: Kind
  /// The original this document reproduces, when it is a copy.
  public let copyOf: String?
  /// The language of the text, as a BCP 47 code, when it is not English.
  public let language: String?
  /// Anything a reader should know about the source itself.
  public let note: String?

  /// Creates a source.
  public init(
    id: ID, publisher: String, title: String? = nil, url: String? = nil,
    published: PartialDate? = nil, kind: Kind, copyOf: String? = nil, language: String? = nil,
    note: String? = nil
  ) {
    self.id = id
    self.publisher = publisher
    self.title = title
    self.url = url
    self.published = published
    self.kind = kind
    self.copyOf = copyOf
    self.language = language
    self.note = note
  }
}

/// A headline number: a target set at the summit or a figure stated around it.
///
/// Every figure carries its unit and a qualifier, because "more than 500,000 people over five
/// years (target)" and "500,000" are different facts.
public struct Figure: Hashable, Sendable, Identifiable {
  public typealias ID = Identifier<Figure>

  /// How the number relates to the quantity it describes.
  public enum Qualifier: String, Hashable, Sendable, CaseIterable {
    case exactly
    case about
    case moreThan = "more-than"
    case atLeast = "at-least"
    /// A ceiling: a loan or a swap line of up to this much.
    case upTo = "up-to"

    /// The words placed before the number; empty for `exactly`.
    public var prefix: String {
      switch self {
      case .exactly: ""
      case .about: "about "
      case .moreThan: "more than "
      case .atLeast: "at least "
      case .upTo: "up to "
      }
    }
  }

  /// Whether the number is a goal or a statement of fact.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A goal the governments set.
    case target
    /// A number stated as fact by an official or a report.
    case reported
  }

  public let id: ID
  /// What is counted or measured.
  public let label: String
  public let value: Double
  /// The unit: an ISO 4217 currency code (`JPY`, `USD`) or a plural noun (`people`, `MoUs`).
  public let unit: String
  public let qualifier: Qualifier
  public let kind: Kind
  /// The period the number covers, in words ("next five years").
  public let period: String?
  /// The visit at which the figure was set or stated, where it belongs to one.
  public let visit: Visit.ID?
  /// The Joint Vision areas the figure belongs to.
  public let areas: [VisionArea.ID]
  /// Earlier figures this one builds on or updates, as sources say.
  public let relations: [Relation<Figure>]
  public let notes: [Note]
  public let sources: [Citation]

  /// Creates a figure.
  public init(
    id: ID, label: String, value: Double, unit: String, qualifier: Qualifier, kind: Kind,
    period: String? = nil, visit: Visit.ID? = nil, areas: [VisionArea.ID] = [], relations: [Relation<Figure>] = [],
    notes: [Note] = [], sources: [Citation]
  ) {
    self.id = id
    self.label = label
    self.value = value
    self.unit = unit
    self.qualifier = qualifier
    self.kind = kind
    self.period = period
    self.visit = visit
    self.areas = areas
    self.relations = relations
    self.notes = notes
    self.sources = sources
  }

  /// The number with its qualifier and unit, for people: `JPY 10 trillion`,
  /// `more than 500,000 people`, `80%`.
  public var readableAmount: String {
    qualifier.prefix + QuantityFormat.string(value: value, unit: unit)
  }
}

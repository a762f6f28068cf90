/// A headline number: a target set at the summit or a figure stated around it.
///
/// Every figure carries its unit and a qualifier, because "more than 500,000 people over five
/// years (target)" and "500,000" are different facts.
public struct Figure: Hashable, Sendable, Identifiable {
  public typealias ID = Identifier<Figure>

  /// How the number relates to the quantity it describes.
  public enum Qualifier: String, Hashable, Sendable, Codable, CaseIterable {
    case exactly
    case about
    case moreThan = "more-than"
    case atLeast = "at-least"

    /// The words placed before the number; empty for `exactly`.
    public var prefix: String {
      switch self {
      case .exactly: ""
      case .about: "about "
      case .moreThan: "more than "
      case .atLeast: "at least "
      }
    }
  }

  /// Whether the number is a goal or a statement of fact.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
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
  /// The Joint Vision areas the figure belongs to.
  public let areas: [VisionArea.ID]
  public let notes: [Note]
  public let sources: [Citation]

  /// Creates a figure.
  public init(
    id: ID, label: String, value: Double, unit: String, qualifier: Qualifier, kind: Kind,
    period: String? = nil, areas: [VisionArea.ID] = [], notes: [Note] = [], sources: [Citation]
  ) {
    self.id = id
    self.label = label
    self.value = value
    self.unit = unit
    self.qualifier = qualifier
    self.kind = kind
    self.period = period
    self.areas = areas
    self.notes = notes
    self.sources = sources
  }

  /// The number with its qualifier and unit, for people: `JPY 10 trillion`,
  /// `more than 500,000 people`, `80%`.
  public var readableAmount: String {
    qualifier.prefix + QuantityFormat.string(value: value, unit: unit)
  }
}

extension Figure: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, label, value, unit, qualifier, kind, period, areas, notes, sources
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(ID.self, forKey: .id)
    label = try container.decode(String.self, forKey: .label)
    value = try container.decode(Double.self, forKey: .value)
    unit = try container.decode(String.self, forKey: .unit)
    qualifier = try container.decode(Qualifier.self, forKey: .qualifier)
    kind = try container.decode(Kind.self, forKey: .kind)
    period = try container.decodeIfPresent(String.self, forKey: .period)
    areas = try container.decodeList(forKey: .areas)
    notes = try container.decodeList(forKey: .notes)
    sources = try container.decode([Citation].self, forKey: .sources)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(label, forKey: .label)
    try container.encode(value, forKey: .value)
    try container.encode(unit, forKey: .unit)
    try container.encode(qualifier, forKey: .qualifier)
    try container.encode(kind, forKey: .kind)
    try container.encodeIfPresent(period, forKey: .period)
    try container.encodeList(areas, forKey: .areas)
    try container.encodeList(notes, forKey: .notes)
    try container.encode(sources, forKey: .sources)
  }
}

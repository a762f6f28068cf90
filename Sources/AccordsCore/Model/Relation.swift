/// How a record stands to an earlier one of the same kind, as a source states it: the 2025
/// security declaration *updates* the one of 2008; the JPY 10 trillion target *builds on* the
/// JPY 5 trillion one.
public struct Relation<Record>: Hashable, Sendable {
  /// The ways one record can follow another; the same for every kind of record.
  public typealias Kind = RelationKind

  public let kind: Kind
  /// The earlier record.
  public let target: Identifier<Record>
  public let sources: [Citation]

  /// Creates a relation.
  public init(kind: Kind, target: Identifier<Record>, sources: [Citation]) {
    self.kind = kind
    self.target = target
    self.sources = sources
  }
}

/// The ways one record can follow another.
public enum RelationKind: String, Hashable, Sendable, CaseIterable {
  /// Replaces it with a newer version.
  case updates
  /// Renews it for another term.
  case renews
  /// Changes some of its provisions.
  case amends
  /// Puts it into effect: an action plan, an exchange of notes, a loan agreement.
  case implements
  /// Sets a new goal on it, as a target on an earlier target.
  case buildsOn = "builds-on"
  /// Takes its place: the earlier one ends when this one enters into force, as the 1989
  /// convention on double taxation replaced the 1960 agreement.
  case replaces

  /// `updates`, as `show` writes it beside the earlier record.
  public var displayName: String {
    switch self {
    case .updates: "updates"
    case .renews: "renews"
    case .amends: "amends"
    case .implements: "implements"
    case .buildsOn: "builds on"
    case .replaces: "replaces"
    }
  }

  /// The other way round: `updated by`, beside the later record.
  public var inverseName: String {
    switch self {
    case .updates: "updated by"
    case .renews: "renewed by"
    case .amends: "amended by"
    case .implements: "implemented by"
    case .buildsOn: "built on by"
    case .replaces: "replaced by"
    }
  }
}

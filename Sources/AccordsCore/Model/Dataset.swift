/// What a catalog is, which release of it this is, and how current it is.
public struct Dataset: Hashable, Sendable {
  public let name: String
  /// The data release, independent of the tool's version.
  public let version: String
  /// The date up to which the sources were checked.
  public let asOf: PartialDate
  public let description: String
  /// Remarks that apply to the whole catalog.
  public let notes: [Note]

  /// Creates a dataset description.
  public init(
    name: String, version: String, asOf: PartialDate, description: String, notes: [Note] = []
  ) {
    self.name = name
    self.version = version
    self.asOf = asOf
    self.description = description
    self.notes = notes
  }
}

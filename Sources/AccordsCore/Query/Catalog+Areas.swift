extension Catalog {
  /// The agreements that serve a Joint Vision area, in catalog order.
  public func agreements(serving area: VisionArea.ID) -> [Agreement] {
    agreements.filter { $0.areas.contains(area) }
  }

  /// The initiatives that serve a Joint Vision area, in catalog order.
  public func initiatives(serving area: VisionArea.ID) -> [Initiative] {
    initiatives.filter { $0.areas.contains(area) }
  }

  /// The headline figures that belong to a Joint Vision area, in catalog order.
  public func figures(in area: VisionArea.ID) -> [Figure] {
    figures.filter { $0.areas.contains(area) }
  }
}

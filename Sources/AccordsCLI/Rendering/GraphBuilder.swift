import AccordsCore

/// The graphs `--format mermaid` and `--format dot` draw.
enum GraphBuilder {
  /// States linked to their partner prefectures, each edge labelled with its kind and year.
  static func partnerships(_ catalog: Catalog, only selected: [Partnership]? = nil) -> Graph {
    let partnerships = selected ?? catalog.partnerships.sorted(by: Partnership.isOlder)
    var codes: [Region.Code] = []
    for partnership in partnerships {
      for code in [partnership.state, partnership.prefecture] where !codes.contains(code) { codes.append(code) }
    }
    let nodes = codes.compactMap(catalog.region).map { region in
      Graph.Node(
        id: region.code.rawValue, label: region.nameJa.map { "\(region.name) \($0)" } ?? region.name,
        group: region.country.name)
    }
    let edges = partnerships.map { partnership in
      let year = partnership.signed.map { ", \($0.year)" } ?? ""
      return Graph.Edge(
        from: partnership.state.rawValue, to: partnership.prefecture.rawValue,
        label: partnership.kind.displayName + year)
    }
    return Graph(nodes: nodes, edges: edges, isDirected: false)
  }

  /// Each Joint Vision area pointing to the agreements and initiatives that serve it.
  static func areas(_ catalog: Catalog) -> Graph {
    var nodes = catalog.areas.map { area in
      Graph.Node(
        id: "area:" + area.id.rawValue, label: "\(area.romanNumeral). \(area.name)", group: "Joint Vision areas")
    }
    nodes += catalog.agreements.filter { !$0.areas.isEmpty }.map { agreement in
      Graph.Node(id: "agreement:" + agreement.id.rawValue, label: agreement.title, group: "Agreements")
    }
    nodes += catalog.initiatives.filter { !$0.areas.isEmpty }.map { initiative in
      Graph.Node(id: "initiative:" + initiative.id.rawValue, label: initiative.name, group: "Initiatives")
    }
    var edges: [Graph.Edge] = []
    for area in catalog.areas {
      edges += catalog.agreements(serving: area.id).map {
        Graph.Edge(from: "area:" + area.id.rawValue, to: "agreement:" + $0.id.rawValue, label: nil)
      }
      edges += catalog.initiatives(serving: area.id).map {
        Graph.Edge(from: "area:" + area.id.rawValue, to: "initiative:" + $0.id.rawValue, label: nil)
      }
    }
    return Graph(nodes: nodes, edges: edges, isDirected: true)
  }
}

extension GraphBuilder {
  /// Every document linked to `start` through relations, followed both ways (what it updates,
  /// amends or builds on, and what updates or builds on it, and so on), each edge from the later
  /// document to the earlier labelled with how; oldest first.
  static func chain(of start: Agreement.ID, in catalog: Catalog) -> Graph {
    let (order, edges) = walk(
      from: start, relations: { catalog.agreement($0)?.relations.map { ($0.target, $0.kind) } ?? [] },
      later: { catalog.agreements(relatingTo: $0).map(\.agreement.id) })
    let nodes = order.compactMap(catalog.agreement)
      .sorted {
        ($0.date?.firstDay.description ?? "~", $0.id.rawValue) < ($1.date?.firstDay.description ?? "~", $1.id.rawValue)
      }
      .map { agreement in
        Graph.Node(
          id: agreement.id.rawValue, label: (agreement.date.map { "\($0.year): " } ?? "") + agreement.title,
          group: agreement.date.map { "\($0.decade)s" } ?? "undated")
      }
    return Graph(nodes: nodes, edges: edges, isDirected: true)
  }

  /// Every figure linked to `start` through relations, both ways, as `chain(of:in:)` draws
  /// documents.
  static func chain(of start: Figure.ID, in catalog: Catalog) -> Graph {
    let (order, edges) = walk(
      from: start, relations: { catalog.figure($0)?.relations.map { ($0.target, $0.kind) } ?? [] },
      later: { catalog.figures(relatingTo: $0).map(\.figure.id) })
    let nodes = order.compactMap(catalog.figure).map { figure in
      Graph.Node(id: figure.id.rawValue, label: "\(figure.label): \(figure.readableAmount)", group: "Figures")
    }
    return Graph(nodes: nodes, edges: edges, isDirected: true)
  }

  /// A breadth-first walk from `start` along relations and their inverse: each record and each
  /// relation once, so the walk is linear in the links whatever their shape (circles included).
  private static func walk<ID: Hashable & RawRepresentable<String>>(
    from start: ID, relations: (ID) -> [(target: ID, kind: RelationKind)], later: (ID) -> [ID]
  ) -> (order: [ID], edges: [Graph.Edge]) {
    var order = [start]
    var seen: Set<ID> = [start]
    var edges: [Graph.Edge] = []
    var next = 0
    while next < order.count {
      let id = order[next]
      next += 1
      for (target, kind) in relations(id) {
        edges.append(Graph.Edge(from: id.rawValue, to: target.rawValue, label: kind.displayName))
        if seen.insert(target).inserted { order.append(target) }
      }
      for other in later(id) where seen.insert(other).inserted { order.append(other) }
    }
    return (order, edges)
  }
}

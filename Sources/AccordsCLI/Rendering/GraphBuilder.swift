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

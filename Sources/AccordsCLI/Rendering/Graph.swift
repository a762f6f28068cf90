import AccordsCore

/// Records and the links between them, for the picture formats (Mermaid and Graphviz).
struct Graph: Sendable {
  struct Node: Sendable {
    /// A stable identifier such as `IN-AP`; renderers make it safe for their syntax.
    let id: String
    let label: String
    /// Nodes of one group are drawn together (a subgraph or cluster), such as `India`.
    let group: String
  }

  struct Edge: Sendable {
    let from: String
    let to: String
    let label: String?
  }

  let nodes: [Node]
  let edges: [Edge]
  /// Whether edges point one way (area → agreement) or join equals (state — prefecture).
  let isDirected: Bool

  /// The groups in the order their first node appears, each with its nodes.
  var groups: [(name: String, nodes: [Node])] {
    var names: [String] = []
    for node in nodes where !names.contains(node.group) { names.append(node.group) }
    return names.map { name in (name, nodes.filter { $0.group == name }) }
  }
}

/// Mermaid flowchart text, ready for a ```` ```mermaid ```` block on GitHub.
enum MermaidRenderer {
  static func render(_ graph: Graph) -> String {
    var lines = ["flowchart LR"]
    for (index, group) in graph.groups.enumerated() {
      lines.append("  subgraph group\(index)[\"\(label(group.name))\"]")
      for node in group.nodes {
        lines.append("    \(identifier(node.id))[\"\(label(node.label))\"]")
      }
      lines.append("  end")
    }
    let arrow = graph.isDirected ? "-->" : "---"
    for edge in graph.edges {
      let text = edge.label.map { "|\"\(label($0))\"|" } ?? ""
      lines.append("  \(identifier(edge.from)) \(arrow)\(text) \(identifier(edge.to))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Mermaid node ids allow letters, digits and underscores.
  static func identifier(_ id: String) -> String {
    "n_" + String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
  }

  /// Label text inside double quotes: quotes, markup, `%` (`%%` starts a comment or a directive
  /// that reconfigures the renderer), `&` (an HTML entity) and backticks (Markdown labels)
  /// become entity codes, and control and invisible characters become spaces, so no label can
  /// break out of its node or read other than it is.
  static func label(_ text: String) -> String {
    // Scalar by scalar: a quote followed by a combining mark is one Character, not a quote.
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "#quot;"
      case "<": output += "#lt;"
      case ">": output += "#gt;"
      case "#": output += "#35;"
      case "%": output += "#37;"
      case "&": output += "#38;"
      case "`": output += "#96;"
      case _ where scalar.isHiddenOrControl: output += " "
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}

/// Graphviz DOT text, for `dot -Tsvg`.
enum DotRenderer {
  static func render(_ graph: Graph, name: String) -> String {
    let keyword = graph.isDirected ? "digraph" : "graph"
    let arrow = graph.isDirected ? "->" : "--"
    var lines = ["\(keyword) \(quoted(name)) {", "  rankdir=LR;", "  node [shape=box];"]
    for (index, group) in graph.groups.enumerated() {
      lines.append("  subgraph cluster_\(index) {")
      lines.append("    label=\(quoted(group.name));")
      for node in group.nodes {
        lines.append("    \(quoted(node.id)) [label=\(quoted(node.label))];")
      }
      lines.append("  }")
    }
    for edge in graph.edges {
      let attributes = edge.label.map { " [label=\(quoted($0))]" } ?? ""
      lines.append("  \(quoted(edge.from)) \(arrow) \(quoted(edge.to))\(attributes);")
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// A DOT string literal: quotes and backslashes escaped (so `\N`, `\G` and `\l` stay text),
  /// control and invisible characters made spaces.
  static func quoted(_ text: String) -> String {
    // Scalar by scalar: a quote followed by a combining mark is one Character, not a quote.
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case _ where scalar.isHiddenOrControl: output += " "
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }
}

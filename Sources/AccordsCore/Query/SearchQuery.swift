/// What a person searches for, cut into words as the text is (`Words`): each group of words
/// joined by punctuation (`2+2`, `6.2`) must occur together; the groups may occur anywhere in
/// the record, in any order.
public struct SearchQuery: Sendable {
  /// A group of words that must occur side by side, in order.
  struct Group: Sendable {
    let words: [String]
    /// Whether each word is a number, matched whole.
    let numbers: [Bool]
    let ideographic: [Bool]
    /// What the person typed for it, for saying what was tried.
    let typed: String
  }

  /// The query as typed.
  public let text: String
  let groups: [Group]

  /// The query, or `nil` when it holds no letter or digit to search for (empty, or symbols only).
  public init?(_ text: String) {
    let words = Words(text).words
    guard !words.isEmpty else { return nil }
    let characters = Array(text)
    var groups: [Group] = []
    var current: [Words.Word] = []
    for word in words {
      current.append(word)
      if !word.joinsNext {
        let typed = String(characters[current[0].range.lowerBound..<current[current.count - 1].range.upperBound])
        groups.append(
          Group(
            words: current.map(\.key), numbers: current.map(\.isNumber), ideographic: current.map(\.isIdeographic),
            typed: typed))
        current = []
      }
    }
    self.text = text
    self.groups = groups
  }

  /// The words as the search compares them, for highlighting and for saying what was tried.
  public var words: [String] { groups.flatMap(\.words) }

  /// Where in `text` (in characters) a word stands that one of `words` matches, as search
  /// matches them: whole, or its start for three letters or more.
  public static func ranges(of words: [String], in text: String) -> [Range<Int>] {
    Words(text).words.compactMap { word in
      words.contains { wanted in
        word.key == wanted || wanted.count >= 3 && !word.isNumber && word.key.hasPrefix(wanted)
          || word.isIdeographic && word.key.contains(wanted)
      } ? word.range : nil
    }
  }

  /// `defence (compared as "defense"), 2+2`: each group as typed, with the form compared where
  /// folding or spelling changed more than case.
  public var tried: String {
    groups.map { group in
      let compared = group.words.joined(separator: " ")
      return TextFolding.fold(group.typed) == compared ? group.typed : "\(group.typed) (compared as “\(compared)”)"
    }.joined(separator: ", ")
  }
}

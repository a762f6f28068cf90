/// One spelling for words that British, Indian and American English write differently, so that
/// `defence` finds `defense`, `programme` finds `program` and `organisation` finds
/// `organization`. Both the query and the text are brought to the same form, which is only
/// ever compared, never shown.
enum Spelling {
  /// The common form of a folded (lower-case, unaccented) Latin word.
  static func common(_ word: String) -> String {
    guard word.utf8.count >= 4, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
    // Lists by first letter, looked up by place: a dictionary's hashing, for every word of
    // every field, was a third of building an index's word index.
    let letter = Int((word.utf8.first ?? 0x61) - 0x61)
    if let whole = wholeWordsByLetter[letter].first(where: { $0.0 == word }) { return whole.1 }
    var word = word
    // Only the stems that start with the word's letter are tried, in their order.
    for (british, american) in stemsByLetter[letter] where word.hasPrefix(british) {
      word = american + word.dropFirst(british.count)
      break
    }
    // -ize and -yze are written -ise and -yse in British and Indian English (organise,
    // analyse): both become -is-/-ys-. A word that only ends alike (size, seize) changes the
    // same way in query and text, so it still finds itself. Every such ending has a z.
    guard word.utf8.contains(UInt8(ascii: "z")) else { return word }
    for (from, to) in suffixes where word.hasSuffix(from) && word.count > from.count + 2 {
      return word.dropLast(from.count) + to
    }
    return word
  }

  /// The first letters of the words that `common` brings to a word starting with `initial`,
  /// besides `initial` itself: `o` for `e`, since `oestrogen` becomes `estrogen`.
  static func initials(becoming initial: UInt8) -> [UInt8] {
    initialChanges.compactMap { $0.to == initial ? $0.from : nil }
  }

  /// Each pair of first letters, British to American, that a whole word or stem changes.
  private static let initialChanges: [(from: UInt8, to: UInt8)] = (wholeWords.map { ($0.key, $0.value) } + stems)
    .compactMap { pair in
      guard let from = pair.0.utf8.first, let to = pair.1.utf8.first, from != to else { return nil }
      return (from, to)
    }

  /// Words whose other spelling is not a matter of stem or ending.
  private static let wholeWords: [String: String] = [
    "practise": "practice", "practised": "practiced", "practising": "practicing", "ageing": "aging",
    "judgement": "judgment", "acknowledgement": "acknowledgment", "enrolment": "enrollment",
    "fulfil": "fulfill", "fulfilment": "fulfillment", "cheque": "check", "grey": "gray", "tyre": "tire",
  ]

  /// British stems and their American form; each applies to every word that begins with it
  /// (`labourers`, `programmes`, `centred`).
  private static let stems: [(String, String)] = [
    ("defence", "defense"), ("offence", "offense"), ("licence", "license"), ("pretence", "pretense"),
    ("programme", "program"), ("centre", "center"), ("metre", "meter"), ("litre", "liter"), ("theatre", "theater"),
    ("fibre", "fiber"), ("calibre", "caliber"), ("catalogue", "catalog"), ("dialogue", "dialog"),
    ("analogue", "analog"), ("labour", "labor"), ("harbour", "harbor"), ("colour", "color"),
    ("neighbour", "neighbor"), ("honour", "honor"), ("favour", "favor"), ("behaviour", "behavior"),
    ("endeavour", "endeavor"), ("vigour", "vigor"), ("rumour", "rumor"), ("humour", "humor"), ("savour", "savor"),
    ("armour", "armor"), ("odour", "odor"), ("flavour", "flavor"), ("splendour", "splendor"), ("rigour", "rigor"),
    ("travell", "travel"), ("modell", "model"), ("labell", "label"), ("cancell", "cancel"), ("signall", "signal"),
    ("fuell", "fuel"), ("counsell", "counsel"), ("jewell", "jewel"), ("channell", "channel"),
    ("aluminium", "aluminum"), ("manoeuvre", "maneuver"), ("paediatric", "pediatric"), ("anaesthe", "anesthe"),
    ("oestrogen", "estrogen"), ("haemo", "hemo"), ("leukaemia", "leukemia"), ("encyclopaedia", "encyclopedia"),
  ]

  /// `stems` by their first letter, a to z, each list in the order of `stems`.
  private static let stemsByLetter: [[(String, String)]] = byLetter(stems)

  /// `wholeWords` by their first letter, a to z.
  private static let wholeWordsByLetter: [[(String, String)]] = byLetter(wholeWords.map { ($0.key, $0.value) })

  private static func byLetter(_ pairs: [(String, String)]) -> [[(String, String)]] {
    var lists = [[(String, String)]](repeating: [], count: 26)
    for pair in pairs {
      guard let first = pair.0.utf8.first, (0x61...0x7A).contains(first) else { continue }
      lists[Int(first - 0x61)].append(pair)
    }
    return lists
  }

  /// Endings whose z is s in British and Indian English, longest first.
  private static let suffixes: [(String, String)] = [
    ("izations", "isations"), ("ization", "isation"), ("izing", "ising"), ("izers", "isers"), ("izer", "iser"),
    ("izes", "ises"), ("ized", "ised"), ("ize", "ise"), ("yzing", "ysing"), ("yzes", "yses"), ("yzed", "ysed"),
    ("yze", "yse"),
  ]
}

/// Words for generated titles and summaries: the vocabulary of the real catalog, and, when
/// asked, text that tries to break writers and readers.
struct TextMaker {
  let hostile: Bool

  private static let vocabulary = [
    "cooperation", "memorandum", "partnership", "India", "Japan", "ministry", "joint", "declaration", "economic",
    "security", "investment", "technology", "innovation", "mobility", "clean", "hydrogen", "ammonia", "semiconductor",
    "supply", "chain", "skills", "exchange", "digital", "lunar", "exploration", "prefecture", "state", "governor",
    "trade", "infrastructure", "health", "culture", "education", "research", "minerals", "environment", "climate",
    "credit", "mechanism", "decade", "vision", "initiative", "forum", "agreement", "renewal", "Tokyo", "Sendai",
    "Gujarat", "Shizuoka", "Tamil", "Nadu", "Ehime", "Karnataka", "Mie", "rail", "ports", "shipbuilding", "AI",
  ]

  private static let hostileWords = [
    "\"quoted\"", "back\\slash", "tab\there", "line\nbreak", "esc\u{1B}[2J", "bell\u{07}", "nul\u{01}", "日本語",
    "覚書", "🇮🇳🇯🇵", "Kōchi", "C1\u{9B}", "/slash", "{brace}", "[bracket]", "comma,", "ünïcödé",
  ]

  init(hostile: Bool) { self.hostile = hostile }

  mutating func word(using random: inout SplitMix64) -> String {
    if hostile, random.chance(0.15) { return Self.hostileWords[random.next(below: Self.hostileWords.count)] }
    return Self.vocabulary[random.next(below: Self.vocabulary.count)]
  }

  mutating func phrase(_ length: ClosedRange<Int>, using random: inout SplitMix64) -> String {
    (0..<random.next(in: length)).map { _ in word(using: &random) }.joined(separator: " ")
  }

  mutating func sentence(_ length: ClosedRange<Int>, using random: inout SplitMix64) -> String {
    let text = phrase(length, using: &random)
    return text.prefix(1).uppercased() + text.dropFirst() + "."
  }

  mutating func slug(using random: inout SplitMix64) -> String {
    (0..<random.next(in: 1...3)).map { _ in Self.vocabulary[random.next(below: Self.vocabulary.count)].lowercased() }
      .joined(separator: "-")
  }
}

/// A remark attached to a record: where sources disagree, what could not be confirmed, what to
/// be careful of.
///
/// Notes keep disagreements visible instead of resolving them silently.
public struct Note: Hashable, Sendable {
  /// What kind of remark this is.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// Sources disagree; the note says how and which reading the catalog follows.
    case conflict
    /// A fact that no source confirmed; the field it concerns is left empty.
    case unconfirmed
    /// A likely mistake to avoid, such as a similar but different document.
    case caution
    /// Background that helps read the record.
    case context
  }

  public let kind: Kind
  /// The remark, as a sentence.
  public let text: String
  /// The sources behind the remark, if any.
  public let sources: [Citation]

  /// Creates a note.
  public init(kind: Kind, text: String, sources: [Citation] = []) {
    self.kind = kind
    self.text = text
    self.sources = sources
  }
}

extension Note {
  /// The kinds of note that make a record contested, in order: sources that disagree, facts
  /// no source confirmed.
  public static let contestingKinds: [Kind] = [.conflict, .unconfirmed]

  /// Which contesting kinds `notes` hold, in `contestingKinds` order: what listings mark.
  public static func contested(_ notes: [Note]) -> [Kind] {
    contestingKinds.filter { kind in notes.contains { $0.kind == kind } }
  }
}

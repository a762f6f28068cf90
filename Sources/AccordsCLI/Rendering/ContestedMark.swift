import AccordsCore

/// The mark listings give a record whose notes say the sources disagree or a fact is not
/// confirmed, so that a contested record never looks settled in a list: a `contested` column
/// (`conflict`, `unconfirmed`) and one line under the table saying what it means.
extension Listing {
  /// The listing with a last column marking each row's record as contested, from `notes`, one
  /// list of notes per row, and the line explaining the mark when any row has it.
  func markingContested(_ notes: [[Note]]) -> Listing {
    let marks = notes.map { Note.contested($0).map(\.rawValue).joined(separator: "; ") }
    let explained =
      marks.contains { !$0.isEmpty }
      ? [
        "contested: conflict — sources disagree; unconfirmed — no source found confirms part of it. "
          + "'accords show <id>' gives the notes."
      ] : []
    return Listing(
      columns: columns + [Column("contested")], rows: zip(rows, marks).map { $0 + [$1] }, noun: noun, total: total,
      highlighting: highlighting, emptyLine: emptyLine, footnotes: footnotes + explained)
  }
}

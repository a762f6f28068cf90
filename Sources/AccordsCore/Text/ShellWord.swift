/// A word as a person would type it into a POSIX shell: as it is when it holds only letters,
/// digits and `-_./:+,` (any script), else in single quotes, a quote inside written `'\''`. For
/// the commands that messages suggest, so that a pasted suggestion runs as shown.
package enum ShellWord {
  package static func quoted(_ word: String) -> String {
    let plain =
      !word.isEmpty
      && word.unicodeScalars.allSatisfy { scalar in
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_./:+,".unicodeScalars.contains(scalar)
          || scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .spacingMark
      }
    return plain ? word : "'" + word.replacingAll("'", with: "'\\''") + "'"
  }
}

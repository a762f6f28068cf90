/// A shell that completion scripts can be written for.
public enum Shell: String, Sendable, CaseIterable {
  case bash, zsh, fish

  /// The completion script for the command tree under `root`.
  public func completionScript(for root: CommandSpec) -> String {
    switch self {
    case .bash: BashCompletion(root: root).script
    case .zsh: ZshCompletion(root: root).script
    case .fish: FishCompletion(root: root).script
    }
  }
}

extension String {
  /// The text inside single quotes for a POSIX shell: each `'` closed, escaped and reopened.
  var shellSingleQuoted: String {
    "'" + split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
  }
}

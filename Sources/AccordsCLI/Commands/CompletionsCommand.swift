import CommandLineKit

/// `accords completions <shell>`: a completion script generated from the command definitions.
enum CompletionsCommand {
  static let spec = CommandSpec(
    name: "completions",
    abstract: "Print a shell completion script for bash, zsh or fish.",
    discussion: "The script completes commands, options, their values, region names and record ids.",
    examples: [
      Example("source <(accords completions bash)", "Complete in the current bash session."),
      Example("accords completions zsh > \"${fpath[1]}/_accords\"", "Install for zsh."),
      Example("accords completions fish > ~/.config/fish/completions/accords.fish", "Install for fish."),
    ],
    arguments: [
      ArgumentSpec("shell", help: "bash, zsh or fish.", completion: .values(Shell.allCases.map(\.rawValue)))
    ])

  static let shells = ValueMatcher(
    entries: Shell.allCases.map { .init(value: $0, canonical: $0.rawValue, spellings: []) })

  static let command = Subcommand(
    spec: spec,
    action: .standalone { (parsed, _) throws(CommandFailure) -> String in
      do throws(UsageError) {
        return try shells.match(parsed.arguments[0], option: "<shell>").completionScript(for: Accords.root)
      } catch {
        throw .usage(error)
      }
    })
}

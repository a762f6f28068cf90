import CommandLineKit

/// `accords manual`: the man page, generated from the same definitions as `--help`.
enum ManualCommand {
  static let spec = CommandSpec(
    name: "manual", aliases: ["man"],
    abstract: "Print the manual page (roff) for installing as accords.1.",
    examples: [
      Example("accords manual > /usr/local/share/man/man1/accords.1", "Install the manual."),
      Example("accords manual | man -l -", "Read it without installing."),
    ])

  static let command = Subcommand(
    spec: spec,
    action: .standalone { (_, _) throws(CommandFailure) -> String in page })

  /// The page; also committed as `Sources/accords/accords.1`, which a test keeps current.
  static var page: String {
    ManualFormatter(
      root: Accords.root, version: Accords.version, date: Accords.releaseDate,
      extraSections: [
        .init(
          title: "Exit status",
          paragraphs: [
            ExitCode.allCases.map { "\($0.rawValue)\t\($0.meaning)" }.joined(separator: "\n")
          ]),
        .init(
          title: "Environment",
          paragraphs: [
            """
            COLUMNS\tThe width to fit tables and help to; otherwise the terminal's width, else 80.
            ACCORDS_DATA\tA catalog file to read instead of the bundled one, as with --data.
            NO_COLOR\tWhen set and not empty, no colour or bold, unless --color always.
            TERM\tWhen dumb, no colour or bold, unless --color always.
            ACCORDS_PAGER\tThe pager for output longer than the terminal's screen (run by /bin/sh); empty or cat for none.
            PAGER\tThe pager when ACCORDS_PAGER is not set; else less -FRX. Never used in a pipe or with --no-pager.
            """
          ]),
        .init(
          title: "Files",
          paragraphs: [
            "The catalog is compiled into the binary; accords reads no files unless given --data or ACCORDS_DATA."
          ]),
        .init(
          title: "See also",
          paragraphs: ["The README of the Accords package describes the data format and where the data comes from."]),
      ]
    ).page
  }
}

extension ExitCode {
  /// What the status means, for the manual and the README.
  var meaning: String {
    switch self {
    case .success: "Success. An empty result is a success too."
    case .notFound: "A named thing (an id, a region) is not in the catalog."
    case .usage: "The command line is wrong: an unknown option, command or value, or a missing argument."
    case .dataError: "A catalog's data is invalid."
    case .noInput: "A catalog file is missing or unreadable."
    case .internalError: "An internal error in Accords."
    case .cannotCreate:
      "An output file cannot be made (its folder is missing or not writable), exists and --force was not given, or is not a regular file."
    case .outputFailed:
      "Writing the output failed, as on a full disk or past a file size limit (ulimit -f), or a catalog file was cut short while it was read; a closed pipe is not a failure, and a closed standard error does not change the status."
    }
  }
}

/// The exit statuses Accords documents, after sysexits(3), so scripts can tell failures apart.
public enum ExitCode: Int32, Sendable, CaseIterable {
  /// The command did what was asked. An empty result is still a success.
  case success = 0
  /// A named thing (an id, a region) is not in the catalog.
  case notFound = 1
  /// The command line is wrong (EX_USAGE).
  case usage = 64
  /// A catalog's data is invalid (EX_DATAERR).
  case dataError = 65
  /// A catalog file is missing or unreadable (EX_NOINPUT).
  case noInput = 66
  /// A bug in Accords itself (EX_SOFTWARE).
  case internalError = 70
  /// An output file cannot be made, exists and `--force` was not given, or is not a regular
  /// file (EX_CANTCREAT).
  case cannotCreate = 73
  /// Writing the output failed, as on a full disk, or a catalog file was cut short while it
  /// was read (EX_IOERR); a closed pipe is not a failure.
  case outputFailed = 74
}

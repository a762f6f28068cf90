// Long output on a terminal goes through the pager `Pager` chose, run by the shell as `git`
// runs its pager.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Writes `text` into `command`'s standard input and waits for it to end. Returns `false`, with
/// nothing shown, when the pager could not start (no shell, or the shell found no such
/// program: 126, 127), so that the caller writes the text itself: a missing `less` on a small
/// machine never loses the output.
func page(_ text: String, through command: String) -> Bool {
  var pipeEnds: [Int32] = [0, 0]
  guard pipe(&pipeEnds) == 0 else { return false }
  let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
  posix_spawn_file_actions_addclose(&actions, readEnd)
  posix_spawn_file_actions_addclose(&actions, writeEnd)
  // The pager starts with SIGPIPE and SIGINT at their defaults, not as this process holds them.
  var attributes = posix_spawnattr_t()
  posix_spawnattr_init(&attributes)
  defer { posix_spawnattr_destroy(&attributes) }
  var defaults = sigset_t()
  sigemptyset(&defaults)
  sigaddset(&defaults, SIGPIPE)
  sigaddset(&defaults, SIGINT)
  posix_spawnattr_setsigdefault(&attributes, &defaults)
  posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
  var child: pid_t = 0
  let arguments = ["/bin/sh", "-c", command]
  var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
  defer { for pointer in argv { free(pointer) } }
  let spawned = posix_spawn(&child, "/bin/sh", &actions, &attributes, &argv, environ)
  close(readEnd)
  guard spawned == 0 else {
    close(writeEnd)
    return false
  }
  // The user may quit the pager before reading it all: the pipe then closes (EPIPE, SIGPIPE
  // being ignored), and the rest is simply not written. Ctrl-C belongs to the pager while it runs.
  signal(SIGINT, SIG_IGN)
  var text = text
  text.withUTF8 { bytes in
    var offset = 0
    while offset < bytes.count, let base = bytes.baseAddress {
      let written = Glibc.write(writeEnd, base + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        break
      }
      offset += written
    }
  }
  close(writeEnd)
  var status: Int32 = 0
  while waitpid(child, &status, 0) < 0 && errno == EINTR {}
  signal(SIGINT, SIG_DFL)
  let exited = status & 0x7f == 0
  let code = (status >> 8) & 0xff
  return !(exited && (code == 126 || code == 127))
}

import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs `first` on a thread of its own while `second` runs on this one, and returns both
/// results: building an index of a large catalog is work that splits in two, and a user's
/// machine has at least two cores. Where no thread can be started, `first` runs here too.
func sideBySide<First: Sendable, Second>(
  _ first: @escaping @Sendable () -> First, _ second: () -> Second
) -> (First, Second) {
  let made = Made<First>()
  let job = ThreadJob {
    let value = first()
    made.value.withLock { $0 = value }
  }
  #if canImport(Darwin)
    var thread: pthread_t?
  #else
    var thread = pthread_t()
  #endif
  let context = Unmanaged.passRetained(job).toOpaque()
  let started = pthread_create(
    &thread, nil,
    { context in
      guard let context else { return nil }
      Unmanaged<ThreadJob>.fromOpaque(context).takeRetainedValue().work()
      return nil
    }, context)
  guard started == 0 else {
    Unmanaged<ThreadJob>.fromOpaque(context).release()
    return (first(), second())
  }
  let secondResult = second()
  #if canImport(Darwin)
    if let thread { pthread_join(thread, nil) }
  #else
    pthread_join(thread, nil)
  #endif
  guard let firstResult = made.value.withLock({ $0 }) else { return (first(), secondResult) }
  return (firstResult, secondResult)
}

/// The work handed to the other thread.
private final class ThreadJob: Sendable {
  let work: @Sendable () -> Void

  init(_ work: @escaping @Sendable () -> Void) { self.work = work }
}

/// Where the other thread leaves its result.
private final class Made<Value: Sendable>: Sendable {
  let value = Mutex<Value?>(nil)
}

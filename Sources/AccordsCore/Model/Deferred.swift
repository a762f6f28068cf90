import Synchronization

/// A value at hand, or made the first time it is asked for and kept: a catalog read from an
/// image decodes a kind's records, and builds the id index, only when a query looks at them.
struct Deferred<Value: Sendable>: Sendable {
  private enum State: Sendable {
    case ready(Value)
    case later(Maker<Value>)
  }

  private let state: State

  /// A value already made.
  init(_ value: Value) { state = .ready(value) }

  /// A value made by `make` on first use; `make` runs at most once.
  init(making make: @escaping @Sendable () -> Value) { state = .later(Maker(make)) }

  var value: Value {
    switch state {
    case .ready(let value): value
    case .later(let maker): maker.value
    }
  }

  /// The value if it has been made; `nil` if it has not yet been asked for.
  var madeValue: Value? {
    switch state {
    case .ready(let value): value
    case .later(let maker): maker.madeValue
    }
  }
}

/// Where a deferred value is made and kept, once, whichever thread asks first.
private final class Maker<Value: Sendable>: Sendable {
  private let make: @Sendable () -> Value
  private let made = Mutex<Value?>(nil)

  init(_ make: @escaping @Sendable () -> Value) { self.make = make }

  var madeValue: Value? { made.withLock { $0 } }

  var value: Value {
    made.withLock { made in
      if let made { return made }
      let value = make()
      made = value
      return value
    }
  }
}

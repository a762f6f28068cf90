/// A small, fast, seedable random number generator (SplitMix64), so that a generated catalog
/// is the same on every machine and every run.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator from a seed.
  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number from 0 up to, not including, `bound`.
  mutating func next(below bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

  /// A number in `range`.
  mutating func next(in range: ClosedRange<Int>) -> Int { range.lowerBound + next(below: range.count) }

  /// `true` with the given probability.
  mutating func chance(_ probability: Double) -> Bool { Double(next() % 10_000) < probability * 10_000 }
}

/// A 64-bit hash of a file's bytes, fast enough to run over hundreds of megabytes at every
/// query: four independent lanes of eight bytes each, multiplied and rotated, then folded with
/// the length. It tells a changed or damaged file from the one an image was made of; it is not
/// meant to resist someone forging a collision.
enum ContentHash {
  static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    var lanes: (UInt64, UInt64, UInt64, UInt64) = (prime1, prime2, ~prime1, ~prime2)
    func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
      let mixed = lane &+ word &* prime2
      return ((mixed << 31) | (mixed >> 33)) &* prime1
    }
    let count = bytes.count
    var offset = 0
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      while count - offset >= 32 {
        lanes.0 = mix(lanes.0, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
        lanes.1 = mix(lanes.1, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
        lanes.2 = mix(lanes.2, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)))
        lanes.3 = mix(lanes.3, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)))
        offset += 32
      }
    }
    var hash = UInt64(count) &* prime1
    for lane in [lanes.0, lanes.1, lanes.2, lanes.3] { hash = mix(hash ^ lane, lane) }
    while offset < count {
      hash = mix(hash, UInt64(bytes[offset]) &+ 1)
      offset += 1
    }
    // Final avalanche, so that a one-bit change moves every bit of the result.
    hash ^= hash >> 33
    hash &*= prime2
    hash ^= hash >> 29
    return hash
  }
}

/// A ZIP archive of stored (uncompressed) entries, as an Office Open XML package needs: local
/// headers, the data, a central directory and its end record (PKWARE APPNOTE, version 2.0).
/// Every entry carries the same fixed time (1 January 1980), so the same input always makes
/// the same bytes.
struct ZipArchive {
  private var bytes: [UInt8] = []
  private var directory: [UInt8] = []
  private var count = 0

  /// Adds a file at `path` (ASCII, `/`-separated) holding `data`.
  mutating func add(_ path: String, _ data: [UInt8]) {
    let name = Array(path.utf8)
    let crc = CRC32.checksum(data)
    let offset = bytes.count
    // Local file header: signature, version 2.0, no flags, stored, time 00:00, date 1980-01-01.
    bytes += le32(0x0403_4b50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21)
    bytes += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count))
    bytes += le16(UInt16(name.count)) + le16(0) + name + data
    // Central directory entry, pointing back at the local header.
    directory += le32(0x0201_4b50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21)
    directory += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count))
    directory += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
    directory += le32(UInt32(offset)) + name
    count += 1
  }

  /// The archive's bytes.
  var data: [UInt8] {
    bytes + directory + le32(0x0605_4b50) + le16(0) + le16(0) + le16(UInt16(count)) + le16(UInt16(count))
      + le32(UInt32(directory.count)) + le32(UInt32(bytes.count)) + le16(0)
  }

  private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xff), UInt8(value >> 8)] }

  private func le32(_ value: UInt32) -> [UInt8] {
    [UInt8(value & 0xff), UInt8((value >> 8) & 0xff), UInt8((value >> 16) & 0xff), UInt8(value >> 24)]
  }
}

/// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), as ZIP records each entry's.
enum CRC32 {
  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  static func checksum(_ data: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xff)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
  }
}

/// The records of one kind but the agreements: at hand, or, from an image, decoded the first
/// time a query looks at them all, and read one at a time where a query wants one.
struct Shelf<Record: CatalogRecord>: Sendable {
  /// Every record, in catalog order.
  let all: Deferred<[Record]>
  /// From an image, where one record is read alone, by place or id; `nil` in memory.
  let image: Deferred<ImageShelf<Record>?>?

  /// Records at hand.
  init(_ records: [Record]) {
    all = Deferred(records)
    image = nil
  }

  /// Records in an image's section; none, with the damage noted, if it cannot be read.
  init(image: Deferred<ImageShelf<Record>?>) {
    all = Deferred { image.value?.all() ?? [] }
    self.image = image
  }
}

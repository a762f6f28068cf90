// libFuzzer target: any bytes read as a catalog image end in a catalog or an ImageDamage,
// never a crash, a hang or a read outside them. The body's hash, which refuses nearly every
// damaged image before it is read, is not checked here, so that mutations reach the reader
// itself. Seeds are the indexes of the render corpus and the loadable hostile fixtures, made
// by Scripts/fuzz with `accords index`. Built by Scripts/fuzz with the AccordsCore sources.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalogImage(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  guard let body = try? CatalogImage.header(bytes).body else {
    // Not a whole header: read what there is as a body, so that short inputs reach records.
    for needs in needings { _ = try? CatalogImage.catalog(bytes, body: 0, needing: needs) }
    return 0
  }
  var shapes: [String] = []
  for needs in needings {
    guard let catalog = try? CatalogImage.catalog(bytes, body: body, needing: needs) else { return 0 }
    shapes.append("\(catalog.agreements.count) \(catalog.agreements.filter { $0.type == .memorandumOfUnderstanding })")
  }
  // Whole, in outline for counts, and for a listing: the same agreements, the memoranda alike.
  precondition(Set(shapes.map { $0.prefix(while: { $0 != " " }) }).count == 1, "needs read different counts")
  return 0
}

let needings: [AgreementNeeds] = [
  .whole, .counts, .listing(AgreementFilter(types: [.memorandumOfUnderstanding])),
]

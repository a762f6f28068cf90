// libFuzzer target: any bytes read as a catalog image end in a catalog or an ImageDamage,
// never a crash, a hang or a read outside them, whatever a query then reads of it. The hashes
// of the body and of each section, which refuse nearly every damaged image before it is read,
// are not checked here, so that mutations reach the reader itself; the agreements' own hashes
// are, as a query checks them. Seeds are the indexes of the render corpus and the loadable hostile fixtures, made by
// Scripts/fuzz with `accords index`. Built by Scripts/fuzz with the AccordsCore sources.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalogImage(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let image = DocumentBytes(copying: Array(UnsafeBufferPointer(start: data, count: size)))
  // Not a whole header: read what there is as a body, so that short inputs reach records.
  let layout =
    (try? CatalogImage.header(image.buffer))
    ?? CatalogImage.Layout(
      header: CatalogImage.Header(
        producer: "", file: FileStamp(size: 0, modified: (0, 0), changed: (0, 0), inode: 0, device: 0),
        contentHash: 0, bodyHash: 0, schema: 0),
      body: 0..<size, rest: size..<size)
  for needs in needings {
    guard
      let catalog = try? CatalogImage.catalog(
        image, layout, needing: needs, failures: ReadFailures { _ in .invalid([]) }, checkingSections: false)
    else { return 0 }
    query(catalog)
  }
  return 0
}

/// What queries read: every agreement, its later records and replacements, the indexes, the
/// kept counts, and the name and word indexes.
func query(_ catalog: Catalog) {
  // One record of each kind alone, by place and by id, as `show` reads them, before anything
  // reads a kind whole.
  for kind in RecordKind.allCases {
    if let record = catalog.record(of: kind, at: 0) { _ = catalog.record(record.reference) }
  }
  _ = CatalogWriter.json(catalog)
  for agreement in catalog.agreements {
    _ = catalog.agreement(agreement.id)
    _ = catalog.agreements(relatingTo: agreement.id)
    _ = catalog.replacements(of: agreement.id)
  }
  for visit in catalog.visits { _ = catalog.agreements(of: visit.id) }
  for party in catalog.parties { _ = catalog.agreements(withParty: party.id) }
  for person in catalog.people { _ = catalog.agreements(withPerson: person.id) }
  _ = catalog.agreements(matching: AgreementFilter(types: Set(DocumentType.allCases)))
  _ = Summary(of: catalog)
  _ = catalog.search("agreement memorandum")
  if let query = SearchQuery("LUPEX") { _ = catalog.search(query, among: [.party]) }
  for scope in NameResolver.Scope.allCases { _ = NameResolver(catalog: catalog, scope: scope).resolve("agreement-1") }
  _ = catalog.readFailure
}

/// Whole, in outline for counts, and for a listing.
let needings: [AgreementNeeds] = [
  .whole, .outlines, .listing(AgreementFilter(types: [.memorandumOfUnderstanding])),
]

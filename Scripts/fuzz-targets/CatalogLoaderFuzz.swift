// libFuzzer target: any bytes given to the catalog loader end in a catalog or a CatalogError,
// never a crash, a hang or a leak; and the reader's fast path (the file's UTF-8 checked once)
// answers exactly as the plain one (each string checked on its own). Built by Scripts/fuzz
// with the AccordsCore sources.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalogLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  precondition(read(bytes, checkingEachString: false) == read(bytes, checkingEachString: true), "fast path differs")
  // Keeping only the memoranda whole must find the same problems and keep the same memoranda.
  let shown = AgreementFilter(types: [.memorandumOfUnderstanding])
  precondition(lean(bytes, keepingWhole: shown) == lean(bytes, keepingWhole: nil), "outlining differs")
  do {
    let catalog = try CatalogLoader.load(files: [(name: "fuzz.json", bytes: bytes)])
    // A catalog that loads must export and load back to the same bytes.
    let exported = CatalogWriter.json(catalog)
    let again = try CatalogLoader.load(files: [(name: "export.json", bytes: Array(exported.utf8))])
    precondition(CatalogWriter.json(again) == exported, "export does not round-trip")
  } catch {
    _ = error.description
  }
  return 0
}

/// Everything a reading gave, as text: the document and the problems, or the syntax error.
func read(_ bytes: [UInt8], checkingEachString: Bool) -> String {
  var reader = CatalogReader(bytes: bytes, checkingEachString: checkingEachString)
  do {
    let document = try reader.readDocument()
    return "\(document) \(reader.issues)"
  } catch {
    return "\(error.offset): \(error.message)"
  }
}

/// What loading gave, as text: the agreements the filter shows, or the error.
func lean(_ bytes: [UInt8], keepingWhole shown: AgreementFilter?) -> String {
  do {
    let catalog = try CatalogLoader.load(files: [(name: "fuzz.json", bytes: bytes)], keepingWhole: shown)
    let encoder = RecordEncoder(catalog: catalog, style: .expanded)
    let memoranda = catalog.agreements.filter { $0.type == .memorandumOfUnderstanding }
    return "\(catalog.agreements.count) " + JSONValue.array(memoranda.map(encoder.agreement)).compact
  } catch {
    return error.description
  }
}

// libFuzzer target: any bytes given to the catalog loader end in a catalog or a CatalogError,
// never a crash, a hang or a leak; the reader's fast path (UTF-8 checked ahead) answers exactly
// as the plain one (each string checked on its own), and agreements kept in outline for a
// listing or for counts give the same answers as kept whole; a catalog that loads reads back
// from its image (`accords index`) as it was. Built by Scripts/fuzz with the
// AccordsCore sources.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalogLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  precondition(read(bytes, checkingEachString: false) == read(bytes, checkingEachString: true), "fast path differs")
  // Keeping only the memoranda whole must find the same problems and keep the same memoranda.
  let memoranda = AgreementNeeds.listing(AgreementFilter(types: [.memorandumOfUnderstanding]))
  precondition(lean(bytes, needing: memoranda) == lean(bytes, needing: .whole), "outlining for a listing differs")
  precondition(counts(bytes, needing: .counts) == counts(bytes, needing: .whole), "outlining for counts differs")
  do {
    let catalog = try CatalogLoader.load(files: [(name: "fuzz.json", bytes: bytes)])
    // A catalog that loads must export and load back to the same bytes.
    let exported = CatalogWriter.json(catalog)
    let again = try CatalogLoader.load(files: [(name: "export.json", bytes: Array(exported.utf8))])
    precondition(CatalogWriter.json(again) == exported, "export does not round-trip")
    // And its index reads back to the same catalog.
    precondition(imageRoundTrip(catalog) == exported, "the image does not round-trip")
  } catch {
    _ = error.description
  }
  return 0
}

/// The catalog read back from its image, exported; the damage as text if it could not be read.
func imageRoundTrip(_ catalog: Catalog) -> String {
  let stamp = FileStamp(size: 0, modified: (0, 0), changed: (0, 0), inode: 0, device: 0)
  let image = CatalogImage.bytes(of: catalog, file: stamp, contentHash: 0, producer: "fuzz")
  let bytes = DocumentBytes(copying: image)
  do throws(ImageDamage) {
    let read = try CatalogImage.catalog(
      bytes, try CatalogImage.header(bytes.buffer), failures: ReadFailures { _ in .invalid([]) })
    let json = CatalogWriter.json(read)
    return read.readFailure.map { "\($0)" } ?? json
  } catch {
    return "\(error)"
  }
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
func lean(_ bytes: [UInt8], needing needs: AgreementNeeds) -> String {
  do {
    let catalog = try CatalogLoader.load(files: [(name: "fuzz.json", bytes: bytes)], needing: needs)
    let encoder = RecordEncoder(catalog: catalog, style: .expanded)
    let memoranda = catalog.agreements.filter { $0.type == .memorandumOfUnderstanding }
    return "\(catalog.agreements.count) " + JSONValue.array(memoranda.map(encoder.agreement)).compact
  } catch {
    return error.description
  }
}

/// What loading gave, as text: the statistics of the catalog, or the error.
func counts(_ bytes: [UInt8], needing needs: AgreementNeeds) -> String {
  do {
    return "\(Summary(of: try CatalogLoader.load(files: [(name: "fuzz.json", bytes: bytes)], needing: needs)))"
  } catch {
    return error.description
  }
}

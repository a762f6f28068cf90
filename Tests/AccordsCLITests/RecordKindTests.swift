import AccordsCLI
import AccordsData
import Testing

@testable import AccordsCore

/// Every kind of record is covered by every layer: the catalog's index, the resolver, search,
/// `show` in both formats and both JSON encodings, validation rules of its own, and tables in
/// the SQL export. The kinds come from `RecordKind.allCases`, so a
/// new kind that a layer leaves out fails here.
@Suite struct RecordKindTests {
  static let catalog: Catalog? = try? Catalog.bundled()

  @Test(arguments: RecordKind.allCases)
  func everyLayerCoversTheKind(kind: RecordKind) throws {
    let catalog = try #require(Self.catalog)
    let record = try #require(catalog.records(of: kind).first, "the bundled catalog has no \(kind)")
    #expect(record.reference.kind == kind)
    #expect(catalog.record(record.reference)?.reference == record.reference)

    guard case .found(let match) = NameResolver(catalog: catalog, scope: .everything).resolve(record.reference.id)
    else {
      Issue.record("the resolver does not find \(kind) \(record.reference.id)")
      return
    }
    #expect(match.subject == record.reference)
    #expect(catalog.search(record.reference.id).contains { $0.kind == kind && $0.id == record.reference.id })

    for format in ["table", "json"] {
      let shown = accords("show", record.reference.id, "--format", format)
      #expect(shown.exitCode == .success, "show \(record.reference.id) --format \(format): \(shown.stderr)")
    }
    for style in [RecordEncoder.Style.file, .expanded] {
      guard case .object(let members) = RecordEncoder(catalog: catalog, style: style).encode(record) else {
        Issue.record("\(kind) does not encode as an object")
        return
      }
      #expect(!members.isEmpty)
    }
  }

  /// Each kind has rules of its own (`ValidatedRecord`) and its tables in the SQL export, placed
  /// in the order of tables and of notes (`SQLRecord`); the export holds a table named for it.
  @Test(arguments: RecordKind.allCases)
  func everyKindHasRulesAndTables(kind: RecordKind) throws {
    let catalog = try #require(Self.catalog)
    let record = try #require(catalog.records(of: kind).first)
    #expect(record is any ValidatedRecord, "\(kind) has no validation rules")
    let type = try #require(Swift.type(of: record) as? any SQLRecord.Type, "\(kind) has no SQL tables")
    let identity = ObjectIdentifier(type)
    #expect(CatalogSQL.kindsInTableOrder.contains { ObjectIdentifier($0) == identity }, "\(kind) is not exported")
    #expect(CatalogSQL.kindsInNotesOrder.contains { ObjectIdentifier($0) == identity }, "\(kind)'s notes are not")
    let tables = type.sqlTables(catalog)
    #expect(tables.first?.rows.isEmpty == false, "\(kind)'s own table is empty")
    let exported = Set(CatalogSQL.tables(catalog).map(\.name))
    #expect(tables.allSatisfy { exported.contains($0.name) })
  }

  @Test func recordsHoldEveryKindInOrder() throws {
    let catalog = try #require(Self.catalog)
    let kinds = catalog.records.map(\.reference.kind)
    let order = Dictionary(uniqueKeysWithValues: RecordKind.allCases.enumerated().map { ($1, $0) })
    #expect(kinds == kinds.sorted { order[$0, default: 0] < order[$1, default: 0] })
    #expect(Set(kinds) == Set(RecordKind.allCases))
  }
}

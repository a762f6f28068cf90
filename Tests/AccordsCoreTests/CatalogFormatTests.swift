import AccordsData
import Foundation
import Testing

@testable import AccordsCore

/// The published JSON Schema, the reader and the writer describe one format.
@Suite struct CatalogFormatTests {
  static let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Data/schema/catalog.schema.json")

  static var schema: [String: Any] {
    guard let data = try? Data(contentsOf: schemaURL),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return [:] }
    return object
  }

  /// The schema's definition of each kind of object, by the names `CatalogFormat` uses.
  static func definition(_ type: String) -> [String: Any]? {
    if type == "catalog" { return schema }
    return (schema["$defs"] as? [String: Any])?[type] as? [String: Any]
  }

  static let types = CatalogFormat.fields.keys.filter { $0 != "catalog part" }.sorted()

  @Test func isDraft2020_12WithoutUnknownFields() {
    #expect(Self.schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    for type in Self.types {
      #expect(Self.definition(type)?["additionalProperties"] as? Bool == false, "\(type)")
    }
  }

  @Test(arguments: types)
  func schemaListsTheSameFieldsAsTheReader(type: String) throws {
    let definition = try #require(Self.definition(type), "the schema has no definition for \(type)")
    let properties = try #require(definition["properties"] as? [String: Any])
    let format = try #require(CatalogFormat.fields[type])
    #expect(Set(properties.keys) == Set(format.all))
    #expect(Set(definition["required"] as? [String] ?? []) == format.required)
  }

  @Test(arguments: [
    ("agreement", "type", DocumentType.allCases.map(\.rawValue)),
    ("source", "kind", Source.Kind.allCases.map(\.rawValue)),
    ("note", "kind", Note.Kind.allCases.map(\.rawValue)),
    ("partnership", "kind", Partnership.Kind.allCases.map(\.rawValue)),
    ("figure", "qualifier", Figure.Qualifier.allCases.map(\.rawValue)),
    ("figure", "kind", Figure.Kind.allCases.map(\.rawValue)),
    ("region", "kind", Region.Kind.allCases.map(\.rawValue)),
    ("alias", "kind", Alias.Kind.allCases.map(\.rawValue)),
    ("party", "country", Country.allCases.map(\.rawValue)),
  ])
  func schemaAllowsTheSameValuesAsTheModel(type: String, field: String, values: [String]) throws {
    let properties = try #require(Self.definition(type)?["properties"] as? [String: Any])
    let property = try #require(properties[field] as? [String: Any])
    let allowed = (property["enum"] as? [String]) ?? ((property["$ref"] as? String).map { _ in values } ?? [])
    #expect(allowed == values)
  }

  @Test func writerEmitsFieldsInTheFormatsOrder() throws {
    let exported = CatalogWriter.value(try Catalog.bundled())
    guard case .object(let sections) = exported else {
      Issue.record("not an object")
      return
    }
    #expect(sections.map(\.key) == CatalogFormat.fields["catalog"]?.all)
    for (section, type) in [
      ("agreements", "agreement"), ("partnerships", "partnership"), ("regions", "region"), ("figures", "figure"),
    ] {
      guard case .array(let records)? = sections.first(where: { $0.key == section })?.value else { continue }
      for case .object(let members) in records {
        let order = try #require(CatalogFormat.fields[type]).all
        let keys = members.map(\.key)
        #expect(keys == order.filter(keys.contains), "\(section) field order")
      }
    }
  }
}

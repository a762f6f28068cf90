// swift-tools-version: 6.2
import PackageDescription

let package = Package(
  name: "Accords",
  products: [
    .library(name: "AccordsCore", targets: ["AccordsCore"]),
    .executable(name: "accords", targets: ["accords"]),
  ],
  targets: [
    // The domain: model, loading, queries and statistics. Knows nothing about terminals.
    .target(
      name: "AccordsCore",
      plugins: ["EmbedCatalogPlugin"]
    ),
    // Hand-written command-line parsing, help, suggestions and wrapping, in the manner of
    // swift-argument-parser. Knows nothing about diplomacy.
    .target(name: "CommandLineKit"),
    // The people-facing layer: the commands and their rendering. Pure functions of the
    // arguments and the terminal's traits, so tests run it in-process.
    .target(
      name: "AccordsCLI",
      dependencies: ["AccordsCore", "CommandLineKit"]
    ),
    // The thin process wrapper: reads argv and the environment, writes, exits.
    .executableTarget(
      name: "accords",
      dependencies: ["AccordsCLI"]
    ),
    // Build-time tool: turns Data/*.json into a Swift source of string literals.
    .executableTarget(name: "EmbedCatalog"),
    .plugin(
      name: "EmbedCatalogPlugin",
      capability: .buildTool(),
      dependencies: ["EmbedCatalog"]
    ),
    .testTarget(
      name: "AccordsCoreTests",
      dependencies: ["AccordsCore"]
    ),
    .testTarget(
      name: "CommandLineKitTests",
      dependencies: ["CommandLineKit"]
    ),
    .testTarget(
      name: "AccordsCLITests",
      dependencies: ["AccordsCLI", "accords"]
    ),
  ],
  swiftLanguageModes: [.v6]
)

// Settings every Swift target shares: stricter than the defaults, so that mistakes surface
// at compile time rather than in a user's terminal.
for target in package.targets where target.type != .plugin {
  var settings = target.swiftSettings ?? []
  settings.append(contentsOf: [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .treatWarning("ExplicitSendable", as: .error),
  ])
  target.swiftSettings = settings
}

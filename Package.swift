// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Nexus",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NexusCore", targets: ["NexusCore"]),
        .library(name: "NexusText", targets: ["NexusText"]),
        .library(name: "NexusLearning", targets: ["NexusLearning"]),
        .library(name: "NexusEntities", targets: ["NexusEntities"]),
        .library(name: "NexusSyntax", targets: ["NexusSyntax"]),
        .library(name: "NexusEvents", targets: ["NexusEvents"]),
        .library(name: "NexusAnalysis", targets: ["NexusAnalysis"]),
        .library(name: "NexusGraphviz", targets: ["NexusGraphviz"]),
        .library(name: "NexusExport", targets: ["NexusExport"]),
        .library(name: "NexusStore", targets: ["NexusStore"]),
        .library(name: "NexusPipeline", targets: ["NexusPipeline"]),
        .executable(name: "nexus", targets: ["nexus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Property-based tests (test targets only).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        // The C boundary: Graphviz's gvc and cgraph, found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Value types shared by every stage: documents, mentions, entities, relations, graphs.
        .target(name: "NexusCore"),
        // Reading documents (text, Markdown, HTML, JSON Lines, encodings), tokenizer, sentence splitter.
        .target(name: "NexusText", dependencies: ["NexusCore"]),
        // A software prefetch (one static inline C function), which Swift lacks; used by NexusLearning.
        .target(name: "CPrefetch"),
        // Averaged perceptron, feature hashing, Viterbi decoding, model byte reading: shared by taggers.
        .target(name: "NexusLearning", dependencies: ["NexusCore", "CPrefetch"]),
        // NER tagger and its features, gazetteers, typing, resolution, alias tables.
        .target(
            name: "NexusEntities",
            dependencies: ["NexusCore", "NexusText", "NexusLearning"],
            resources: [.copy("Resources")]
        ),
        // Affiliations, commitments, amounts, time expressions, co-mentions; the corpus resolver.
        // Part-of-speech tags and dependency trees (UD), on the shared learning machinery.
        .target(
            name: "NexusSyntax",
            dependencies: ["NexusCore", "NexusLearning"],
            resources: [.copy("Resources")]
        ),
        .target(name: "NexusEvents", dependencies: ["NexusCore", "NexusText", "NexusEntities", "NexusSyntax"], resources: [.copy("Resources")]),
        // Graph algorithms on a compact index-based graph.
        .target(name: "NexusAnalysis", dependencies: ["NexusCore"]),
        // The only module that imports CGraphviz.
        .target(name: "NexusGraphviz", dependencies: ["NexusCore", "CGraphviz"]),
        // JSON, GraphML, GEXF and CSV writers; the JSON reader.
        .target(name: "NexusExport", dependencies: ["NexusCore"], resources: [.copy("Resources")]),
        // The SQLite store (GRDB): versioned schema, per-document analyses, derived tables.
        .target(name: "NexusStore", dependencies: ["NexusCore", .product(name: "GRDB", package: "GRDB.swift")]),
        // Orchestration of the stages (documents in, graph and analyses out), shared by the CLI and the benchmark.
        .target(
            name: "NexusPipeline",
            dependencies: ["NexusCore", "NexusText", "NexusEntities", "NexusSyntax", "NexusEvents", "NexusAnalysis", "NexusExport", "NexusStore"]
        ),
        .executableTarget(
            name: "nexus",
            dependencies: [
                "NexusCore", "NexusText", "NexusLearning", "NexusEntities", "NexusSyntax", "NexusEvents", "NexusAnalysis", "NexusGraphviz", "NexusExport",
                "NexusStore", "NexusPipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "nexus-bench",
            dependencies: ["NexusCore", "NexusAnalysis", "NexusPipeline", "NexusGraphviz", "NexusSyntax"]
        ),
        .testTarget(name: "NexusCoreTests", dependencies: ["NexusCore"]),
        .testTarget(name: "NexusTextTests", dependencies: ["NexusText", "NexusTestSupport", .product(name: "PropertyBased", package: "swift-property-based")], resources: [.copy("Fixtures")]),
        .testTarget(name: "NexusEntitiesTests", dependencies: ["NexusEntities", "NexusText", "NexusLearning"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NexusSyntaxTests", dependencies: ["NexusSyntax", "NexusLearning", "NexusCore", "NexusText"]),
        .testTarget(name: "NexusEventsTests", dependencies: ["NexusEvents", "NexusEntities", "NexusTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NexusAnalysisTests", dependencies: ["NexusAnalysis", .product(name: "PropertyBased", package: "swift-property-based")], resources: [.copy("Fixtures")]),
        .testTarget(name: "NexusGraphvizTests", dependencies: ["NexusGraphviz", "NexusTestSupport"]),
        // Helpers shared by test targets: running Python's independent readers.
        .target(name: "NexusTestSupport", path: "Tests/NexusTestSupport"),
        .testTarget(name: "NexusExportTests", dependencies: ["NexusExport", "NexusTestSupport", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "NexusPipelineTests", dependencies: ["NexusPipeline", "NexusTestSupport", .product(name: "PropertyBased", package: "swift-property-based")], exclude: ["Fixtures"]),
        .testTarget(name: "NexusStoreTests", dependencies: ["NexusStore", "NexusCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "NexusCLITests", dependencies: ["nexus", "NexusStore"]),
    ]
)

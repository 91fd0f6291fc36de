// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for Nexus's readers, kept out of the main package so that its `swift build`
// and `swift test` never see them. Built and run by `Scripts/fuzz.sh`:
//
//     swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address
//
// Each executable's main.swift enters libFuzzer's driver (`LLVMFuzzerRunDriver`) with its
// `LLVMFuzzerTestOneInput` function: SwiftPM gives executables a `main` of their own.

/// The main package is this folder's parent; SwiftPM names a path dependency after its folder,
/// which is whatever the clone is called.
let nexus = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "nexus"

func fuzzTarget(_ name: String, folder: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: nexus) },
        path: "Sources/\(folder)"
    )
}

let package = Package(
    name: "NexusFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        // Invariant checks shared by the targets: a broken one prints its reason and traps.
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver"], path: "Sources/FuzzSupport"),
        // The declaration of libFuzzer's driver entry point.
        .target(name: "CFuzzerDriver", path: "Sources/CFuzzerDriver"),
        fuzzTarget("fuzz-documents", folder: "FuzzDocuments", ["NexusCore", "NexusText"]),
        fuzzTarget("fuzz-text", folder: "FuzzText", ["NexusCore", "NexusText"]),
        fuzzTarget("fuzz-json", folder: "FuzzJSON", ["NexusCore", "NexusExport"]),
        fuzzTarget("fuzz-edge-list", folder: "FuzzEdgeList", ["NexusAnalysis"]),
        fuzzTarget("fuzz-aliases", folder: "FuzzAliases", ["NexusCore", "NexusEntities"]),
        fuzzTarget("fuzz-corrections", folder: "FuzzCorrections", ["NexusCore", "NexusPipeline"]),
    ]
)

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "SoLieu",
    products: [
        .library(name: "SoLieu", targets: ["SoLieu"]),
        .executable(name: "solieu", targets: ["solieu"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system ICU: flags from pkg-config, libraries to link. Its header includes no ICU header.
        .systemLibrary(
            name: "CICUSystem",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        // Prefixed wrappers over ICU. ICU headers are included only in the .c files, so Swift code
        // importing both Foundation and CICU never sees ICU's own declarations.
        .target(
            name: "CICU",
            dependencies: ["CICUSystem"],
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        // SHA-256 in C, on the x86 SHA extensions when the CPU has them (chosen at run time), in
        // portable C otherwise. Needs no flags: only its accelerated functions target those extensions.
        .target(name: "CHash"),
        .target(
            name: "SoLieu",
            dependencies: ["CICU", "CHash"],
            resources: [.embedInCode("Resources/lexicons"), .embedInCode("Resources/schema")],
            // Debug builds (the tests') count the work of hot loops: see WorkCounter.
            swiftSettings: [.define("SOLIEU_WORK_COUNTER", .when(configuration: .debug))]
        ),
        .executableTarget(
            name: "solieu",
            dependencies: ["SoLieu", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            // Release builds are one static executable (Swift runtime, Foundation, ICU, libc): no
            // dynamic loading, symbol binding or relocation at start, about 10 ms less per run (see
            // docs/startup.md). Debug builds (the tests') keep the shared libraries.
            swiftSettings: [.unsafeFlags(["-static-executable"], .when(configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-executable"], .when(configuration: .release))]
        ),
        // The benchmark's in-process part (bench/run.sh runs it and the CLI and prints the table).
        .executableTarget(name: "solieu-bench", dependencies: ["SoLieu"], path: "bench/Sources/solieu-bench"),
        .testTarget(name: "SoLieuTests", dependencies: ["SoLieu", "CHash"]),
        .testTarget(name: "CLITests", dependencies: ["solieu", "SoLieu"]),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.0
// The fuzz target of SoLieu: a separate package, so that `swift build` and `swift test` of the main
// package never see it. Build and run it with `fuzz/run.sh` (libFuzzer through -sanitize=fuzzer).
import PackageDescription

let package = Package(
    name: "SoLieuFuzz",
    dependencies: [.package(name: "SoLieu", path: "..")],
    targets: [
        .executableTarget(
            name: "SoLieuFuzz",
            dependencies: [.product(name: "SoLieu", package: "SoLieu")],
            // libFuzzer brings `main`: the target is a library of entry points, not a program.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)

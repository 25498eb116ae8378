import Foundation
@testable import SoLieu

/// Shared helpers for the tests.
enum TestSupport {
    /// The repository root (tests read `corpus/` and `schema/` from it).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh extractor for the calling test (extractors are per thread).
    static func extractor() throws -> Extractor { try Extractor() }

    /// The facts of `text` read as an article body under a one-word headline ("Tin").
    static func facts(_ text: String) throws -> [Fact] {
        try extractor().extract(text: "Tin\n\n" + text).facts
    }

    /// The count facts of `facts` as "measure value" labels ("party_members.admitted 27"), in order.
    static func countLabels(_ facts: [Fact]) -> [String] {
        facts.filter { $0.kind == .count }.map { "\($0.measure ?? "") \(Int($0.value ?? -1))" }
    }

    /// The `.txt` and `.html` files of the given repository folders, then of `../shared/seed`, each
    /// folder in name order, with their bytes.
    static func corpusFiles(_ folders: [String]) -> [(name: String, path: String, bytes: [UInt8])] {
        let directories = folders.map { root.appendingPathComponent($0) }
            + [root.deletingLastPathComponent().appendingPathComponent("shared/seed")]
        var files: [(name: String, path: String, bytes: [UInt8])] = []
        for directory in directories {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
                .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted()
            for name in names {
                let path = directory.appendingPathComponent(name).path
                guard let bytes = FileManager.default.contents(atPath: path) else { continue }
                files.append((name, path, Array(bytes)))
            }
        }
        return files
    }
}

/// A seeded generator (SplitMix64): random test inputs are the same on every run, so failures
/// reproduce.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

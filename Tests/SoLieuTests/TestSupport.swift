import Foundation
@testable import SoLieu

/// Shared helpers for the tests.
enum TestSupport {
    /// The repository root (tests read `corpus/` and `schema/` from it).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh extractor for the calling test (extractors are per thread).
    static func extractor() throws -> Extractor { try Extractor() }
}

import Foundation
import Testing
@testable import SoLieu

/// No super-linear path: for each adversarial family, the work the extraction does (steps counted
/// by `WorkCounter` in the hot loops, never seconds) at twice and four times the size grows no
/// faster than the size. Linear work gives ratios of 2 and 4; quadratic work 4 and 16.
struct LinearityTests {
    /// The base size of each family (units; texts are a few kilobytes, and families whose facts
    /// share one sentence are longer than `FactContext.maximumSentenceLength` from the base size on).
    static let base = 30

    static func steps(_ family: AdversarialText.Family, _ n: Int, _ extractor: Extractor) throws -> Int {
        let text = family.make(n)
        if family.html {
            let input = InputDocument(id: "page", path: "page.html", bytes: Array(text.utf8))
            return WorkCounter.measure { _ = extractor.record(for: input) }.steps
        }
        return try WorkCounter.measure { _ = try extractor.extract(text: text) }.steps
    }

    @Test(.enabled(if: WorkCounter.isEnabled, "work is counted in debug builds only"),
          arguments: AdversarialText.families)
    func workGrowsLinearly(_ family: AdversarialText.Family) throws {
        let extractor = try TestSupport.extractor()
        let one = try Self.steps(family, Self.base, extractor)
        let two = try Self.steps(family, 2 * Self.base, extractor)
        let four = try Self.steps(family, 4 * Self.base, extractor)
        let (r2, r4) = (Double(two) / Double(one), Double(four) / Double(one))
        print("linearity \(family.name): \(one) \(two) \(four) steps, ×\(String(format: "%.2f", r2)) ×\(String(format: "%.2f", r4))")
        #expect(one > 0)
        #expect(r2 <= 2.5 && r4 <= 5, "\(family.name): \(one), \(two), \(four) steps")
    }
}

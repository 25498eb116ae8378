import Foundation
import Testing
@testable import SoLieu

/// Runs every case of every spec file in `corpus/specs/`: each file names a recogniser and holds
/// `input → expected` cases, positives and negatives (an empty `expected`).
struct RecognizerSpecTests {
    struct SpecCase: Sendable, CustomTestStringConvertible {
        let file: String
        let index: Int
        let recognizer: String
        let input: String
        let expected: [RecognizerProbe.Found]
        var testDescription: String { "\(file)#\(index): \(input.prefix(60))" }
    }

    static let specDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus/specs")

    static func loadCases() -> [SpecCase] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: specDirectory.path)) ?? []
        var cases: [SpecCase] = []
        for file in files.sorted() where file.hasSuffix(".json") {
            guard let text = try? String(contentsOf: specDirectory.appendingPathComponent(file), encoding: .utf8),
                  let json = try? JSONValue.parse(text), let recognizer = json["recognizer"]?.stringValue,
                  let items = json["cases"]?.arrayValue else {
                cases.append(SpecCase(file: file, index: -1, recognizer: "unreadable", input: "", expected: []))
                continue
            }
            for (i, item) in items.enumerated() {
                let expected = (item["expected"]?.arrayValue ?? []).map {
                    RecognizerProbe.Found(text: $0["text"]?.stringValue ?? "", value: $0["value"]?.stringValue ?? "")
                }
                cases.append(SpecCase(file: file, index: i, recognizer: recognizer,
                                      input: item["input"]?.stringValue ?? "", expected: expected))
            }
        }
        return cases
    }

    static let cases = loadCases()

    @Test func specFilesHoldEnoughCases() {
        #expect(Self.cases.count >= 150)
        #expect(Self.cases.filter(\.expected.isEmpty).count >= 30)
        #expect(!Self.cases.contains { $0.index < 0 }, "a spec file could not be read")
    }

    @Test(arguments: cases)
    func specCase(_ c: SpecCase) throws {
        let extractor = try TestSupport.extractor()
        let found = try RecognizerProbe.run(c.recognizer, on: c.input, extractor: extractor)
        #expect(found == c.expected, "\(c.file) case \(c.index): \(c.input)")
    }
}

import Foundation
import Testing
@testable import SoLieu

/// `SchemaPattern` must answer as `NSRegularExpression` does: these tests compare both over the
/// bundled schema's patterns and others, on inputs built to hit their edges.
struct SchemaPatternTests {
    /// Every `pattern` in a schema document.
    private func patterns(in value: JSONValue) -> [String] {
        switch value {
        case .object(let pairs):
            return pairs.flatMap { key, v in key == "pattern" ? [v.stringValue].compactMap { $0 } : patterns(in: v) }
        case .array(let items):
            return items.flatMap(patterns(in:))
        default:
            return []
        }
    }

    private func icuMatches(_ pattern: String, _ string: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern) else {
            return string.range(of: pattern, options: .regularExpression) != nil
        }
        return regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) != nil
    }

    /// Deterministic inputs: fixed edge cases and strings drawn from `alphabet`.
    private func inputs(_ fixed: [String], alphabet: [String], count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        var out = fixed
        for _ in 0..<count {
            let length = next() % 24
            out.append((0..<length).map { _ in alphabet[next() % alphabet.count] }.joined())
        }
        return out
    }

    private let edges = ["", "2024-05-01", "2024-05-01T08:30", "2024-05-01T08:30:15+07:00", "2024-05-01T08:30Z",
                         "2024-05-01\n", "2024-05-01\r\n", "2024-05-01\u{2028}", "x2024-05-01", "2024-05-011",
                         "٢٠٢٤-٠٥-٠١", "2024-05-01T08:30:15+0700", String(repeating: "a", count: 64),
                         String(repeating: "f0", count: 32), String(repeating: "F0", count: 32), "input_too_large",
                         "Bad_code", "a", "_a", "a-b", "ab12_", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "colour", "color"]

    @Test func bundledSchemaPatternsArePlainAndMatchLikeICU() throws {
        let schema = try JSONValue.parse(SchemaValidator.articleSchemaText)
        let found = patterns(in: schema)
        #expect(found.count >= 4)
        let alphabet = ["0", "1", "2", "9", "a", "f", "g", "z", "A", "F", "T", "Z", "-", ":", "+", "_", " ", "\n", "٣", "ü"]
        for pattern in found {
            let compiled = SchemaPattern(pattern)
            #expect(compiled.isPlain, "\(pattern)")
            for input in inputs(edges, alphabet: alphabet, count: 3000, seed: 7) {
                #expect(compiled.matches(input) == icuMatches(pattern, input), "\(pattern) on \(input.debugDescription)")
            }
        }
    }

    @Test func otherPatternsMatchLikeICU() {
        let plain = ["a|b", "^(ab)+c$", "x{2,3}", "^x{2,}$", "^[\\d_]+$", "\\.", "^colou?r$", "^(a*)*b$", "b+", "^$",
                     "^(a|bc|)d$", "[a-c][0-2]?", "[+-]", "^[-a]+$", "[a-]", "^\\$\\^$", "a\\$", "^(x|y){3}$", "c[a-z]*$"]
        let notPlain = ["", ".", "^a.b$", "\\w+", "[^a]", "(?:a)", "a*?", "a++", "\\s", "[a-c-]", "[--a]", "[[a]]", "\\bx", "(?i)a",
                        "a{", "a{2,1}", "a)", "(a"]
        let alphabet = ["a", "b", "c", "d", "x", "y", "0", "1", "2", "_", ".", "$", "^", "\n", "٣", "o", "l", "r", "u", "-", "+"]
        for pattern in plain + notPlain {
            let compiled = SchemaPattern(pattern)
            if plain.contains(pattern) { #expect(compiled.isPlain, "\(pattern)") }
            if notPlain.contains(pattern) { #expect(!compiled.isPlain, "\(pattern)") }
            for input in inputs(edges, alphabet: alphabet, count: 1500, seed: 11) {
                #expect(compiled.matches(input) == icuMatches(pattern, input), "\(pattern) on \(input.debugDescription)")
            }
        }
    }
}

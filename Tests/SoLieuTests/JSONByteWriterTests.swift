import Foundation
import Testing
@testable import SoLieu

/// The byte writer against the tree's serialiser (`JSONValue.serializedBytes`), on what records
/// rarely hold: every escape at every offset around the eight-byte steps, numbers of every form,
/// nesting of every shape, and a buffer that must grow.
struct JSONByteWriterTests {
    /// The writer's bytes for `value` (driven as events).
    static func written(_ value: JSONValue, pretty: Bool, capacity: Int = 4096) -> [UInt8] {
        var writer = JSONByteWriter(pretty: pretty, capacity: capacity)
        StreamPlanTests.emit(value, to: &writer)
        return writer.bytes
    }

    static let pieces = ["a", " ", "Đảng", "ạ", "\"", "\\", "\n", "\r", "\t", "\u{00}", "\u{01}", "\u{08}", "\u{0C}", "\u{1F}",
                         "\u{7F}", "/", "\u{2028}", "\u{2029}", "\u{2026}", "\u{201C}", "\u{2027}", "\u{202A}", "\u{80}", "😀", "12345678"]

    @Test func stringsAreEscapedAsTheTreeEscapesThem() {
        for special in Self.pieces {
            for before in 0..<20 {
                for after in [0, 1, 7, 8, 9] {
                    let s = String(repeating: "x", count: before) + special + String(repeating: "y", count: after)
                    #expect(Self.written(.string(s), pretty: false) == JSONValue.string(s).serializedBytes(), "\(s.debugDescription)")
                }
            }
        }
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<3_000 {
            let s = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            #expect(Self.written(.string(s), pretty: false) == JSONValue.string(s).serializedBytes(), "\(s.debugDescription)")
        }
    }

    @Test func numbersAreWrittenAsTheTreeWritesThem() {
        var values: [Double] = [0, -0.0, 1.5, -2.25, 1e15, 1e15 - 1, -1e15 + 1, -1e15, 1e20, 0.1, 1e-7, 123456.789,
                                .nan, .infinity, -.infinity, .greatestFiniteMagnitude, .leastNonzeroMagnitude]
        var generator = SeededGenerator(seed: 6)
        for _ in 0..<500 {
            values.append(Double.random(in: -1e17...1e17, using: &generator))
            values.append(Double(Int.random(in: -1_000_000...1_000_000, using: &generator)) / 100)
        }
        for v in values {
            var writer = JSONByteWriter(pretty: false)
            writer.number(v)
            #expect(writer.bytes == JSONValue.number(v).serializedBytes(), "\(v)")
        }
    }

    @Test func nestingIsWrittenAsTheTreeWritesIt() throws {
        let fixed = try [#"[]"#, #"{}"#, #"[[]]"#, #"[{}, []]"#, #"{"facts": [], "id": {}}"#, #"[[1, [2, []]], {"value": [null]}]"#]
            .map { try JSONValue.parse($0) }
        var generator = SeededGenerator(seed: 7)
        let random = (0..<500).map { _ in StreamPlanTests.randomValue(&generator, depth: 0) }
        for value in fixed + random {
            for pretty in [false, true] {
                let expected = value.serializedBytes(pretty: pretty)
                #expect(Self.written(value, pretty: pretty) == expected, "\(value.serialized()) pretty=\(pretty)")
                #expect(Self.written(value, pretty: pretty, capacity: 1) == expected, "\(value.serialized()) grown")
            }
        }
    }
}

import Foundation
import Testing
@testable import SoLieu

struct SchemaAndInputTests {
    @Test func bundledSchemaIsTheFileInSchemaFolder() throws {
        let onDisk = try String(contentsOf: TestSupport.root.appendingPathComponent("schema/article.schema.json"), encoding: .utf8)
        #expect(SchemaValidator.articleSchemaText == onDisk)
        let parsed = try JSONValue.parse(onDisk)
        #expect(parsed["$schema"]?.stringValue == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test func validatorRejectsBrokenRecords() throws {
        let extractor = try TestSupport.extractor()
        let record = extractor.record(for: InputDocument(id: "x", path: nil, bytes: Array("Chi bộ An Lạc có 12 đảng viên.".utf8)))
        let good = record.json()
        #expect(SchemaValidator.article.validate(good).isEmpty)
        guard case .object(var pairs) = good else { Issue.record("not an object"); return }
        pairs.removeAll { $0.0 == "published" }
        #expect(!SchemaValidator.article.validate(.object(pairs)).isEmpty, "missing field")
        var broken = record
        broken.facts[0].measure = "party_members.everything"
        #expect(!SchemaValidator.article.validate(broken.json()).isEmpty, "unknown measure")
        let repaired = extractor.validated(broken)
        #expect(repaired.facts.isEmpty)
        #expect(repaired.diagnostics.contains { $0.code == "schema_violation" && $0.level == .error })
        #expect(SchemaValidator.article.validate(repaired.json()).isEmpty)
    }

    @Test(arguments: [
        ([UInt8](), "empty_input"),
        (Array("   \n\t ".utf8), "empty_input"),
        ([0x44, 0xC3, 0x28, 0x41], "invalid_utf8"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "binary_input"),  // a PNG header
        (Array("PK\u{03}\u{04}".utf8) + [0, 0, 0, 8, 0], "binary_input"),
        ([0xC0, 0xAF], "invalid_utf8"),
    ])
    func badInputGivesAnErrorRecord(_ bytes: [UInt8], _ code: String) throws {
        let record = try TestSupport.extractor().record(for: InputDocument(id: "bad", path: nil, bytes: bytes))
        #expect(record.facts.isEmpty)
        #expect(record.diagnostics.first?.code == code)
        #expect(record.failed)
        #expect(SchemaValidator.article.validate(record.json()).isEmpty)
    }

    @Test func utf16AndBOMInputsDecode() throws {
        let text = "Chi bộ An Lạc có 12 đảng viên."
        var le: [UInt8] = [0xFF, 0xFE]
        for u in text.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        var be: [UInt8] = [0xFE, 0xFF]
        for u in text.utf16 { be += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        let bom = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        let extractor = try TestSupport.extractor()
        for (bytes, encoding) in [(le, "utf-16le"), (be, "utf-16be"), (bom, "utf-8")] {
            let record = extractor.record(for: InputDocument(id: "x", path: nil, bytes: bytes))
            #expect(record.encoding == encoding)
            #expect(record.facts.map(\.value) == [12])
        }
    }

    @Test func jsonRoundTripsAndKeepsKeyOrder() throws {
        let text = #"{"b":1,"a":[true,null,"x\n\u00e9"],"c":96.9}"#
        let value = try JSONValue.parse(text)
        #expect(value.serialized() == #"{"b":1,"a":[true,null,"x\né"],"c":96.9}"#)
        #expect(throws: JSONParseError.self) { _ = try JSONValue.parse("{\"a\":}") }
    }

    /// Strings of every length around the eight-byte steps of the writer, with the characters that
    /// need escaping at every offset: Foundation's parser reads each back unchanged, and the
    /// output holds no raw control character, U+2028 or U+2029.
    @Test func jsonStringsEscapeAtEveryOffset() throws {
        let specials: [String] = ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{2028}", "\u{2029}", "\u{2026}", "ạ", " "]
        let filler = Array("Đảng bộ có 5.971 đảng viên")
        for length in 0..<20 {
            for offset in 0...length {
                for special in specials {
                    var s = String(filler[0..<min(length, filler.count)])
                    let cut = s.index(s.startIndex, offsetBy: min(offset, s.count))
                    s.insert(contentsOf: special, at: cut)
                    let bytes = JSONValue.array([.string(s)]).serializedBytes()
                    let parsed = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String]
                    #expect(parsed == [s], "\(s.debugDescription)")
                    let text = String(decoding: bytes, as: UTF8.self)
                    #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" })
                }
            }
        }
    }
}

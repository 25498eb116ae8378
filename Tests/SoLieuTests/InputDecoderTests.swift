import Foundation
import Testing
@testable import SoLieu

struct InputDecoderTests {
    /// "Chi bộ An Lạc có 12 đảng viên." in windows-1258: tone marks as combining bytes after vowels.
    static let windows1258Sentence: [UInt8] = Array("Chi b".utf8) + [0xF4, 0xF2] + Array(" An La".utf8) + [0xF2]
        + Array("c co".utf8) + [0xEC] + Array(" 12 ".utf8) + [0xF0] + Array("a".utf8) + [0xD2]
        + Array("ng vi".utf8) + [0xEA] + Array("n.".utf8)

    @Test func windows1258IsDetectedAndComposedToNFC() throws {
        let decoded = InputDecoder.decode(Self.windows1258Sentence)
        #expect(decoded.encoding == "windows-1258")
        let text = try #require(decoded.text)
        #expect(try Normalizer.normalize(text) == "Chi bộ An Lạc có 12 đảng viên.")
        #expect(decoded.diagnostics.map(\.code) == ["detected_encoding"])
        let record = try TestSupport.extractor().record(for: InputDocument(id: "x", path: nil, bytes: Self.windows1258Sentence))
        #expect(record.encoding == "windows-1258")
        #expect(record.facts.map(\.value) == [12])
    }

    @Test func converterRoundTripsWindows1258() throws {
        let cp1258 = try Converter("cp1258")
        #expect(cp1258.name == "windows-1258")
        let decoded = try cp1258.decode(Self.windows1258Sentence)
        #expect(decoded.badCount == 0)
        let (bytes, unmappable) = try cp1258.encode(decoded.text)
        #expect(bytes == Self.windows1258Sentence)
        #expect(unmappable == 0)
        // Precomposed "ả" is not in the code page: ICU substitutes it and says so.
        #expect(try cp1258.encode("ả").unmappable == 1)
    }

    @Test func encodingOverrideDecodesLatin1() {
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9]
        #expect(InputDecoder.decode(bytes).diagnostics.first?.code == "invalid_utf8")
        let decoded = InputDecoder.decode(bytes, encoding: "latin1")
        #expect(decoded.text == "café")
        #expect(decoded.encoding == "iso-8859-1")
    }

    @Test func westernTextIsDetectedByICU() {
        let french = "Les élèves ont été très contents de voir leur école rénovée. Ça coûte cher, mais c'est la vie à Paris."
        let bytes = french.unicodeScalars.map { UInt8($0.value) }  // Latin-1
        let decoded = InputDecoder.decode(bytes)
        #expect(decoded.text == french)
        #expect(decoded.encoding == "iso-8859-1")
    }

    @Test func undecodableBytesAreWarningsWithOffsets() throws {
        // A UTF-8 byte order mark says UTF-8: the stray 0xFF at offset 7 is replaced and reported.
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Chi".utf8) + [0x20, 0xFF] + Array(" bộ".utf8)
        let decoded = InputDecoder.decode(bytes)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.text == "Chi \u{FFFD} bộ")
        #expect(decoded.diagnostics.map(\.code) == ["undecodable_bytes"])
        #expect(decoded.diagnostics.first?.offset == 7)
        #expect(decoded.diagnostics.first?.level == .warning)
        // So does naming the encoding.
        let forced = InputDecoder.decode([0x41, 0xC3, 0x28, 0x42], encoding: "utf-8")
        #expect(forced.text == "A\u{FFFD}(B")
        #expect(forced.diagnostics.first?.offset == 1)
    }

    @Test func lonelySurrogateInUTF16IsAWarning() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]
        let decoded = InputDecoder.decode(bytes)
        #expect(decoded.encoding == "utf-16le")
        #expect(decoded.text == "A\u{FFFD}B")
        #expect(decoded.diagnostics.first?.code == "undecodable_bytes")
        #expect(decoded.diagnostics.first?.offset == 4)
    }

    @Test func damagedUTF8StaysAnError() {
        let sentence = Array(String(repeating: "Đảng bộ có 233 đảng viên. ", count: 3).utf8)
        let bytes = sentence + [0xFF] + sentence
        let decoded = InputDecoder.decode(bytes)
        #expect(decoded.text == nil)
        #expect(decoded.diagnostics.first?.code == "invalid_utf8")
        #expect(decoded.diagnostics.first?.offset == sentence.count)
    }

    @Test func unknownEncodingIsAnError() {
        #expect(InputDecoder.decode(Array("x".utf8), encoding: "no-such-charset").diagnostics.first?.code == "unknown_encoding")
        #expect(!InputDecoder.isKnownEncoding("no-such-charset"))
        #expect(InputDecoder.isKnownEncoding("windows-1258"))
    }

    @Test func htmlDeclaredCharsetIsUsedForLegacyPages() {
        let head = Array(#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><p>"#.utf8)
        let page = head + Array("Gia".utf8) + [0xD2] + Array("i tho".utf8) + [0xF2] + Array("c".utf8) + Array("</p></body></html>".utf8)
        #expect(HTMLText.declaredCharset(page[...]) == "windows-1258")
        let document = DocumentReader.read(InputDocument(id: "p", path: nil, bytes: page))
        #expect(document.format == "html")
        #expect(document.encoding == "windows-1258")
        #expect(try! Normalizer.normalize(document.text ?? "") == "Giải thọc")
    }
}

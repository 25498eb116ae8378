import Foundation
import Testing
@testable import SoLieu

/// The size limit on one article (`--max-bytes`) in the library: sizes parsed, inputs refused
/// before they are read, over-long JSON lines skipped in bounded memory; and one real large input
/// whose work grows linearly.
struct LimitsTests {
    @Test(arguments: [("5242880", 5 << 20), ("5M", 5 << 20), ("5MB", 5 << 20), ("5MiB", 5 << 20), ("512k", 512 << 10),
                      ("1G", 1 << 30), ("1", 1)])
    func sizesParse(_ text: String, _ bytes: Int) {
        #expect(InputLimit.parse(text) == bytes)
    }

    @Test(arguments: ["", "0", "-5", "M", "5X", "1.5M", "99999999999999999999G"])
    func badSizesAreRefused(_ text: String) {
        #expect(InputLimit.parse(text) == nil)
    }

    @Test func inputsOverTheLimitAreRefusedWithTheirSize() throws {
        let extractor = try TestSupport.extractor()
        let text = Array("Chi bộ có 12 đảng viên.".utf8)
        var options = ReadOptions()
        options.maximumBytes = text.count
        #expect(!extractor.record(for: InputDocument(id: "a", path: nil, bytes: text), options: options).failed)
        options.maximumBytes = text.count - 1
        let refused = extractor.record(for: InputDocument(id: "a", path: "a.html", bytes: text), options: options)
        #expect(refused.diagnostics.map(\.code) == ["input_too_large"])
        #expect(refused.format == "html" && refused.sha256 != nil && refused.facts.isEmpty)
        let line = extractor.record(forLine: Array(#"{"text": "Chi bộ có 12 đảng viên."}"#.utf8), number: 7, path: "f.jsonl",
                                    fallbackID: "f", options: options)
        #expect(line.diagnostics.map(\.code) == ["input_too_large"])
        #expect(line.id == "f-7" && line.line == 7)
        #expect(SchemaValidator.article.validate(refused.json()).isEmpty)
        #expect(SchemaValidator.article.validate(line.json()).isEmpty)
    }

    @Test func filesOverTheLimitAreNotRead() throws {
        let dir = try OutputTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("big.txt").path
        try Data(repeating: 0x61, count: 1000).write(to: URL(fileURLWithPath: path))
        #expect(throws: InputFileError.self) { try InputDocument.file(path, maximumBytes: 999) }
        do {
            _ = try InputDocument.file(path, maximumBytes: 999)
        } catch {
            #expect(error.diagnosticCode == "input_too_large" && error.size == 1000 && error.limit == 999)
            let record = ArticleRecord.unreadable(id: "big", path: path, error: error)
            #expect(record.diagnostics.map(\.code) == ["input_too_large"])
        }
        #expect(try InputDocument.file(path, maximumBytes: 1000).bytes.count == 1000)
    }

    /// Lines over the limit come back empty with their length; the lines around them, whole.
    @Test(arguments: [1, 7, 64, 65_536, 200_000])
    func overLongLinesAreSkippedWithTheirLength(_ limit: Int) throws {
        let dir = try OutputTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lengths = [0, 1, 7, 8, 100, 70_000, 300_000, 3]
        var bytes: [UInt8] = []
        for (i, n) in lengths.enumerated() {
            bytes += [UInt8](repeating: UInt8(0x61 + i), count: n)
            if i + 1 < lengths.count { bytes += i % 2 == 0 ? [0x0A] : [0x0D, 0x0A] }
        }
        let path = dir.appendingPathComponent("lines.jsonl").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let reader = try LineReader(path: path)
        reader.maximumLineLength = limit
        var seen: [(Int, Int?, Int)] = []
        while let (line, number) = try reader.next() {
            seen.append((number, reader.refusedLength, line.count))
            if let length = reader.refusedLength { #expect(line.isEmpty && length > limit) }
            else { #expect(line == [UInt8](repeating: UInt8(0x61 + number - 1), count: lengths[number - 1])) }
        }
        #expect(seen.map(\.0) == Array(1...lengths.count))
        for (number, refused, _) in seen {
            let n = lengths[number - 1]
            #expect(refused == (n > limit ? n : nil), "line \(number) of \(n) bytes at limit \(limit)")
        }
    }

    /// The one real large input: an article joined into one line and repeated to 32, 64 and 128 KB.
    /// Its work, counted, doubles with its size (no path grows faster), and it is read whole.
    @Test(.enabled(if: WorkCounter.isEnabled, "work is counted in debug builds only"))
    func aLargeRealArticleCostsWorkInProportionToItsSize() throws {
        let url = TestSupport.root.appendingPathComponent("corpus/articles/binh-dinh-binh-khanh-2022.txt")
        let line = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\n", with: " ")
        let extractor = try TestSupport.extractor()
        var steps: [Int] = []
        for kilobytes in [32, 64, 128] {
            var text = ""
            while text.utf8.count < kilobytes << 10 { text += line + " " }
            let input = InputDocument(id: "big", path: nil, bytes: Array(text.utf8))
            let (record, n) = WorkCounter.measure { extractor.record(for: input) }
            #expect(!record.failed && !record.facts.isEmpty)
            steps.append(n)
        }
        let (r2, r4) = (Double(steps[1]) / Double(steps[0]), Double(steps[2]) / Double(steps[0]))
        print("large article: \(steps) steps, ×\(r2) ×\(r4)")
        #expect(r2 <= 2.3 && r4 <= 4.6, "\(steps)")
    }
}

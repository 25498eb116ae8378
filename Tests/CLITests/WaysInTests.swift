import Foundation
import Testing

/// Each way in yields the same facts as the plain UTF-8 article it was made from.
struct WaysInTests {
    static let articles = ["quang-nam-hoa-van-2023", "khanh-hoa-vinh-an-dong-2022"]

    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("solieu-ways-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func records(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test(arguments: articles)
    func everyFileFormYieldsTheSameFacts(_ name: String) throws {
        let text = try Twins.article(name)
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let published = "2023-04-05T06:07:08+07:00"
        let forms: [(String, [UInt8])] = [
            ("plain.txt", Array(text.utf8)),
            ("nfd.txt", Array(Twins.nfd(text).utf8)),
            ("placement.txt", Array(Twins.otherPlacement(text).utf8)),
            ("cp1258.txt", try Twins.windows1258(text)),
            ("utf16le.txt", Twins.utf16(text, littleEndian: true)),
            ("utf16be.txt", Twins.utf16(text, littleEndian: false)),
            ("page.html", Array(Twins.htmlPage(text, published: published).utf8)),
        ]
        #expect(Twins.otherPlacement(text) != text, "the article has syllables whose tone placement can change")
        var paths: [String] = []
        for (file, bytes) in forms {
            let url = dir.appendingPathComponent(file)
            try Data(bytes).write(to: url)
            paths.append(url.path)
        }
        let run = try CLITests.run(["extract"] + paths)
        #expect(run.status == 0, "\(run.stderr)")
        let records = try Self.records(run.stdout)
        try #require(records.count == forms.count)
        let plain = Twins.signature(records[0])
        #expect(plain.count >= 5)
        for (i, (file, _)) in forms.enumerated() {
            #expect(Twins.signature(records[i]) == plain, "\(file)")
            #expect((records[i]["diagnostics"] as? [[String: Any]])?.contains { $0["level"] as? String == "error" } == false)
        }
        let encodings = records.map { ($0["source"] as? [String: Any])?["encoding"] as? String }
        #expect(encodings == ["utf-8", "utf-8", "utf-8", "windows-1258", "utf-16le", "utf-16be", "utf-8"])
        let page = records[6]
        #expect((page["source"] as? [String: Any])?["format"] as? String == "html")
        #expect(page["published"] as? String == published)
        #expect(page["title"] as? String == text.split(separator: "\n").first.map(String.init))
        // Evidence offsets refer to the text `solieu normalize` prints for the page.
        let normalized = Array(try CLITests.run(["normalize", paths[6]]).stdout.unicodeScalars)
        for fact in (page["facts"] as? [[String: Any]]) ?? [] {
            let evidence = try #require(fact["evidence"] as? [String: Any])
            let start = try #require(evidence["start"] as? Int), end = try #require(evidence["end"] as? Int)
            #expect(String(String.UnicodeScalarView(normalized[start..<end])) == evidence["text"] as? String)
        }
    }

    @Test func jsonLinesStreamWithABrokenLineGoesOn() throws {
        let texts = try Self.articles.map(Twins.article)
        func line(_ id: String, _ text: String) throws -> String {
            let object: [String: Any] = ["id": id, "url": "https://baodientu.example/\(id)", "title": "T \(id)",
                                         "text": text, "published": "2023-01-02"]
            return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        let stream = try line("one", texts[0]) + "\n" + #"{"id": "two", "text": "cut short"# + "\n\n"
            + (try line("three", texts[1])) + "\n"
        let run = try CLITests.run(["extract", "--input", "jsonl"], stdin: stream)
        #expect(run.status == 1)
        #expect(run.stderr.contains("stdin:2: invalid_json_line"))
        let records = try Self.records(run.stdout)
        try #require(records.count == 3)
        #expect(records.map { $0["id"] as? String } == ["one", "stdin-2", "three"])
        #expect(records.map { ($0["source"] as? [String: Any])?["line"] as? Int } == [1, 2, 4])
        #expect(records[0]["url"] as? String == "https://baodientu.example/one")
        #expect(records[0]["published"] as? String == "2023-01-02")
        let plain = try Self.records(try CLITests.run(["extract", "--input", "text"], stdin: texts[0]).stdout)[0]
        #expect(Twins.signature(records[0]) == Twins.signature(plain))
        #expect(!Twins.signature(records[2]).isEmpty)
        #expect((records[1]["diagnostics"] as? [[String: Any]])?.first?["code"] as? String == "invalid_json_line")
    }

    /// `tail -f scraped.jsonl | solieu extract`: each record comes out while stdin is still open.
    @Test func stdinRecordsAreWrittenAsLinesArrive() throws {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = ["extract"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A watchdog: a test that would hang fails instead.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        defer { watchdog.cancel() }
        let reader = LineReaderOverPipe(output.fileHandleForReading)
        for (i, value) in [3, 7].enumerated() {
            let line = #"{"id": "s\#(i)", "text": "Chi bộ An Lạc kết nạp \#(value) đảng viên."}"# + "\n"
            input.fileHandleForWriting.write(Data(line.utf8))
            let record = try #require(reader.nextLine(), "no record for line \(i + 1) while stdin is open")
            #expect(record.contains("\"id\":\"s\(i)\""))
            #expect(record.contains("\"value\":\(value)"))
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}

/// Reads lines from a pipe one `read` at a time (FileHandle's own line reading waits for EOF).
final class LineReaderOverPipe {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(_ handle: FileHandle) { self.handle = handle }

    func nextLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeFirst(newline + 1)
                return line
            }
            let data = handle.availableData
            if data.isEmpty { return nil }
            buffer += data
        }
    }
}

import Foundation
import Testing
@testable import SoLieu

struct OutputTests {
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("solieu-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func record() throws -> ArticleRecord {
        let text = "Chi bộ \"Tân, Hòa\" kết nạp 3 đảng viên.\nNăm 2022, Chi bộ mở 2 lớp bồi dưỡng cho 40 quần chúng ưu tú."
        var record = try TestSupport.extractor().record(for: InputDocument(id: "a,1", path: nil, bytes: Array(text.utf8)))
        record.url = "https://x.vn/a?b=1,2"
        return record
    }

    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("cr\r", "\"cr\r\""), ("", ""),
    ])
    func csvQuotesLikeRFC4180(_ cell: String, _ written: String) {
        #expect(CSVTable.quoted(cell) == written)
    }

    @Test func csvHasOneRowPerFactInColumnOrder() throws {
        let record = try Self.record()
        let rows = CSVTable.rows(of: record)
        #expect(rows.count == record.facts.count)
        #expect(rows.allSatisfy { $0.count == CSVTable.columns.count })
        let training = try #require(rows.first { $0[3] == "training" })
        let column = { (name: String) in training[CSVTable.columns.firstIndex(of: name)!] }
        #expect(column("id") == "a,1")
        #expect(column("classes") == "2")
        #expect(column("participants") == "40")
        #expect(column("unit") == "quần chúng ưu tú")
        #expect(column("value") == "")
        #expect(RecordFormatter(format: .csv, bom: true).header(single: false).hasPrefix("\u{FEFF}id,url,published,kind,"))
    }

    @Test func jsonIsAnObjectForOneRecordAndAnArrayForMany() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let record = try Self.record()
        for (single, count) in [(true, 1), (false, 0), (false, 3)] {
            let path = dir.appendingPathComponent("out-\(single)-\(count).json").path
            let writer = RecordWriter(formatter: RecordFormatter(format: .json, pretty: true), single: single,
                                      output: try OutputFile.atomic(path: path))
            for _ in 0..<count { try writer.write(record) }
            try writer.finish()
            let parsed = try JSONValue.parse(try String(contentsOfFile: path, encoding: .utf8))
            if single { #expect(parsed["id"]?.stringValue == "a,1") } else { #expect(parsed.arrayValue?.count == count) }
        }
    }

    @Test func atomicOutputAppearsOnlyOnCommit() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("facts.jsonl").path
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        let out = try OutputFile.atomic(path: path)
        try out.write("new line\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(FileManager.default.fileExists(atPath: path + ".partial"))
        try out.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new line\n")
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
        // A resumed output starts with the first bytes of the old one.
        let resumed = try OutputFile.atomic(path: path, copying: (path, 4))
        try resumed.write("end\n")
        try resumed.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new end\n")
    }

    @Test func pipesAreWrittenInPlace() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(OutputFile.isSpecial(fifo))
        let received = Received()
        let reader = Thread { received.set(FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile()) }
        reader.start()
        let out = try OutputFile.atomic(path: fifo)
        #expect(out.temporaryPath == nil)
        try out.write("through the pipe\n")
        try out.commit()
        while !reader.isFinished { usleep(1000) }
        #expect(received.get().map { String(decoding: $0, as: UTF8.self) } == "through the pipe\n")
        #expect(!FileManager.default.fileExists(atPath: fifo + ".partial"))
    }

    /// Bytes handed over from a reader thread.
    final class Received: @unchecked Sendable {
        private let lock = NSLock()
        private var data: Data?
        func set(_ d: Data?) { lock.lock(); data = d; lock.unlock() }
        func get() -> Data? { lock.lock(); defer { lock.unlock() }; return data }
    }
}

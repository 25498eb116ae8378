import Foundation
import Testing
@testable import SoLieu

struct BatchTests {
    /// A small folder: text files in sub-folders, an HTML page, a JSON Lines feed with a broken line,
    /// a binary file, a hidden file and a file of another kind.
    static func makeFolder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("solieu-batch-\(UUID().uuidString)")
        let fm = FileManager.default
        for sub in ["a", "a/x", "b", ".hidden"] {
            try fm.createDirectory(at: root.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: root.appendingPathComponent(name))
        }
        for i in 1...12 {
            try write("a/x/t\(i).txt", "Chi bộ thôn \(i) kết nạp \(i) đảng viên.")
        }
        try write("a.txt", "Đảng bộ xã An Phú có 120 đảng viên.")
        try write("a/page.html", "<nav>Menu 9 đảng viên</nav><h1>Tin</h1><p>Chi bộ An Lạc kết nạp 3 đảng viên.</p>")
        try write("b/feed.jsonl", (1...9).map { #"{"id": "f\#($0)", "text": "Chi bộ số \#($0) có \#($0 * 10) đảng viên."}"# }
            .joined(separator: "\n") + "\nnot json\n\n" + #"{"id": "last", "text": "Chi bộ có 7 đảng viên."}"# + "\n")
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0]).write(to: root.appendingPathComponent("b/binary.txt"))
        try write(".hidden/h.txt", "Chi bộ có 1 đảng viên.")
        try write("b/notes.md", "Chi bộ có 1 đảng viên.")
        return root
    }

    /// The whole output of a run, and its summary.
    static func run(_ root: URL, jobs: Int, skip: @escaping @Sendable (String, Int?) -> Bool = { _, _ in false },
                    cancelAfter: Int? = nil) throws -> (String, BatchSummary) {
        var options = BatchOptions(jobs: jobs, lexicons: try Lexicons.bundled())
        options.linesPerPiece = 2
        options.piecesInFlight = 3
        let runner = BatchRunner(root: root.path, options: options)
        var out = ""
        var pieces = 0
        let summary = try runner.run(skip: skip, write: { out += String(decoding: $0, as: UTF8.self) }, progress: { _ in
            pieces += 1
            if let cancelAfter, pieces == cancelAfter { runner.cancel() }
        })
        return (out, summary)
    }

    @Test func walkIsSortedAndTakesArticleFilesOnly() throws {
        let root = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let paths = BatchInputs(root: root.path + "/").map { String($0.path.dropFirst(root.path.count + 1)) }
        let expected = ["a.txt", "a/page.html"] + ["t1", "t10", "t11", "t12", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9"]
            .map { "a/x/\($0).txt" } + ["b/binary.txt", "b/feed.jsonl"]
        #expect(paths == expected)
        #expect(BatchInputs(root: root.path).totals().files == expected.count)
        let excluded = BatchInputs(root: root.path, excluding: [root.appendingPathComponent("a.txt").path]).map(\.path)
        #expect(!excluded.contains { $0.hasSuffix("/a.txt") })
    }

    @Test func outputIsTheSameWhateverTheJobs() throws {
        let root = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (one, summary) = try Self.run(root, jobs: 1)
        let (three, _) = try Self.run(root, jobs: 3)
        #expect(one == three)
        let lines = one.split(separator: "\n")
        #expect(lines.count == 26)  // 14 files + 10 feed lines + 1 broken line + the binary file
        #expect(summary.progress.records == 26)
        #expect(summary.progress.failed == 2)
        #expect(summary.progress.filesDone == 16)
        #expect(!summary.interrupted)
        let records = try lines.map { try JSONValue.parse(String($0)) }
        // The summary counts the facts written, per kind (how many there are is up to the rules).
        var kinds: [String: Int] = [:]
        for fact in records.flatMap({ $0["facts"]?.arrayValue ?? [] }) { kinds[fact["kind"]?.stringValue ?? "", default: 0] += 1 }
        #expect(summary.factsByKind == kinds)
        #expect(kinds["count", default: 0] > 12)
        let ids = records.map { $0["id"]?.stringValue ?? "" }
        #expect(ids.prefix(4) == ["a", "page", "t1", "t10"])
        #expect(ids.suffix(12) == ["binary", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "feed-10", "last"])
        for record in records { #expect(SchemaValidator.article.validate(record).isEmpty) }
    }

    /// Cancelled halfway, the output is a prefix of the full one; resumed from it, the run completes it.
    @Test func cancelledRunResumesToTheSameOutput() throws {
        let root = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (full, _) = try Self.run(root, jobs: 2)
        let (part, cut) = try Self.run(root, jobs: 2, cancelAfter: 6)
        #expect(cut.interrupted)
        #expect(!part.isEmpty && part.count < full.count)
        #expect(full.hasPrefix(part))
        // What a killed run leaves: the records so far and half a line.
        let output = root.appendingPathComponent("out.jsonl").path
        try Data((part + "{\"schema_version\":1,\"id\":\"hal").utf8).write(to: URL(fileURLWithPath: output + ".partial"))
        let state = try #require(try ResumeState.read(output: output))
        #expect(state.fromPartial)
        #expect(state.validLength == part.utf8.count)
        #expect(state.records == part.split(separator: "\n").count)
        let (rest, resumed) = try Self.run(root, jobs: 2, skip: { state.contains(path: $0, line: $1) })
        #expect(resumed.resumed == state.records)
        #expect(part + rest == full)
    }
}

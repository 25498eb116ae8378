import Foundation
import Testing

/// `solieu extract FILE…` without options skips ArgumentParser; `solieu extract -- FILE…` (the same
/// call, through ArgumentParser) must give the same output, errors and exit code.
struct PlainExtractTests {
    private func expectSameRuns(_ files: [String], stdin: String? = nil,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let plain = try CLITests.run(["extract"] + files, stdin: stdin)
        let parsed = try CLITests.run(["extract", "--"] + files, stdin: stdin)
        #expect(plain.status == parsed.status, sourceLocation: sourceLocation)
        #expect(plain.stdout == parsed.stdout, sourceLocation: sourceLocation)
        #expect(plain.stderr == parsed.stderr, sourceLocation: sourceLocation)
    }

    @Test func plainCallsGiveWhatArgumentParserGives() throws {
        let dir = try WaysInTests.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try Twins.article("quang-nam-hoa-van-2023")
        let files: [(String, [UInt8])] = [
            ("a.txt", Array(text.utf8)),
            ("b.html", Array(Twins.htmlPage(text, published: "2023-04-05T06:07:08+07:00").utf8)),
            ("c.jsonl", Array(#"{"id": "x", "text": "Chi bộ có 12 đảng viên."}"#.utf8) + [0x0A] + Array("not json\n".utf8)),
            ("empty.txt", []),
        ]
        var paths: [String] = []
        for (name, bytes) in files {
            let url = dir.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            paths.append(url.path)
        }
        let missing = dir.appendingPathComponent("missing.txt").path
        try expectSameRuns([paths[0]])
        try expectSameRuns([paths[1]])
        try expectSameRuns([paths[2]])
        try expectSameRuns([paths[3]])
        try expectSameRuns([missing])
        try expectSameRuns(paths + [missing])
        try expectSameRuns([], stdin: text)
        try expectSameRuns([], stdin: #"{"text": "Chi bộ có 5 đảng viên."}"# + "\n")
    }
}

import Foundation
import Testing

/// The bad-input suite, end to end: every hostile input gets a record with a clear diagnostic (and
/// a message on stderr naming it), the run exits 1, nothing crashes, and the other inputs of the
/// same run are still processed. Large inputs go through the `--max-bytes` refusal path.
struct HostileInputTests {
    /// Runs `solieu` with stdin read from a file (large inputs are never written through a pipe by
    /// the test, which the tool may stop reading).
    static func run(_ arguments: [String], stdinFile: URL) throws -> CLITests.Run {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = try FileHandle(forReadingFrom: stdinFile)
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLITests.Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                            stderr: String(decoding: e, as: UTF8.self))
    }

    static func codes(_ record: [String: Any]) -> [String] {
        ((record["diagnostics"] as? [[String: Any]]) ?? []).filter { $0["level"] as? String == "error" }
            .compactMap { $0["code"] as? String }
    }

    @Test func everyHostileInputGetsARecordAndTheRunGoesOn() throws {
        let dir = try HostileFixtures.write()
        defer { try? FileManager.default.removeItem(at: dir) }
        let names = HostileFixtures.all.map(\.name) + ["feed.jsonl", "good.txt"]
        let r = try CLITests.run(["extract"] + names.map { dir.appendingPathComponent($0).path })
        #expect(r.status == 1)
        let records = try WaysInTests.records(r.stdout)
        // One record per file, five for the feed's lines, in order.
        #expect(records.count == HostileFixtures.all.count + 5 + 1)
        for (fixture, record) in zip(HostileFixtures.all, records) {
            #expect(Self.codes(record) == (fixture.code.map { [$0] } ?? []), "\(fixture.name): \(record)")
            if let code = fixture.code { #expect(r.stderr.contains("\(fixture.name): \(code)"), "\(fixture.name)") }
        }
        let feed = records[HostileFixtures.all.count...].map { ($0["id"] as? String ?? "", Self.codes($0)) }
        #expect(feed.map(\.0) == ["ok-1", "feed-2", "no-text", "feed-4", "ok-2", "good"])
        #expect(feed.map(\.1) == [[], ["invalid_json_line"], ["missing_text"], ["input_too_large"], [], []])
        for line in ["feed.jsonl:2: invalid_json_line", "feed.jsonl:3: missing_text", "feed.jsonl:4: input_too_large"] {
            #expect(r.stderr.contains(line), "\(line)")
        }
        // The good inputs around the bad ones are read in full.
        let good = records.filter { ["ok-1", "ok-2", "good"].contains($0["id"] as? String) }
        #expect(good.allSatisfy { ($0["facts"] as? [Any])?.count == 1 })
        // Read text is schema-checked whatever it held: lone surrogates and a cut UTF-16 file warn.
        let surrogates = records[HostileFixtures.all.firstIndex { $0.name == "lone-surrogates-utf16.txt" }!]
        #expect((surrogates["diagnostics"] as? [[String: Any]])?.map { $0["code"] as? String } == ["undecodable_bytes", "undecodable_bytes"])
    }

    @Test func stdinOverTheLimitIsRefusedWithoutReadingIt() throws {
        let dir = try HostileFixtures.write()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.run(["extract"], stdinFile: dir.appendingPathComponent("long-line.txt"))
        #expect(r.status == 1)
        let records = try WaysInTests.records(r.stdout)
        #expect(records.count == 1)
        #expect(records.first.map(Self.codes) == ["input_too_large"])
        #expect(r.stderr.contains("stdin: input_too_large: more than 5242880 bytes"))
        // JSON Lines on stdin: the long line is refused, the others are answered.
        let lines = try Self.run(["extract", "--input", "jsonl"], stdinFile: dir.appendingPathComponent("feed.jsonl"))
        #expect(lines.status == 1)
        #expect(try WaysInTests.records(lines.stdout).map(Self.codes) == [[], ["invalid_json_line"], ["missing_text"], ["input_too_large"], []])
        // normalize and tokenize refuse too, with a message.
        let normalized = try Self.run(["normalize"], stdinFile: dir.appendingPathComponent("long-line.txt"))
        #expect(normalized.status == 1)
        #expect(normalized.stderr.contains("--max-bytes"))
    }

    @Test func maxBytesIsTheLimitForFilesLinesAndBatch() throws {
        let dir = try HostileFixtures.write()
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("good.txt").path
        // The article is 57 bytes: read at a limit of 57, refused at 56.
        #expect(try CLITests.run(["extract", good, "--max-bytes", "57"]).status == 0)
        #expect(try CLITests.run(["extract", good, "--max-bytes", "1K"]).status == 0)
        let small = try CLITests.run(["extract", good, "--max-bytes", "56"])
        #expect(small.status == 1)
        #expect(small.stderr.contains("good.txt: input_too_large: \(good): 57 bytes, more than the limit of 56"))
        for bad in ["0", "-1", "5X", "M", ""] {
            #expect(try CLITests.run(["extract", good, "--max-bytes", bad]).status == 2, "--max-bytes \(bad)")
        }
        // Batch: the same records as extract, in path order, the run going on past each failure.
        let batch = try CLITests.run(["batch", dir.path, "--jobs", "2", "--quiet"])
        #expect(batch.status == 1)
        let records = try WaysInTests.records(batch.stdout)
        let byID = Dictionary(records.map { ($0["id"] as? String ?? "", Self.codes($0)) }, uniquingKeysWith: { a, _ in a })
        #expect(byID["long-line"] == ["input_too_large"])
        #expect(byID["feed-4"] == ["input_too_large"])
        #expect(byID["good"] == [])
        #expect(byID["png"] == ["binary_input"])
        #expect(records.count == HostileFixtures.all.count + 5 + 1)
        // Byte-identical output whatever --jobs.
        for jobs in ["1", "3"] {
            #expect(try CLITests.run(["batch", dir.path, "--jobs", jobs, "--quiet"]).stdout == batch.stdout, "--jobs \(jobs)")
        }
    }
}

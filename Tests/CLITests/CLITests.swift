import Foundation
import Testing

/// End-to-end runs of the built `solieu` binary.
struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `solieu` built beside the test bundle.
    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("solieu")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/solieu")
    }

    struct Run { let status: Int32; let stdout: String; let stderr: String }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func extractReadsStdinFromAnyDirectory() throws {
        let r = try Self.run(["extract"], stdin: "Đảng bộ xã Bá Xuyên có 233 đảng viên.")
        #expect(r.status == 0)
        let record = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(record?["id"] as? String == "stdin")
        let facts = record?["facts"] as? [[String: Any]]
        #expect(facts?.first?["value"] as? Int == 233)
        #expect(facts?.first?["subject"] as? String == "Đảng bộ xã Bá Xuyên")
    }

    @Test func missingAndBadFilesFailButOthersAreProcessed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("solieu-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("good.txt"), bad = dir.appendingPathComponent("bad.txt")
        try Data("Chi bộ An Lạc kết nạp 3 đảng viên.".utf8).write(to: good)
        try Data([0xFF, 0x41, 0xC3]).write(to: bad)
        let missing = dir.appendingPathComponent("missing.txt").path
        let r = try Self.run(["extract", bad.path, missing, good.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains(missing))
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].contains("\"invalid_utf8\""))
        #expect(lines[1].contains("\"unreadable_input\""))
        #expect(lines[2].contains("\"party_members.admitted\""))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try Self.run(["extract", "--no-such-flag"]).status == 2)
        #expect(try Self.run(["eval"]).status == 2)
        #expect(try Self.run(["tokenize", "--spans", "nonsense"]).status == 2)
    }

    @Test func schemaCommandPrintsTheSchema() throws {
        let r = try Self.run(["schema"])
        #expect(r.status == 0)
        let schema = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(schema?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test func evalEnforcesMinF1() throws {
        let corpus = Self.root.appendingPathComponent("corpus/articles").path
        let pass = try Self.run(["eval", corpus, "--min-f1", "0.5"])
        #expect(pass.status == 0)
        #expect(pass.stdout.contains("overall"))
        #expect(try Self.run(["eval", corpus, "--min-f1", "1.0"]).status != 2)
    }

    @Test func normalizeAndTokenizeAgreeOnOffsets() throws {
        let text = "Đảng\u{00A0}bộ có 5.971 đảng viên"
        let normalized = try Self.run(["normalize"], stdin: text)
        #expect(normalized.stdout == "Đảng bộ có 5.971 đảng viên")
        let tokens = try Self.run(["tokenize"], stdin: text)
        #expect(tokens.stdout.contains("11\t16\tnumber\t5.971\t5.971"))
    }
}

/// `--lexicons DIR`: a user's lines extend the bundled lexicons; a wrong line is named by its own
/// file and line.
struct UserLexiconTests {
    static func folder(_ units: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("solieu-lexicons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(units.utf8).write(to: dir.appendingPathComponent("units.tsv"))
        return dir
    }

    static func units(_ stdout: String) throws -> [String] {
        let record = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
        return (record?["facts"] as? [[String: Any]] ?? []).compactMap { $0["unit"] as? String }
    }

    @Test func aUserUnitIsCounted() throws {
        let text = "Làng nghề Tân Lập hiện có 85 thợ gốm."
        let plain = try CLITests.run(["extract"], stdin: text)
        #expect(try Self.units(plain.stdout) != ["thợ gốm"])  // not a bundled noun
        let dir = try Self.folder("# the potters of a craft village\nthợ gốm\tother\tperson\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let extended = try CLITests.run(["extract", "--lexicons", dir.path], stdin: text)
        #expect(extended.status == 0)
        #expect(try Self.units(extended.stdout) == ["thợ gốm"])
    }

    @Test func aWrongUserLineNamesItsFileAndLine() throws {
        let dir = try Self.folder("xã viên\tother\tperson\nxã viên\tno_such_measure\tperson\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLITests.run(["extract", "--lexicons", dir.path], stdin: "Chi bộ có 5 đảng viên.")
        #expect(r.status == 2)
        #expect(r.stderr.contains(dir.appendingPathComponent("units.tsv").path + ":2:"))
        #expect(r.stderr.contains("no_such_measure"))
        #expect(r.stdout.isEmpty)
    }
}

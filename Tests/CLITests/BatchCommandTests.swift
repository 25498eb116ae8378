import Foundation
import Testing

/// `solieu batch` end to end: order, parallelism, interruption and resume, errors, CSV.
struct BatchCommandTests {
    static let articleCount = 200

    /// A folder of generated articles (see scripts/gen_articles.py) and a place for outputs.
    static func corpus(_ count: Int = articleCount) throws -> (root: URL, articles: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("solieu-batch-cli-\(UUID().uuidString)")
        let articles = root.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let generated = try python([CLITests.root.appendingPathComponent("scripts/gen_articles.py").path, articles.path, "\(count)"])
        try #require(generated.status == 0, "\(generated.stderr)")
        return (root, articles)
    }

    static func python(_ arguments: [String]) throws -> CLITests.Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLITests.Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                            stderr: String(decoding: e, as: UTF8.self))
    }

    static func lines(_ path: String) -> Int {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    @Test func outputIsByteIdenticalWhateverTheJobs() throws {
        let (root, articles) = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: root) }
        let one = root.appendingPathComponent("one.jsonl").path, two = root.appendingPathComponent("two.jsonl").path
        let r1 = try CLITests.run(["batch", articles.path, "--jobs", "1", "--output", one])
        let r2 = try CLITests.run(["batch", articles.path, "--jobs", "2", "--output", two, "--quiet"])
        #expect(r1.status == 0 && r2.status == 0, "\(r1.stderr)\(r2.stderr)")
        #expect(Self.lines(one) == Self.articleCount)
        #expect(FileManager.default.contents(atPath: one) == FileManager.default.contents(atPath: two))
        #expect(r1.stderr.contains("\(Self.articleCount) records, 0 with errors"))
        #expect(r1.stderr.contains("facts: count "))
        #expect(r2.stderr.isEmpty)
        let validated = try CLITests.run(["validate", one])
        #expect(validated.status == 0)
        #expect(validated.stdout.contains("\(Self.articleCount) of \(Self.articleCount) records valid"))
        #expect(!FileManager.default.fileExists(atPath: one + ".partial"))
    }

    /// `--output -` is stdout, as in most command-line tools: no file named "-" appears.
    @Test func dashOutputIsStandardOutput() throws {
        let (root, articles) = try Self.corpus(5)
        defer { try? FileManager.default.removeItem(at: root) }
        let dash = FileManager.default.temporaryDirectory.appendingPathComponent("-").path
        try? FileManager.default.removeItem(atPath: dash)
        let batch = try CLITests.run(["batch", articles.path, "-q", "--output", "-"])
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(batch.stdout.split(separator: "\n").count == 5)
        let extract = try CLITests.run(["extract", "-o", "-"], stdin: "Chi bộ A có 12 đảng viên.")
        #expect(extract.status == 0 && extract.stdout.contains("\"value\":12"), "\(extract.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dash))
        let resume = try CLITests.run(["batch", articles.path, "--resume", "-o", "-"])
        #expect(resume.status != 0 && resume.stderr.contains("--resume needs --output FILE"))
    }

    /// Ctrl-C halfway leaves a valid prefix; a hard kill leaves FILE.partial; both resume to the
    /// output of an uninterrupted run.
    @Test(arguments: [SIGINT, SIGKILL])
    func interruptedRunResumesToTheSameFile(_ signal: Int32) throws {
        let (root, articles) = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: root) }
        let full = root.appendingPathComponent("full.jsonl").path, cut = root.appendingPathComponent("cut.jsonl").path
        #expect(try CLITests.run(["batch", articles.path, "-q", "-o", full]).status == 0)

        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = ["batch", articles.path, "--jobs", "2", "-q", "-o", cut]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until about a quarter of the records are out, then interrupt (unless it is done already).
        while process.isRunning && Self.lines(cut + ".partial") < Self.articleCount / 4 { usleep(2_000) }
        let interrupted = process.isRunning
        if interrupted { kill(process.processIdentifier, signal) }
        process.waitUntilExit()
        if interrupted && signal == SIGINT {
            #expect(process.terminationStatus == 130)
            let written = try #require(FileManager.default.contents(atPath: cut))
            #expect(FileManager.default.contents(atPath: full)?.starts(with: written) == true)
            #expect(Self.lines(cut) < Self.articleCount)
            #expect(try CLITests.run(["validate", cut]).status == 0)
        }
        if interrupted && signal == SIGKILL {
            #expect(!FileManager.default.fileExists(atPath: cut))
            // The kill may have cut a record in half; make sure it did.
            let partial = try #require(FileHandle(forWritingAtPath: cut + ".partial"))
            partial.seekToEndOfFile()
            partial.write(Data(#"{"schema_version":1,"id":"half a rec"#.utf8))
            try partial.close()
        }
        let resumed = try CLITests.run(["batch", articles.path, "--jobs", "2", "-o", cut, "--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(FileManager.default.contents(atPath: cut) == FileManager.default.contents(atPath: full))
        #expect(!FileManager.default.fileExists(atPath: cut + ".partial"))
        if interrupted { #expect(resumed.stderr.contains("already in the output")) }
    }

    @Test func unreadableAndBadFilesAreErrorRecordsAndTheRunGoesOn() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("solieu-batch-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("Chi bộ An Lạc kết nạp 3 đảng viên.".utf8).write(to: root.appendingPathComponent("b-good.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0]).write(to: root.appendingPathComponent("a-binary.txt"))
        // A regular file that cannot be read, even by root: the memory of the reading process.
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("c-unreadable.txt").path,
                                                   withDestinationPath: "/proc/self/mem")
        let r = try CLITests.run(["batch", root.path, "--jobs", "2"])
        #expect(r.status == 1)
        let records = try WaysInTests.records(r.stdout)
        #expect(records.map { $0["id"] as? String } == ["a-binary", "b-good", "c-unreadable"])
        let codes = records.map { (($0["diagnostics"] as? [[String: Any]])?.first?["code"] as? String) ?? "-" }
        #expect(codes == ["binary_input", "-", "unreadable_input"])
        #expect(r.stderr.contains("c-unreadable.txt"))
        #expect(r.stderr.contains("3 records, 2 with errors"))
    }

    @Test func usageErrors() throws {
        #expect(try CLITests.run(["batch", "/no/such/folder"]).status == 2)
        #expect(try CLITests.run(["batch", CLITests.root.path, "--resume"]).status == 2)
        #expect(try CLITests.run(["batch", CLITests.root.path, "--jobs", "0"]).status == 2)
        #expect(try CLITests.run(["extract", "--encoding", "no-such-charset"]).status == 2)
        #expect(try CLITests.run(["extract", "--bom"]).status == 2)
    }

    /// The CSV opens in Python's csv module and every field equals the JSON record's.
    @Test func csvRoundTripsThroughPython() throws {
        let (root, articles) = try Self.corpus(30)
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["quang-nam-hoa-van-2023", "khanh-hoa-vinh-an-dong-2022", "binh-dinh-binh-khanh-2022"] {
            try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent("corpus/articles/\(name).txt"),
                                             to: articles.appendingPathComponent("\(name).txt"))
        }
        // Cells that need quoting: commas, double quotes, and a line end inside the evidence.
        try Data("""
        <h1>Chi bộ "Tân, Hòa"</h1><p>Chi bộ "Tân, Hòa" kết nạp 3 đảng viên, đạt 100% chỉ tiêu.</p>
        <table><tr><td>Chi bộ</td><td>Số đảng viên</td></tr><tr><td>Chi bộ ấp 1</td><td>45</td></tr></table>
        """.utf8).write(to: articles.appendingPathComponent("tricky.html"))
        let jsonl = root.appendingPathComponent("facts.jsonl").path, csv = root.appendingPathComponent("facts.csv").path
        #expect(try CLITests.run(["batch", articles.path, "-q", "-o", jsonl]).status == 0)
        #expect(try CLITests.run(["batch", articles.path, "-q", "--format", "csv", "--bom", "-o", csv]).status == 0)
        let bytes = try #require(FileManager.default.contents(atPath: csv))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let check = try Self.python([CLITests.root.appendingPathComponent("scripts/check_csv.py").path, jsonl, csv])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("every field round-trips"))
        #expect(!check.stdout.contains("(0 cells needed quoting)"))
    }
}

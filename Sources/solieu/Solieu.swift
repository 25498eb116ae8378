import ArgumentParser
import Foundation
import SoLieu

@main
struct Solieu: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solieu",
        abstract: "Turn the figures in Vietnamese news articles into schema-checked JSON.",
        discussion: """
        SoLieu ("số liệu") reads articles and writes one JSON record per article with its facts: party \
        member counts, admissions and removals, training classes, percentages and document references, \
        each with its subject, period and the exact text it came from.

        Examples:
          solieu extract article.txt --pretty
          cat article.txt | solieu extract
          solieu batch corpus/ --jobs 2 -o facts.jsonl
          solieu eval corpus/articles --verbose
          solieu schema > article.schema.json

        Exit codes: 0 every input was read; 1 some input failed (its record carries an error \
        diagnostic); 2 the command line was wrong.
        """,
        version: "0.1.0",
        // Each subcommand states its `commandName`: derived from the type name, it costs a
        // reflective cast, which scans every protocol conformance of the binary at start-up.
        subcommands: [Extract.self, Batch.self, Normalize.self, Tokenize.self, Schema.self, Eval.self, Validate.self],
        defaultSubcommand: nil
    )

    /// Runs the command with SoLieu's exit codes: usage errors exit 2, not ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            if code == .validationFailure { Foundation.exit(2) }
            Foundation.exit(code.rawValue)
        }
    }
}

/// Options shared by the commands that extract.
struct LexiconOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A folder of lexicon files that extend the built-in ones (same file names as lexicons/).",
                                            valueName: "dir"))
    var lexicons: String?

    func makeExtractor() throws -> Extractor { try Extractor(lexicons: makeLexicons()) }

    func makeLexicons() throws -> Lexicons {
        let extra = lexicons.map { URL(fileURLWithPath: $0) }
        if let extra {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: extra.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--lexicons \(extra.path): no such folder")
            }
        }
        do {
            return try Lexicons.bundled(extraDirectory: extra)
        } catch {
            throw ValidationError("--lexicons: \(error)")  // a wrong lexicon is a wrong command line: exit 2
        }
    }
}

/// Reading inputs: files, or stdin when none is given.
enum InputReader {
    /// The first bytes of a file (for telling its format), or none.
    static func prefix(of path: String, length: Int = 4096) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return Array((try? handle.read(upToCount: length)) ?? Data())
    }

    /// One document: a file, or stdin when `path` is nil or `-`; for JSON Lines, the `line`-th line
    /// (the first that is not blank when `line` is nil). Exits 1 with a message when it cannot be read.
    static func document(_ path: String?, reading: ReadingOptions, line wanted: Int? = nil) throws -> ReadDocument {
        let file = path == "-" ? nil : path
        do {
            let reader = try file.map { try LineReader(path: $0) } ?? LineReader(descriptor: 0)
            reader.maximumLineLength = reading.options.maximumBytes
            let format = reading.format.resolved(path: file, prefix: try reader.peekFirstLine(limit: reader.maximumLineLength)[...])
            return try document(reader, format: format, file: file, reading: reading, line: wanted)
        } catch let error as InputFileError {
            warn("\(error)")
            throw ExitCode(1)
        }
    }

    private static func document(_ reader: LineReader, format: InputFormat, file: String?, reading: ReadingOptions,
                                 line wanted: Int?) throws -> ReadDocument {
        let document: ReadDocument
        if format == .jsonl {
            var found: ScrapedArticle?
            while let (bytes, number) = try reader.next() {
                if let wanted, number != wanted { continue }
                if let length = reader.refusedLength {
                    warn("line \(number): \(InputLimit.describe(size: length, limit: reader.maximumLineLength))")
                    throw ExitCode(1)
                }
                guard !ScrapedArticle.isBlank(bytes) else { continue }
                found = ScrapedArticle.read(bytes, number: number, fallbackID: "stdin")
                break
            }
            guard let found else { warn("no line \(wanted ?? 1) in the JSON Lines input"); throw ExitCode(1) }
            document = found.document
        } else {
            guard let bytes = try reader.readToEnd(maximumBytes: reading.options.maximumBytes) else {
                warn("\(file ?? "stdin"): \(InputLimit.describe(size: nil, limit: reading.options.maximumBytes))")
                throw ExitCode(1)
            }
            document = DocumentReader.read(InputDocument(id: "stdin", path: file, bytes: bytes), options: reading.options)
        }
        if document.text == nil {
            for d in document.diagnostics { warn("\(d.code): \(d.message)") }
            throw ExitCode(1)
        }
        return document
    }

    /// Writes a line to stderr.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data(("solieu: " + message + "\n").utf8))
    }
}

import ArgumentParser
import Foundation
import SoLieu

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract facts from articles: one JSON record per input.",
        discussion: """
        Reads each FILE (or stdin when none is given) and writes its record: one JSON object per line \
        (--format jsonl, the default), one object or an array (--format json, --pretty), or one row per \
        fact (--format csv). Text, HTML pages and JSON Lines of scraped articles are told apart by \
        extension or content (--input to say it); the encoding is detected (--encoding to say it). \
        On stdin, JSON Lines are read and answered line by line as they arrive. A file that cannot be \
        read still gets a record, with an error diagnostic, and the exit code is then 1.

          solieu extract article.txt --pretty
          solieu extract page.html old-1258.txt > facts.jsonl
          tail -f scraped.jsonl | solieu extract --input jsonl
          solieu extract corpus/articles/*.txt --format csv --bom -o facts.csv
        """
    )

    @Argument(help: "Article files: text, HTML or JSON Lines. Reads stdin when none is given.")
    var files: [String] = []

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var writing: WritingOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        try Self.run(files: files, options: reading.options, formatter: writing.formatter, open: { try writing.open() },
                     extractor: try lexiconOptions.makeExtractor())
    }

    /// The command with its options resolved.
    /// - Parameter open: opens the output, once the first input's format is known.
    static func run(files: [String], options: ReadOptions, formatter: RecordFormatter, open: () throws -> OutputFile,
                    extractor: Extractor) throws {
        let stdin = files.isEmpty || files == ["-"]
        let stdinReader = stdin ? LineReader(descriptor: 0) : nil
        let firstFormat: InputFormat
        if let stdinReader {
            firstFormat = options.format.resolved(path: nil, prefix: try stdinReader.peekFirstLine(limit: options.maximumBytes)[...])
        } else {
            firstFormat = options.format.resolved(path: files[0], prefix: InputReader.prefix(of: files[0])[...])
        }
        let writer = GuardedWriter(RecordWriter(formatter: formatter, single: (stdin || files.count == 1) && firstFormat != .jsonl,
                                                output: try open()))
        Interrupts.onInterrupt { writer.finishAndExit(130) }
        var failed = false
        func emit(_ record: ArticleRecord) throws {
            for d in record.diagnostics where d.level == .error {
                InputReader.warn("\(record.place): \(d.code): \(d.message)")
            }
            failed = failed || record.failed
            try writer.write(record)
        }
        if let stdinReader {
            if firstFormat == .jsonl {
                try eachLine(of: stdinReader, maximumLength: options.maximumBytes) { line, number in
                    try emit(extractor.record(forLine: line, number: number, path: nil, fallbackID: "stdin", options: options))
                } refused: { number, length in
                    try emit(extractor.record(forRefusedLine: number, length: length, path: nil, fallbackID: "stdin", options: options))
                }
            } else if let bytes = try stdinReader.readToEnd(maximumBytes: options.maximumBytes) {
                try emit(extractor.record(for: InputDocument(id: "stdin", path: nil, bytes: bytes), options: options))
            } else {
                try emit(.tooLarge(id: "stdin", path: nil, format: firstFormat == .html ? "html" : "text", size: nil,
                                   limit: options.maximumBytes))
            }
        } else {
            for path in files {
                let id = InputDocument.id(forPath: path)
                let format = options.format.resolved(path: path, prefix: InputReader.prefix(of: path)[...])
                do {
                    if format == .jsonl {
                        let reader = try LineReader(path: path)
                        try eachLine(of: reader, maximumLength: options.maximumBytes) { line, number in
                            try emit(extractor.record(forLine: line, number: number, path: path, fallbackID: id, options: options))
                        } refused: { number, length in
                            try emit(extractor.record(forRefusedLine: number, length: length, path: path, fallbackID: id,
                                                      options: options))
                        }
                    } else {
                        try emit(extractor.record(for: InputDocument.file(path, maximumBytes: options.maximumBytes), options: options))
                    }
                } catch let error as InputFileError {
                    try emit(.unreadable(id: id, path: path, error: error))
                }
            }
        }
        try writer.finish()
        if failed { throw ExitCode(1) }
    }

    /// Calls `body` with each line that is not blank, and `refused` with the number and length of
    /// each line longer than `--max-bytes`.
    private static func eachLine(of reader: LineReader, maximumLength: Int, _ body: ([UInt8], Int) throws -> Void,
                                 refused: (Int, Int) throws -> Void) throws {
        reader.maximumLineLength = maximumLength
        while let (line, number) = try reader.next() {
            if let length = reader.refusedLength { try refused(number, length) }
            else if !ScrapedArticle.isBlank(line) { try body(line, number) }
        }
    }
}

/// A record writer shared with the interrupt handler: Ctrl-C waits for the record being written,
/// then closes the output (a JSON array gets its `]`, a file is renamed into place) and exits.
final class GuardedWriter: @unchecked Sendable {
    private let writer: RecordWriter
    private let lock = NSLock()

    init(_ writer: RecordWriter) { self.writer = writer }

    func write(_ record: ArticleRecord) throws {
        lock.lock()
        defer { lock.unlock() }
        try writer.write(record)
    }

    func finish() throws {
        lock.lock()
        defer { lock.unlock() }
        try writer.finish()
    }

    /// Finishes the output (unless it is finished already) and exits with `status`; never returns.
    func finishAndExit(_ status: Int32) -> Never {
        lock.lock()
        try? writer.finish()
        Foundation.exit(status)
    }
}

import ArgumentParser
import Foundation
import SoLieu

extension InputFormat: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// How inputs are read: `--input`, `--encoding`.
struct ReadingOptions: ParsableArguments {
    @Option(name: .customLong("input"), help: ArgumentHelp(
        "What the inputs are: auto (by extension, else by content), text, html, jsonl (one scraped article per line).",
        valueName: "kind"))
    var format: InputFormat = .auto

    @Option(help: ArgumentHelp("The inputs' encoding, overriding detection (utf-8, utf-16le, windows-1258, …; any name ICU knows).",
                               valueName: "name"))
    var encoding: String?

    @Option(name: .customLong("max-bytes"), help: ArgumentHelp(
        "The largest article read: a file, stdin, or one line of JSON Lines (bytes, or with K, M, G; default 5M). A larger one is refused with an input_too_large error, not read.",
        valueName: "size"))
    var maxBytes = ByteSize(ReadOptions.defaultMaximumBytes)

    var options: ReadOptions { ReadOptions(format: format, encoding: encoding, maximumBytes: maxBytes.bytes) }

    func validate() throws {
        if let encoding, !InputDecoder.isKnownEncoding(encoding) {
            throw ValidationError("--encoding \(encoding): ICU knows no such encoding")
        }
    }
}

/// How records are written: `--format`, `--pretty`, `--bom`, `--output`.
struct WritingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("jsonl (one record per line), json (one record; an array for several), csv (one row per fact).",
                               valueName: "format"))
    var format: OutputFormat?

    @Flag(help: "Indent the JSON (implies --format json).")
    var pretty = false

    @Flag(help: "Start CSV output with a byte order mark, for spreadsheet programs that need it to read UTF-8.")
    var bom = false

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write to FILE instead of stdout ('-' is stdout): atomically (FILE.partial, then renamed), or in place for a pipe or device.",
        valueName: "file"))
    var output: String?

    /// The file named by `--output`, or nil for stdout (no option, or `-`).
    var outputPath: String? { output == "-" ? nil : output }

    var formatter: RecordFormatter {
        RecordFormatter(format: format ?? (pretty ? .json : .jsonl), pretty: pretty, bom: bom)
    }

    func validate() throws {
        if pretty, let format, format != .json { throw ValidationError("--pretty applies to --format json") }
        if bom, format != .csv { throw ValidationError("--bom applies to --format csv") }
        var isDirectory: ObjCBool = false
        if let output = outputPath, FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ValidationError("--output \(output) is a folder")
        }
    }

    /// The output: stdout, or `--output`.
    func open() throws -> OutputFile {
        guard let output = outputPath else { return .standardOutput() }
        return try OutputFile.atomic(path: output)
    }
}

/// A size in bytes on the command line: `5242880`, `5M`, `512K`, `1G` (powers of 1024).
struct ByteSize: ExpressibleByArgument, CustomStringConvertible {
    let bytes: Int

    init(_ bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        guard let bytes = InputLimit.parse(argument) else { return nil }
        self.bytes = bytes
    }

    var description: String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20)M" : bytes % (1 << 10) == 0 ? "\(bytes >> 10)K" : "\(bytes)"
    }

    var defaultValueDescription: String { description }
}

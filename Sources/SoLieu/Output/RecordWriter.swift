/// Writes formatted records to an output in order, with the header, separators and footer the
/// format needs, so that the output is well formed after `finish()`.
///
/// ```swift
/// let writer = RecordWriter(formatter: RecordFormatter(format: .csv), single: false, output: .standardOutput())
/// try writer.write(record)
/// try writer.finish()
/// ```
public final class RecordWriter {
    public let formatter: RecordFormatter
    public let output: OutputFile
    private let single: Bool
    private var started = false
    private var finished = false
    /// How many records have been written.
    public private(set) var count = 0

    /// - Parameters:
    ///   - single: the output holds exactly one record (JSON writes it as an object, not an array).
    ///   - resumed: the output already holds a header and earlier records (a resumed run).
    public init(formatter: RecordFormatter, single: Bool, output: OutputFile, resumed: Bool = false) {
        self.formatter = formatter
        self.single = single
        self.output = output
        started = resumed
    }

    /// Formats and writes one record.
    public func write(_ record: ArticleRecord) throws {
        try write(formatted: formatter.bodyBytes(record))
    }

    /// Writes one record already formatted by `formatter.body`.
    public func write(formatted body: String) throws {
        var body = body
        try body.withUTF8 { try write(formatted: Array($0)) }
    }

    /// Writes one record already formatted by `formatter.bodyBytes`.
    public func write(formatted body: [UInt8]) throws {
        var prefix = ""
        if !started { prefix += formatter.header(single: single); started = true }
        if count > 0 { prefix += formatter.separator(single: single) }
        count += 1
        // One write per record, as a reader of a growing output expects.
        try output.write(prefix.isEmpty ? body : Array(prefix.utf8) + body)
    }

    /// Writes the footer and commits the output (see `OutputFile.commit`). Later calls do nothing.
    public func finish() throws {
        guard !finished else { return }
        finished = true
        var text = ""
        if !started { text += formatter.header(single: single); started = true }
        text += formatter.footer(single: single)
        if !text.isEmpty { try output.write(text) }
        try output.commit()
    }
}

extension ArticleRecord {
    /// Where the record's input is, for messages: `path`, `path:line`, `stdin:line` or `stdin`.
    public var place: String {
        let base = path ?? "stdin"
        return line.map { "\(base):\($0)" } ?? base
    }

    /// The record of an input that could not be read at all: no facts, an `unreadable_input` error.
    public static func unreadable(id: String, path: String?, message: String) -> ArticleRecord {
        var record = ArticleRecord(id: id.isEmpty ? "unreadable" : id, path: path, format: "text", encoding: nil, sha256: nil)
        record.diagnostics.append(Diagnostic(.error, "unreadable_input", message))
        return record
    }

    /// The record of a file that could not be read, or was refused for its size (`input_too_large`).
    public static func unreadable(id: String, path: String?, error: InputFileError) -> ArticleRecord {
        var record = unreadable(id: id, path: path, message: error.description)
        record.diagnostics[0].code = error.diagnosticCode
        if error.limit != nil { record.format = InputFormat.fromExtension(path)?.rawValue ?? "text" }
        return record
    }

    /// The record of an input refused because it is larger than `limit` bytes: no facts, an
    /// `input_too_large` error. `size` is nil when the input was read no further than the limit.
    public static func tooLarge(id: String, path: String?, line: Int? = nil, format: String, size: Int?, limit: Int,
                                sha256: String? = nil) -> ArticleRecord {
        var record = ArticleRecord(id: id.isEmpty ? "unreadable" : id, path: path, format: format, encoding: nil, sha256: sha256)
        record.line = line
        let what = line.map { "line \($0): " } ?? ""
        record.diagnostics.append(Diagnostic(.error, InputLimit.code, what + InputLimit.describe(size: size, limit: limit)))
        return record
    }
}

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
}

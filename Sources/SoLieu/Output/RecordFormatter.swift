/// The ways records are written out.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// One compact JSON record per line.
    case jsonl
    /// One JSON record (indented with `pretty`), or a JSON array when there are several.
    case json
    /// One row per fact (see `CSVTable`), RFC 4180.
    case csv
}

/// Turns records into output text: the part before the first record, each record's own text, and
/// the separators JSON arrays need.
///
/// ```swift
/// let csv = RecordFormatter(format: .csv, bom: true)
/// csv.header(single: false)    // "\u{FEFF}id,url,published,kind,…\r\n"
/// csv.body(record)              // one CRLF-ended row per fact
/// ```
///
/// Formatting is pure: workers can format records in parallel and a writer joins the pieces.
public struct RecordFormatter: Sendable {
    public var format: OutputFormat
    /// Indent JSON.
    public var pretty: Bool
    /// Start CSV with a byte order mark, for spreadsheet programs that need one to read UTF-8.
    public var bom: Bool

    public init(format: OutputFormat = .jsonl, pretty: Bool = false, bom: Bool = false) {
        self.format = format
        self.pretty = pretty
        self.bom = bom
    }

    /// What comes before the first record: CSV's byte order mark and header, a JSON array's `[`.
    /// `single` says the output holds exactly one record (JSON is then that object, not an array).
    public func header(single: Bool) -> String {
        switch format {
        case .jsonl: return ""
        case .json: return single ? "" : "[\n"
        case .csv: return (bom ? "\u{FEFF}" : "") + CSVTable.row(CSVTable.columns)
        }
    }

    /// One record's text: a line for JSON Lines, the rows of its facts for CSV, the (indented) object
    /// for JSON.
    public func body(_ record: ArticleRecord) -> String {
        String(decoding: bodyBytes(record), as: UTF8.self)
    }

    /// `body(record)` as UTF-8 bytes, what writers send out.
    public func bodyBytes(_ record: ArticleRecord) -> [UInt8] {
        switch format {
        case .jsonl: return record.jsonBytes(terminator: 0x0A)
        case .json: return record.jsonBytes(pretty: pretty)
        case .csv:
            var text = CSVTable.rows(of: record).map(CSVTable.row).joined()
            return text.withUTF8 { Array($0) }
        }
    }

    /// What goes between two records' texts: `,` and a line end in a JSON array.
    public func separator(single: Bool) -> String { format == .json && !single ? ",\n" : "" }

    /// What comes after the last record.
    public func footer(single: Bool) -> String {
        switch format {
        case .jsonl, .csv: return ""
        case .json: return single ? "\n" : "\n]\n"
        }
    }
}

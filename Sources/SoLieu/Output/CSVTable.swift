import Foundation

/// Facts as a table: one row per fact, for spreadsheets and data frames.
///
/// Columns: the article's `id`, `url` and `published`; the fact's `kind`, `measure`, `value`,
/// `value_max`, `classes`, `participants`, `unit` (for training: `participant_unit`), `qualifier`,
/// `modality`, `subject`, `period`, `doc_type`, `number`, `date`; and its evidence `evidence_text`,
/// `evidence_start`, `evidence_end`. Every cell is the JSON record's value in text: numbers in plain
/// form (`5971`, `96.9`), null as an empty cell. An article without facts has no row.
///
/// Quoting follows RFC 4180: rows end with CRLF; a cell holding a comma, a double quote, CR or LF is
/// quoted, with its double quotes doubled.
public enum CSVTable {
    /// The header row.
    public static let columns = ["id", "url", "published", "kind", "measure", "value", "value_max", "classes",
                                 "participants", "unit", "qualifier", "modality", "subject", "period", "doc_type",
                                 "number", "date", "evidence_text", "evidence_start", "evidence_end"]

    /// The cells of each fact of `record`, in column order.
    public static func rows(of record: ArticleRecord) -> [[String]] {
        record.facts.map { fact in
            let json = ArticleRecord.factJSON(fact)
            let evidence = json["evidence"]
            let unit = fact.kind == .training ? json["participant_unit"] : json["unit"]
            return [cell(.string(record.id)), cell(record.url.map { .string($0) }), cell(record.metadata.published.map { .string($0) }),
                    cell(json["kind"]), cell(json["measure"]), cell(json["value"]), cell(json["value_max"]),
                    cell(json["classes"]), cell(json["participants"]), cell(unit), cell(json["qualifier"]),
                    cell(json["modality"]), cell(json["subject"]), cell(json["period"]), cell(json["doc_type"]),
                    cell(json["number"]), cell(json["date"]), cell(evidence?["text"]), cell(evidence?["start"]),
                    cell(evidence?["end"])]
        }
    }

    /// One row: cells quoted where needed, joined by commas, ended by CRLF.
    public static func row(_ cells: [String]) -> String {
        cells.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// A cell as RFC 4180 writes it.
    static func quoted(_ cell: String) -> String {
        guard cell.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D })
        else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func cell(_ value: JSONValue?) -> String {
        switch value {
        case .string(let s)?: return s
        case .number(let n)?: return JSONValue.format(n)
        case .bool(let b)?: return b ? "true" : "false"
        default: return ""
        }
    }
}

/// How a table of figures is written for the fact rules: one line per row, read like a sentence —
/// the row's label, then each figure followed by its column's heading ("Chi bộ Công ty May Tân An
/// 24 đảng viên, 4 Kết nạp mới."). Used for HTML tables (`HTMLTable`) and for tables in plain text
/// with cells between `|` (`PipeTable`).
enum FigureTable {
    /// The lines of a table: the heading row (cells joined by " | ") when there is one, then a line per
    /// data row; rows without a figure after their first cell keep their cells joined by " | ".
    static func lines(headings: [String], rows: [[String]]) -> [String] {
        var out: [String] = []
        if headings.contains(where: { !$0.isEmpty }) { out.append(headings.filter { !$0.isEmpty }.joined(separator: " | ")) }
        for row in rows {
            var figures: [String] = []
            for (j, cell) in row.enumerated().dropFirst() where isFigure(cell) {
                let heading = j < headings.count && !isFigure(headings[j]) ? headings[j] : ""
                figures.append(figure(cell, heading: heading))
            }
            let label = row.first ?? ""
            if figures.isEmpty {
                out.append(row.filter { !$0.isEmpty }.joined(separator: " | "))
            } else {
                out.append((label.isEmpty ? "" : label + " ") + figures.joined(separator: ", ") + ".")
            }
        }
        return out.filter { !$0.isEmpty }
    }

    /// A figure with its column's heading after it, the heading's "number of" words left out: "Số
    /// đảng viên" over 412 reads "412 đảng viên", "Tổng số chi bộ" over 9 reads "9 chi bộ".
    static func figure(_ cell: String, heading: String) -> String {
        guard !heading.isEmpty else { return cell }
        let words = heading.split(separator: " ")
        for lead in numberOfWords where words.count >= lead.count {
            if zip(words, lead).allSatisfy({ $0.lowercased() == $1 }) {
                // "Số lượng" alone names nothing: kept as it is.
                return cell + " " + (words.count > lead.count ? words.dropFirst(lead.count).joined(separator: " ") : heading)
            }
        }
        return cell + " " + heading
    }

    /// Words that open a heading meaning "the number of" (grammar, longest first).
    private static let numberOfWords: [[String]] = [["tổng", "số"], ["số", "lượng"], ["số"]]

    /// Whether a cell holds just a figure: digits with `.` or `,` inside, maybe a final `%`.
    static func isFigure(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, first.isASCIIDigit else { return false }
        for (i, s) in scalars.enumerated() {
            if s.isASCIIDigit { continue }
            if (s == "." || s == ",") && i + 1 < scalars.count && scalars[i + 1].isASCIIDigit { continue }
            if s == "%" && i == scalars.count - 1 { continue }
            return false
        }
        return true
    }
}

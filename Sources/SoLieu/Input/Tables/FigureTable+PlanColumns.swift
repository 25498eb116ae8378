/// Tables of planned and done figures side by side:
///
///     Nội dung | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ (%)
///     Kết nạp đảng viên mới (đảng viên) | 12 | 5 | 41,7
///
/// A row reads as a labelled line with a column's name before each figure, the way the fact rules
/// read such a line in prose (`FactContext.labelColumn`): "Kết nạp đảng viên mới: kế hoạch 12 đảng
/// viên (năm 2024); thực hiện 5 đảng viên (6 tháng); đạt 41,7% kế hoạch."
extension FigureTable {
    /// What one column of such a table holds.
    enum PlanColumn: Equatable {
        /// Planned (true) or done (false) figures; `word` is the column's name as written, `period`
        /// the words after it ("năm 2024"), if any.
        case figures(word: String, period: String?, planned: Bool)
        /// The done figure as a percentage of the planned one ("Tỷ lệ (%)", "% KH").
        case rate
    }

    /// The columns after the first, when every one is a column of planned or done figures or of
    /// rates, and there is at least one of planned and one of done figures; nil otherwise.
    static func planColumns(_ headings: [String]) -> [PlanColumn]? {
        guard headings.count >= 3 else { return nil }
        var columns: [PlanColumn] = []
        for heading in headings.dropFirst() {
            if let column = figuresColumn(heading) { columns.append(column) } else if isRateHeading(heading) { columns.append(.rate) } else { return nil }
        }
        let planned = columns.contains { if case .figures(_, _, true) = $0 { return true } else { return false } }
        let done = columns.contains { if case .figures(_, _, false) = $0 { return true } else { return false } }
        return planned && done ? columns : nil
    }

    /// A row of such a table as a labelled line; nil when it holds no figure.
    static func planRow(_ row: [String], columns: [PlanColumn]) -> String? {
        guard let first = row.first, !first.isEmpty else { return nil }
        // "Kết nạp đảng viên mới (đảng viên)": the noun of the row's figures in brackets.
        var label = first, unit: String?
        if let (named, note) = bracketNote(first), note.spaceSeparatedWords.count <= 3 { (label, unit) = (named, note) }
        var items: [String] = []
        for (cell, column) in zip(row.dropFirst(), columns) where isFigureCell(cell) {
            switch column {
            case let .figures(word, period, _):
                var item = word.lowercased() + " " + cell
                if let unit, !cell.hasSuffix("%") { item += " " + unit }
                if let period { item += " (" + period + ")" }
                items.append(item)
            case .rate:
                items.append("đạt " + (cell.hasSuffix("%") ? cell : cell + "%") + " kế hoạch")
            }
        }
        return items.isEmpty ? nil : label + ": " + items.joined(separator: "; ") + "."
    }

    /// A heading that opens with the name of a column of planned or done figures (`plan_scope.tsv`,
    /// `planned` and `done`): "Kế hoạch năm 2024", "Thực hiện 6 tháng", "KH", "TH".
    private static func figuresColumn(_ heading: String) -> PlanColumn? {
        let words = heading.spaceSeparatedWords
        for n in stride(from: min(3, words.count), through: 1, by: -1) {
            let key = FoldedKey.fold(words.prefix(n).joined(separator: " "))
            let planned = plannedColumnWords.contains(key)
            guard planned || doneColumnWords.contains(key) else { continue }
            let rest = words.dropFirst(n).joined(separator: " ")
            return .figures(word: words.prefix(n).joined(separator: " "), period: rest.isEmpty ? nil : rest, planned: planned)
        }
        return nil
    }

    /// Whether a heading names the rate of done to planned figures: "Tỷ lệ (%)", "Tỷ lệ đạt", "%",
    /// "% KH", "So với KH (%)".
    private static func isRateHeading(_ heading: String) -> Bool {
        let folded = FoldedKey.fold(heading)
        return rateHeadingOpeners.contains { folded.hasPrefix($0) } || heading.hasSuffix("(%)")
    }

    /// Names of columns of planned and done figures, folded (`plan_scope.tsv`).
    static let plannedColumnWords = Set(LexiconFile.bundledEntries("plan_scope.tsv", kind: "planned").map(FoldedKey.fold))
    static let doneColumnWords = Set(LexiconFile.bundledEntries("plan_scope.tsv", kind: "done").map(FoldedKey.fold))

    /// Openings of a heading of rates, folded (grammar).
    private static let rateHeadingOpeners = ["tỷ lệ", "tỉ lệ", "%", "so với"].map(FoldedKey.fold)
}

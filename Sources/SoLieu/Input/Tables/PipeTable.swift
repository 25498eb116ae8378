import Foundation

/// Tables in plain text with cells between `|` (what scrapers make of HTML tables, and Markdown
/// tables), written like HTML tables of figures (`FigureTable`):
///
///     Đơn vị | Số đảng viên | Kết nạp mới
///     Chi bộ Công ty May Tân An | 24 | 4
///
/// becomes "Đơn vị | Số đảng viên | Kết nạp mới" then "Chi bộ Công ty May Tân An 24 đảng viên, 4 Kết
/// nạp mới.". A table is three lines or more in a row with the same number of cells (two or more),
/// a figure after the first cell in some row; Markdown's `|---|---|` rule lines are dropped. A
/// shorter run's lines whose cells after the first are figures with their nouns ("Cộng: 38 lớp |
/// 2.614 học viên") are written the same way. Other lines are left as they are.
enum PipeTable {
    /// `text` with its tables of figures rewritten; `text` itself when it has none.
    static func rewritten(_ text: String) -> String {
        // Cheap test first (`UTF8Search`): most texts have no "|" at all.
        guard UTF8Search.contains(anyOf: [UInt8(ascii: "|")], in: text) else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        var changed = false
        var i = 0
        while i < lines.count {
            guard let width = cells(lines[i])?.count else { out.append(lines[i]); i += 1; continue }
            // The run of lines with the same number of cells (rule lines inside it skipped).
            var j = i
            var rows: [[String]] = []
            while j < lines.count {
                if isRule(lines[j]) { j += 1; continue }
                guard let row = cells(lines[j]), row.count == width else { break }
                rows.append(row)
                j += 1
            }
            // "(đơn vị tính: đảng viên)" in the three lines before the table (a blank line may come between).
            let unit = lines[max(0, i - 3)..<i].reversed().lazy.compactMap(FigureTable.unitOfMeasure(in:)).first
            // "Số liệu từng chi bộ (tên chi bộ | số đảng viên | kết nạp mới):": headings told in prose.
            let told = lines[max(0, i - 3)..<i].reversed().lazy.compactMap { headings(inProse: $0, width: width) }.first
            if rows.count >= 3, let table = rendered(rows, unit: unit, toldHeadings: told) {
                out += table
                changed = true
            } else {
                for line in lines[i..<j] {
                    // "Chi bộ Khoa Kinh tế: 38 | Chi bộ Khoa Luật: 24 | …": a line of labelled figures
                    // is a list, an item each.
                    if let row = cells(line), row.count >= 3, row.allSatisfy(isLabelledFigure) {
                        out += row.map { "- " + $0 }
                        changed = true
                        continue
                    }
                    // "6.412 | đảng viên", "9 lớp | bồi dưỡng nhận thức về Đảng | 524 học viên": an
                    // infographic's figure with its caption after the bar reads as one phrase.
                    if let row = cells(line), let caption = captionedFigure(row) {
                        out.append(caption)
                        changed = true
                        continue
                    }
                    // "Cộng: 38 lớp | 2.614 học viên": figures that name their nouns, one cell each.
                    if let row = cells(line), row.dropFirst().allSatisfy({ FigureTable.isCountedFigure($0) || FigureTable.isFigure($0) || $0 == "–" || $0 == "-" }),
                       row.dropFirst().contains(where: FigureTable.isCountedFigure) {
                        out += FigureTable.lines(headings: [], rows: [row])
                        changed = true
                    } else {
                        out.append(line)
                    }
                }
            }
            i = max(j, i + 1)
        }
        return changed ? out.joined(separator: "\n") : text
    }

    /// The cells of a line with at least one "|" between cells, trimmed; Markdown's outer bars
    /// ("| a | b |") are not cells.
    static func cells(_ line: String) -> [String]? {
        guard line.contains("|"), !isRule(line) else { return nil }
        var parts = line.split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.first == "" { parts.removeFirst() }
        if parts.last == "" { parts.removeLast() }
        return parts.count >= 2 ? parts : nil
    }

    /// Whether a cell is a label, one colon and a figure ("Chi bộ Khoa Luật: 24",
    /// "Từ trần: 1 đồng chí").
    static func isLabelledFigure(_ cell: String) -> Bool {
        let parts = cell.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let label = parts[0].trimmingCharacters(in: .whitespaces), value = parts[1].trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty, label.count <= 60 else { return false }
        return FigureTable.isFigureCell(value) || FigureTable.isCountedFigure(value)
    }

    /// A line of an infographic whose first cell is a figure and whose second is its caption in
    /// lower case ("38 | tổ chức cơ sở đảng", "↑ 2,7% | so với năm 2023", "9 lớp | bồi dưỡng …
    /// | 524 học viên"), written as one phrase: "38 tổ chức cơ sở đảng", later cells after commas.
    static func captionedFigure(_ row: [String]) -> String? {
        guard row.count >= 2, isLeadFigure(row[0]), let first = row[1].first, first.isLetter, first.isLowercase else { return nil }
        return ([row[0] + " " + row[1]] + row.dropFirst(2).filter { !$0.isEmpty }).joined(separator: ", ")
    }

    /// Whether an infographic's cell opens with its figure: a figure cell, a figure and its noun
    /// ("9 lớp"), or a figure after an arrow or a comparison sign ("↑ 2,7%", "≥ 190").
    private static func isLeadFigure(_ cell: String) -> Bool {
        if FigureTable.isFigureCell(cell) || FigureTable.isCountedFigure(cell) { return true }
        let words = cell.spaceSeparatedWords
        return words.count == 2 && words[0].unicodeScalars.count == 1 && words[0].unicodeScalars.allSatisfy(FigureTable.leadSigns.contains)
            && FigureTable.isFigure(String(words[1]))
    }

    /// A Markdown rule line: only "|", "-", ":" and spaces, with a "-".
    static func isRule(_ line: String) -> Bool {
        line.contains("-") && line.contains("|") && line.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " }
    }

    /// The lines of a table of figures, or nil when no row has a figure after its first cell.
    /// - Parameter toldHeadings: the headings a sentence before the table gives, for a table
    ///   without a heading row.
    private static func rendered(_ rows: [[String]], unit: String?, toldHeadings: [String]? = nil) -> [String]? {
        // "STT | Chi bộ | Đảng viên": a column of row numbers is no label; the next column is.
        let rows = hasOrdinalColumn(rows) ? rows.map { Array($0.dropFirst()) } : rows
        guard rows[0].count >= 2 else { return nil }
        let first = rows[0]
        func holdsFigure(_ cell: String) -> Bool { FigureTable.isFigure(cell) || FigureTable.isCountedFigure(cell) }
        // "Chỉ tiêu | Năm 2024 | 9 tháng năm 2025": a period opening with a number is a heading.
        let hasHeading = !first.dropFirst().contains { holdsFigure($0) && !FigureTable.isPeriod($0) }
        let data = hasHeading ? Array(rows.dropFirst()) : rows
        guard data.contains(where: { $0.dropFirst().contains(where: holdsFigure) }) else { return nil }
        return FigureTable.lines(headings: hasHeading ? first : toldHeadings ?? [], rows: data, unit: unit)
    }

    /// Whether a table's first column numbers its rows: headed "STT", "TT", "Số TT" or "#", or
    /// holding 1, 2, 3 … in its data rows (a totals row may leave it empty or "-").
    static func hasOrdinalColumn(_ rows: [[String]]) -> Bool {
        guard rows.count >= 3, rows[0].count >= 3 else { return false }
        if ordinalHeadings.contains(FoldedKey.fold(rows[0][0])) { return true }
        var expected = 1
        for row in rows.dropFirst(rows[0][0].allSatisfy(\.isNumber) && !rows[0][0].isEmpty ? 0 : 1) {
            let cell = row[0]
            if cell.isEmpty || cell == "-" { continue }
            guard Int(cell) == expected else { return false }
            expected += 1
        }
        return expected > 3
    }

    /// Headings of a column of row numbers, folded.
    static let ordinalHeadings: Set<String> = Set(["stt", "tt", "số tt", "#", "số thứ tự", "thứ tự"].map(FoldedKey.fold))

    /// The cells of a table's headings written in brackets in a sentence before it ("Số liệu từng
    /// chi bộ như sau (tên chi bộ | số đảng viên | kết nạp mới trong năm):"), when they are as many
    /// as the table's columns.
    static func headings(inProse line: String, width: Int) -> [String]? {
        guard let inside = FigureTable.lastBracketed(line) else { return nil }
        let parts = inside.split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == width, !parts.contains(where: \.isEmpty) else { return nil }
        return parts
    }
}

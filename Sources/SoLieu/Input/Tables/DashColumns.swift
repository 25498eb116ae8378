import Foundation

/// Tables whose columns are set apart by spaced dashes, with a heading row:
///
///     Đơn vị – Số đảng viên – Kết nạp mới – Chuyển chính thức
///     Toàn Đảng bộ – 614 – 22 – 18
///     Chi bộ Khu phố 1 – 118 – 4 – 3
///
/// are written with "|" between their cells, for `PipeTable` to read. A table is three lines or more
/// in a row that each split into the same number of cells (three or more) at a spaced en dash or
/// hyphen, two of them at least with a figure in every cell after the first. Other lines are left
/// as they are ("Đội Nhào lộn – Tung hứng có 18 người" splits into two cells only).
enum DashColumns {
    /// `text` with its dash-separated tables rewritten; `text` itself when it has none. (Its rows end
    /// in a spaced dash and a figure: `FigureTable` calls it only when two lines do.)
    static func rewritten(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        var changed = false
        var i = 0
        while i < lines.count {
            let width = cells(lines[i]).count
            guard width >= 3 else { out.append(lines[i]); i += 1; continue }
            var j = i + 1
            while j < lines.count, cells(lines[j]).count == width { j += 1 }
            let rows = lines[i..<j].map(cells)
            let figureRows = rows.filter { $0.dropFirst().allSatisfy(FigureTable.isFigure) }.count
            if j - i >= 3, figureRows >= 2 {
                out += rows.map { $0.joined(separator: " | ") }
                changed = true
            } else {
                out += lines[i..<j]
            }
            i = j
        }
        return changed ? out.joined(separator: "\n") : text
    }

    /// The cells of `line` between spaced en dashes or hyphens, trimmed; one cell when there is none
    /// or a cell is empty.
    static func cells(_ line: String) -> [String] {
        let parts = line.replacingOccurrences(of: " – ", with: " - ").components(separatedBy: " - ")
        let trimmed = parts.map { $0.trimmingCharacters(in: .whitespaces) }
        return trimmed.contains(where: \.isEmpty) ? [line] : trimmed
    }
}

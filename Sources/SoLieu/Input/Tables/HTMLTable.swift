/// A table of figures, read cell by cell while a page is read, and written out as one line per row
/// that the fact rules read like a sentence (`FigureTable`): "Cấp ủy giám sát chuyên đề 27 Tổ chức
/// đảng, 64 Đảng viên." — the row's label, then each figure followed by its column's heading.
///
/// Only small tables of figures are rewritten: at least two rows, a row of two cells or more, short
/// cells, a figure outside the first column, no table inside. Any other table (a page laid out with
/// tables, a table of names) keeps one line per cell.
struct HTMLTable {
    /// `lines.count` of the page when the table opened: its lines are the ones after.
    let firstLine: Int
    /// The cells of each row: their text, and whether they were `<th>`.
    private(set) var rows: [[(text: String, heading: Bool)]] = []
    /// The page's `lines.count` when the open cell started, if one is open.
    private var cellStart: Int?
    private var cellIsHeading = false
    /// The line where the first cell started (lines before it, a caption, are kept as they are).
    private var firstCellLine: Int?
    /// Whether a table opened inside this one (then this one is layout).
    var hasNestedTable = false

    /// The longest cell of a table of figures, in characters.
    static let longestCell = 120

    init(firstLine: Int) { self.firstLine = firstLine }

    mutating func startRow(_ lines: [String]) {
        endCell(lines)
        rows.append([])
    }

    mutating func startCell(heading: Bool, _ lines: [String]) {
        endCell(lines)
        if rows.isEmpty { rows.append([]) }
        guard !hasNestedTable else { return }
        cellStart = lines.count
        cellIsHeading = heading
        if firstCellLine == nil { firstCellLine = lines.count }
    }

    /// Ends the open cell, if any: its text is the page lines written since it started.
    mutating func endCell(_ lines: [String]) {
        guard let start = cellStart else { return }
        cellStart = nil
        // A table with a table inside is never rewritten: its cells are not kept (each line would
        // otherwise be copied once per enclosing table).
        guard !hasNestedTable else { return }
        WorkCounter.tick(max(1, lines.count - start))
        let text = start < lines.count ? lines[start...].joined(separator: " ") : ""
        rows[rows.count - 1].append((text, cellIsHeading))
    }

    /// The page's lines from `firstLine` on, rewritten when this is a table of figures; nil to keep
    /// them as they are.
    func rewritten(_ lines: [String]) -> [String]? {
        let body = rows.filter { !$0.isEmpty }
        guard !hasNestedTable, body.count >= 2, body.contains(where: { $0.count >= 2 }),
              body.allSatisfy({ $0.allSatisfy { $0.text.count <= Self.longestCell } }) else { return nil }
        // The heading row: `<th>` cells, or a first row with no figure after its first cell.
        let first = body[0]
        let hasHeading = first.contains { $0.heading } || !first.dropFirst().contains { Self.isFigure($0.text) }
        let headings = hasHeading ? first.map(\.text) : []
        let data = hasHeading ? Array(body.dropFirst()) : body
        guard data.contains(where: { $0.dropFirst().contains { Self.isFigure($0.text) } }) else { return nil }
        let caption = Array(lines[firstLine..<min(firstCellLine ?? lines.count, lines.count)])
        let unit = caption.lazy.compactMap(FigureTable.unitOfMeasure(in:)).first
        return (caption + FigureTable.lines(headings: headings, rows: data.map { $0.map(\.text) }, unit: unit)).filter { !$0.isEmpty }
    }

    /// A cell of a figure: a bare figure, or one with its noun ("612 học viên").
    static func isFigure(_ text: String) -> Bool { FigureTable.isFigure(text) || FigureTable.isCountedFigure(text) }
}

/// The line that introduces a table or list ("Cụ thể, số đảng viên được trao Huy hiệu đợt này như
/// sau:"), for each line under it: a line ending in a colon, followed only by short lines (rows and
/// items). Found for all lines in one pass.
struct ListIntros {
    private let lines: LineIndex
    /// For each line, the code point range of its introduction.
    private let intros: [Range<Int>?]

    /// Lines longer than this are prose: they end a list.
    static let longestItem = 160
    /// An item that opens with a list mark ("- Huy hiệu 40 năm tuổi Đảng: 01 đồng chí, là …") may
    /// run on this long.
    static let longestMarkedItem = 400

    init(_ analysis: TextAnalysis) {
        let scalars = analysis.scalars
        lines = analysis.lines
        var intros: [Range<Int>?] = []
        intros.reserveCapacity(lines.starts.count)
        var current: Range<Int>?
        // The mark of the current list's first marked item.
        var itemMark: Unicode.Scalar?
        for i in lines.starts.indices {
            let line = lines.range(ofLine: i)
            WorkCounter.tick(line.count + 1)
            // A long line is prose, not an item of the list above it.
            let firstScalar = line.first { scalars[$0] != " " && scalars[$0] != "\t" }.map { scalars[$0] }
            let marked = firstScalar.map { OrganisationRecognizer.listMarks.contains($0) } ?? false
            let prose = line.count > (marked ? Self.longestMarkedItem : Self.longestItem)
            // After its marked items, a list ends at a heading (a line without a mark, and without
            // a figure or in capitals: not "=> Tổng cộng: 96 đảng viên.") or at an item with another
            // mark (of the list above: "• Kết nạp …, gồm:" then "– 21 bác sĩ" and "– 9 điều dưỡng",
            // then "• Công nhận đảng viên chính thức: 31 đồng chí").
            if current != nil, let first = firstScalar {
                // (Read only for an unmarked line after marked items.)
                func isHeading() -> Bool {
                    !line.contains { scalars[$0].value >= 0x30 && scalars[$0].value <= 0x39 }
                        || !line.contains { scalars[$0].properties.isLowercase }
                }
                if let mark = itemMark, marked ? first != mark : isHeading() {
                    current = nil
                    itemMark = nil
                } else if marked, itemMark == nil {
                    itemMark = first
                }
            }
            intros.append(prose ? nil : current)
            var last = line.upperBound
            while last > line.lowerBound && scalars[last - 1] == " " { last -= 1 }
            // "Số liệu từng chi bộ (tên chi bộ | số đảng viên | kết nạp mới):": a table's columns
            // name what its figures count, not the line before them.
            if last > line.lowerBound && scalars[last - 1] == ":" {
                current = line.contains(where: { scalars[$0] == "|" }) ? nil : line
                itemMark = nil
            } else if prose {
                current = nil
                itemMark = nil
            }
        }
        self.intros = intros
    }

    /// The introduction of the list holding the line at `offset`, if any.
    func intro(of offset: Int) -> Range<Int>? { intros[lines.line(of: offset)] }

    /// The code point range of the line holding `offset` (without its line break).
    func lineRange(of offset: Int) -> Range<Int> { lines.range(ofLine: lines.line(of: offset)) }
}

/// The line that introduces a table or list ("Cụ thể, số đảng viên được trao Huy hiệu đợt này như
/// sau:"), for each line under it: a line ending in a colon, followed only by short lines (rows and
/// items). Found for all lines in one pass.
struct ListIntros {
    /// Line start offsets, in order, and for each line the code point range of its introduction.
    private let starts: [Int]
    private let intros: [Range<Int>?]

    /// Lines longer than this are prose: they end a list.
    static let longestItem = 160

    init(_ analysis: TextAnalysis) {
        let scalars = analysis.scalars
        var starts: [Int] = [], intros: [Range<Int>?] = []
        var current: Range<Int>?
        var start = 0
        while start <= scalars.count {
            var end = start
            while end < scalars.count && scalars[end] != "\n" { end += 1 }
            WorkCounter.tick(end - start + 1)
            starts.append(start)
            // A long line is prose, not an item of the list above it.
            intros.append(end - start > Self.longestItem ? nil : current)
            var last = end
            while last > start && scalars[last - 1] == " " { last -= 1 }
            if last > start && scalars[last - 1] == ":" {
                current = start..<end
            } else if end - start > Self.longestItem {
                current = nil
            }
            start = end + 1
        }
        self.starts = starts
        self.intros = intros
    }

    /// The introduction of the list holding the line at `offset`, if any.
    func intro(of offset: Int) -> Range<Int>? {
        let i = line(of: offset)
        return i >= 0 ? intros[i] : nil
    }

    /// The code point range of the line holding `offset` (without its line break).
    func lineRange(of offset: Int, in analysis: TextAnalysis) -> Range<Int> {
        let i = max(0, line(of: offset))
        let end = i + 1 < starts.count ? starts[i + 1] - 1 : analysis.scalars.count
        return starts[i]..<max(starts[i], end)
    }

    private func line(of offset: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo - 1
    }
}

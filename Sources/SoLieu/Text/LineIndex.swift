/// Where the lines of a text start, found once, and the line of any code point offset.
struct LineIndex: Sendable {
    /// Code point offsets where lines start, in order (the first is 0).
    let starts: [Int]
    /// The text's length in code points.
    let count: Int

    init(_ scalars: [Unicode.Scalar]) {
        var starts = [0]
        for (i, s) in scalars.enumerated() where s == "\n" { starts.append(i + 1) }
        self.starts = starts
        count = scalars.count
    }

    /// The index of the line holding `offset`.
    func line(of offset: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return max(0, lo - 1)
    }

    /// The code point range of line `i`, without its line break.
    func range(ofLine i: Int) -> Range<Int> {
        let end = i + 1 < starts.count ? starts[i + 1] - 1 : count
        return starts[i]..<max(starts[i], end)
    }
}

/// What opens a line as an item of a list: a mark ("- ", "• ", "▪ ") or a label of one lower-case
/// letter or one or two digits followed by ")" or "." ("a) ", "2. ", "12) ").
struct ListItemOpening {
    enum Kind { case mark, label }
    let kind: Kind
    /// The code point offset right after the mark or label.
    let end: Int

    /// The opening of `line`, after any spaces; nil when the line opens otherwise or is blank.
    init?(of line: Range<Int>, in scalars: [Unicode.Scalar], marks: Set<Unicode.Scalar>) {
        guard let first = line.first(where: { scalars[$0] != " " && scalars[$0] != "\t" }) else { return nil }
        if marks.contains(scalars[first]) {
            (kind, end) = (.mark, first + 1)
            return
        }
        var stop = first
        while stop < line.upperBound && stop - first < 3
                && (("0"..."9").contains(scalars[stop]) || scalars[stop].properties.isLowercase) {
            stop += 1
        }
        let length = stop - first
        guard stop < line.upperBound, scalars[stop] == ")" || scalars[stop] == ".", (1...2).contains(length),
              length == 1 || scalars[first..<stop].allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        (kind, end) = (.label, stop + 1)
    }

    /// Whether only spaces stand between the opening and `offset`.
    func reaches(_ offset: Int, in scalars: [Unicode.Scalar]) -> Bool {
        end <= offset && scalars[end..<offset].allSatisfy { $0 == " " || $0 == "\t" }
    }
}

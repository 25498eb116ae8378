/// Footnotes of a notice or report: a mark attached to a word in the body ("kết nạp 36 đảng
/// viên(2)", "1.318 đảng viên(*)") and, on a line of its own further down, the note that opens with
/// the same mark ("(2) Trong đó có 14 đảng viên nữ, …").
enum FootnoteMarks {
    /// Longest label inside a mark's brackets ("12", "*", "**").
    static let maxLabelLength = 3

    /// The code point offset of the body's mark that the note opening its line right before content
    /// position `p` refers to: the note's line opens with "(", a short label and ")", and the same
    /// three appear earlier attached to the end of a word or figure (no space before the "("). Nil
    /// when the line opens otherwise or no such mark is found.
    static func bodyMark(ofNoteOpeningBefore p: Int, _ ctx: FactContext) -> Int? {
        guard p >= 3, ctx.keyIs(p - 1, Keys.closingBracket) else { return nil }
        // The opening bracket: one or a few tokens of label before the closing one.
        var open = p - 2
        while open >= 0 && p - open <= maxLabelLength + 1 && !ctx.keyIs(open, Keys.openingBracket) { open -= 1 }
        guard open >= 0, open <= p - 3, ctx.keyIs(open, Keys.openingBracket),
              open == 0 || ctx.lineBreak(after: open - 1) else { return nil }
        let scalars = ctx.analysis.scalars
        let noteStart = ctx.token(open).start, labelEnd = ctx.token(p - 1).start
        let label = scalars[(noteStart + 1)..<labelEnd]
        guard !label.isEmpty, label.count <= maxLabelLength, !label.contains(where: { $0 == " " }) else { return nil }
        let width = label.count + 2
        var i = noteStart - width
        while i > 0 {
            if scalars[i] == "(", scalars[i + width - 1] == ")", scalars[(i + 1)..<(i + width - 1)].elementsEqual(label),
               !scalars[i - 1].properties.isWhitespace, scalars[i - 1] != "(" {
                return i
            }
            i -= 1
        }
        return nil
    }
}

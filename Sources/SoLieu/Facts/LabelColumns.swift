/// Columns of planned and done figures on a labelled line: "Kết nạp đảng viên: kế hoạch 12, thực
/// hiện 13, đạt 108,3%", "- Học viên lớp nhận thức về Đảng: KH 30, TH 34" (and a table with
/// "Kế hoạch" and "Thực hiện" columns, which `FigureTable` writes so). Each figure counts what the
/// label names; the column's name says whether it was planned or done.
extension FactContext {
    /// The most content tokens of one column's item ("thực hiện 13 đảng viên (6 tháng)").
    static let columnItemLength = 12
    /// The most items before a figure's own on its line.
    static let columnItemsBefore = 4

    /// The column of the figure starting at content position `figureStart` and the colon of the
    /// label its line opens with: a column's name (`plan_scope.tsv`, `planned` or `done`) right
    /// before the figure, and before that name the label's colon, or a comma or semicolon after an
    /// earlier column's item, back to that colon. Nil elsewhere. (Asked for every figure: the word
    /// before it is tested first against the names' last words.)
    func labelColumn(before figureStart: Int) -> (planned: Bool, colon: Int)? {
        guard keyIs(figureStart - 1, oneOf: lexicons.columnWordEnds),
              let column = phraseEnding(at: figureStart, in: analysis, table: lexicons.columnWords) else { return nil }
        var q = column.start - 1
        for _ in 0...Self.columnItemsBefore {
            guard q > 0, sameSentence(q, figureStart) else { return nil }
            if keyIs(q, Keys.colon) {
                return CountRule.labelStart(self, colon: q) < q ? (column.value, q) : nil
            }
            guard keyIs(q, Keys.comma) || keyIs(q, Keys.semicolon), let itemStart = columnItemStart(endingBefore: q) else { return nil }
            q = itemStart - 1
        }
        return nil
    }

    /// The start of the column's item that ends right before content position `end`: a column's
    /// name and a figure after it, within `columnItemLength` tokens, with no clause mark between.
    private func columnItemStart(endingBefore end: Int) -> Int? {
        var s = end - 1
        var holdsFigure = false
        while s >= 0, end - s <= Self.columnItemLength, !isClauseBreakOrComma(s), !lineBreak(after: s) {
            if figureAt[s] != nil { holdsFigure = true }
            if holdsFigure, let column = lexicons.columnWords.longestMatch(analysis, at: s), s + column.length < end,
               s == 0 || isClauseBreakOrComma(s - 1) {
                return s
            }
            s -= 1
        }
        return nil
    }
}

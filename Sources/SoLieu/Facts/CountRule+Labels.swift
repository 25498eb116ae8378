/// Labels of infographic and list lines: "• Đảng viên nữ: 38", "• Quần chúng ưu tú trong diện bồi
/// dưỡng, tạo nguồn: gần 50 người", "- Tổng số đảng viên – 164". The label names what the figure
/// after its colon (or dash) counts.
extension CountRule {
    /// The most content tokens of a label before its colon.
    static let labelLength = 16

    /// The counted noun a label opens with (or has after its first word), when the figure's colon
    /// at `colon` ends a label that starts its line or list item: "Đảng viên" of "• Đảng viên nữ:
    /// 38", "quần chúng ưu tú" of "• Nguồn quần chúng ưu tú: 26 người". Sentence case is allowed
    /// (the label's first word is capitalised); a class noun ("1 lớp … : 29 đồng chí") is none.
    static func labelNoun(_ ctx: FactContext, colon: Int) -> (entry: UnitEntry, text: String)? {
        var start = labelStart(ctx, colon: colon)
        // ("Tổng số đảng viên toàn Đảng bộ: 1.384": after "tổng số".)
        if ctx.keyIs(start, Keys.tong), ctx.keyIs(start + 1, Keys.so), start + 2 < colon { start += 2 }
        // The noun opens the label, or follows one word ("Nguồn quần chúng ưu tú: 26 người").
        for s in start..<min(start + 2, colon) {
            if ctx.lexicons.triggers.longestMatch(ctx.analysis, at: s) != nil { return nil }
            guard let unit = ctx.unit(at: s) else { continue }
            guard unit.value.role != .class, s + unit.length <= colon else { return nil }
            // "Kỹ sư Đinh Quang Vượng: …": a speaker's title and name, not a counted noun.
            if s + unit.length < colon, ctx.token(s + unit.length).isCapitalized { return nil }
            return (unit.value, ctx.analysis.lowercasedSlice(ctx.token(s).start, ctx.token(s + unit.length - 1).end))
        }
        return nil
    }

    /// The noun a label ending at the colon at `colon` gives its bare figures: members for a verb
    /// of what happens to them ("Kết nạp: …"), the noun the label opens with ("Học viên lớp nhận
    /// thức về Đảng: …"), or else its last lower-case noun of people or party units ("Kết nạp
    /// đảng viên: …").
    static func labelUnit(_ ctx: FactContext, colon: Int) -> (UnitEntry, String)? {
        let start = labelStart(ctx, colon: colon)
        guard start < colon else { return nil }
        if let verb = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: start), start + verb.length == colon,
           verb.value.measure.hasPrefix("party_members.") {
            return (UnitEntry(measure: "party_members.total", role: .person), "đảng viên")
        }
        if let label = labelNoun(ctx, colon: colon) { return (label.entry, label.text) }
        for s in stride(from: colon - 1, through: start, by: -1) {
            if let unit = ctx.unit(at: s), s + unit.length <= colon, unit.value.role == .person || unit.value.role == .organisation,
               !ctx.token(s).isCapitalized || s == start {
                return (unit.value, ctx.analysis.lowercasedSlice(ctx.token(s).start, ctx.token(s + unit.length - 1).end))
            }
        }
        return nil
    }

    /// The first content position of the label ending at the colon at `colon`, when the label opens
    /// its line or list item; `colon` itself when there is no such label.
    ///
    /// A line of labelled cells ("Tên chi bộ: Trường A – Đảng viên: 12 – Kết nạp: 1") opens a label
    /// at each cell: after a spaced dash, a semicolon or a bar, when a labelled cell comes before it
    /// on the line.
    static func labelStart(_ ctx: FactContext, colon: Int) -> Int {
        guard colon > 0, isLabelSeparator(ctx, colon) else { return colon }
        var s = colon - 1
        while s > 0, colon - s < labelLength, !ctx.lineBreak(after: s - 1), !isListMark(ctx, s - 1) {
            if s < colon, isCellSeparator(ctx, s - 1), ctx.keyIs(colon, Keys.colon), labelledCellAround(ctx, s - 1) { return s }
            // "… ở 32 chi bộ trực thuộc. Chi bộ khu phố: 24; chi bộ cơ quan …: 8.": a capitalised
            // label after a sentence on its line, over a bare figure that ends its cell.
            if ctx.keyIs(s - 1, Keys.fullStop) { return ctx.token(s).isCapitalized && bareFigureCell(ctx, colon: colon) ? s : colon }
            if ctx.keyIs(s - 1, Keys.colon) || ctx.keyIs(s - 1, Keys.semicolon) { return colon }
            s -= 1
        }
        return s == 0 || ctx.lineBreak(after: s - 1) || isListMark(ctx, s - 1) ? s : colon
    }

    /// Whether a colon at `colon` is followed by a figure alone up to a semicolon, a full stop or the
    /// end of the line.
    private static func bareFigureCell(_ ctx: FactContext, colon: Int) -> Bool {
        guard ctx.keyIs(colon, Keys.colon), let i = ctx.figureAt[colon + 1], ctx.figures[i].first == colon + 1 else { return false }
        let after = ctx.figures[i].last + 1
        return after >= ctx.positionCount || ctx.lineBreak(after: after - 1)
            || ctx.keyIs(after, Keys.semicolon) || ctx.keyIs(after, Keys.fullStop)
    }

    /// Whether content position `p` ends a label before its figure: a colon, or a dash set apart by
    /// spaces between a word and what follows on the same line ("- Đảng viên nữ – 58", the
    /// infographic's form; not "Tiểu đoàn 1 – 58", nor a range, nor "Bà Rịa-Vũng Tàu").
    static func isLabelSeparator(_ ctx: FactContext, _ p: Int) -> Bool {
        if ctx.keyIs(p, Keys.colon) { return true }
        guard p > 0, p + 1 < ctx.positionCount, ctx.token(p - 1).kind == .word,
              !ctx.lineBreak(after: p - 1), !ctx.lineBreak(after: p) else { return false }
        return isSpacedDash(ctx, p)
    }

    /// Whether content position `p` separates two cells of a line: a dash set apart by spaces, a
    /// semicolon or a bar.
    private static func isCellSeparator(_ ctx: FactContext, _ p: Int) -> Bool {
        guard p > 0 else { return false }
        return ctx.keyIs(p, Keys.semicolon) || ctx.keyIs(p, Keys.bar) || isSpacedDash(ctx, p)
    }

    /// Whether content position `p` is a dash with a space or a tab right before and after it.
    private static func isSpacedDash(_ ctx: FactContext, _ p: Int) -> Bool {
        guard ctx.keyIs(p, oneOf: Keys.dashes) else { return false }
        let dash = ctx.token(p), scalars = ctx.analysis.scalars
        return dash.start > 0 && dash.end < scalars.count
            && scalars[dash.start - 1].isTabOrSpaceSeparator && scalars[dash.end].isTabOrSpaceSeparator
    }

    /// Whether the line of the separator at `p` holds another labelled cell: a colon after a word
    /// before the separator, or after the cell that the separator opens ("Tổng cộng – Đảng viên:
    /// 146 – Kết nạp: 14").
    private static func labelledCellAround(_ ctx: FactContext, _ p: Int) -> Bool {
        var q = p - 1
        while q > 0 && !ctx.lineBreak(after: q - 1) && p - q < 40 {
            if ctx.keyIs(q, Keys.colon) { return ctx.token(q - 1).kind == .word }
            q -= 1
        }
        var colons = 0
        q = p + 1
        while q + 1 < ctx.positionCount && !ctx.lineBreak(after: q) && q - p < 40 {
            if ctx.keyIs(q + 1, Keys.colon), ctx.token(q).kind == .word { colons += 1 }
            if colons == 2 { return true }
            q += 1
        }
        return false
    }

    /// Whether content position `p` is a list mark opening its line ("•", "-", "+").
    private static func isListMark(_ ctx: FactContext, _ p: Int) -> Bool {
        guard p >= 0, p == 0 || ctx.lineBreak(after: p - 1) else { return false }
        let t = ctx.token(p)
        guard t.kind == .punct, t.end - t.start == 1 else { return false }
        return OrganisationRecognizer.listMarks.contains(ctx.analysis.scalars[t.start])
    }

    /// The measure a label ending in the colon at `colon` gives a count of `unit` whose figure is at
    /// `p`, and where the label's verb starts: "Kết nạp: 214 đảng viên", "Kết nạp mới giai đoạn
    /// 2020–2025: 34 đảng viên", "– Huy hiệu 30 năm tuổi Đảng: 3 đồng chí", "Chuyển sinh hoạt đảng
    /// đi: 9" (a movement of members, `other`). Asked for the figure
    /// right after the colon, and for a later count of the item when its clause reaches back to the
    /// colon ("- Cấp ủy các cấp kiểm tra: 126 tổ chức đảng và 348 đảng viên").
    static func labelMeasure(_ ctx: FactContext, after colon: Int, unit: UnitEntry, number p: Int, target: Bool)
        -> (String, Int?)? {
        let e = colon + 1
        var labelEnd = colon
        // "Đảng viên từ trần (9 tháng): 12": a note in brackets before the colon.
        if ctx.keyIs(colon, Keys.colon), ctx.keyIs(colon - 1, Keys.closingBracket) {
            var open = colon - 2
            while open > 0 && colon - open <= 12 && !ctx.keyIs(open, Keys.openingBracket) && !ctx.lineBreak(after: open - 1) { open -= 1 }
            if open > 0, ctx.keyIs(open, Keys.openingBracket) { labelEnd = open }
        }
        if labelEnd < colon {
            // (The note's bracket ends the label.)
        } else if e >= 2, ctx.keyIs(colon, Keys.colon),
           let period = ctx.period(endingAt: colon), period.firstPosition > 0 {
            labelEnd = period.firstPosition
        } else if e >= 3, ctx.keyIs(colon, Keys.colon), FactContext.isYearKey(ctx.key(colon - 1)) {
            labelEnd = colon - 1  // "Kết nạp 2021: 5 đảng viên": a bare year
        }
        if e >= 2, ctx.keyIs(colon, Keys.colon), ctx.sameSentence(labelEnd - 1, p),
           let m = phraseEnding(at: labelEnd, in: ctx.analysis, table: ctx.lexicons.triggers),
           m.value.measure != "pass", applies(m.value, to: unit) {
            // "Đảng viên được miễn sinh hoạt: 58": members in a state, counted as they are.
            if isStateInPassive(ctx, m) { return (unit.measure, nil) }
            let given = m.value.givenMeasure(for: unit)
            if !(given == nil && target) { return (given ?? unit.measure, m.start) }
        }
        // "– Huy hiệu 30 năm tuổi Đảng: 3 đồng chí", "- Giám sát chuyên đề: 16 tổ chức đảng": a
        // label of an item that opens with a verb or noun of what happens to members or units.
        if e >= 2, ctx.keyIs(colon, Keys.colon), case let start = labelStart(ctx, colon: colon), start < colon,
           let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: start), start + m.length < colon,
           m.value.measure.hasPrefix("party_members.")
            || m.value.measure == "other" && (m.value.appliesTo == "any" || m.value.appliesTo == "party_members"),
           applies(m.value, to: unit),
           let given = m.value.givenMeasure(for: unit) {
            return (given, start)
        }
        return nil
    }
}

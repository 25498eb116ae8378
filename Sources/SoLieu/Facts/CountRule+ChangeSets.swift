/// The set a change is of, when its figures count a generic noun ("Số đảng viên nữ tăng từ 31 lên
/// 45 người").
extension CountRule {
    /// The measure and sub-group of the set named at the head of a change's clause, for a figure of
    /// the change counted in a noun that restates ("người", "trường hợp"):
    /// - "Số đảng viên nữ tăng từ 31 lên 45 người" → members, group "nữ";
    /// - "…; đảng viên dưới 35 tuổi tăng từ 12 lên 27 người" (the clause opens with the noun);
    /// - "Số sinh viên được kết nạp tăng từ 38 người … lên 71 người" → admitted, group "sinh viên";
    /// - "Số đảng viên bị xử lý kỷ luật giảm từ ba trường hợp … xuống còn một trường hợp" → disciplined.
    /// None when the set is not of people, or names no measure of its own (a set of people outside
    /// the party with no verb).
    static func changeSet(_ ctx: FactContext, figure: Figure) -> (measure: String, group: String?)? {
        guard let verb = changeVerb(ctx, of: figure) else { return nil }
        // The set's noun: after "số" in the clause, or opening the clause.
        var s = verb - 1
        var noun: (at: Int, length: Int, value: UnitEntry)?
        while s >= 0 && verb - s <= 14 && !ctx.isClauseBreakOrComma(s) && ctx.sameSentence(s, verb) {
            if ctx.figureAt[s] != nil && !ctx.isNotFigure(s) { return nil }
            let opensClause = s == 0 || ctx.isClauseBreakOrComma(s - 1) || !ctx.sameSentence(s - 1, s)
            if ctx.keyIs(s, Keys.so) || opensClause, let unit = ctx.unit(at: ctx.keyIs(s, Keys.so) ? s + 1 : s),
               unit.value.role == .person {
                noun = (ctx.keyIs(s, Keys.so) ? s + 1 : s, unit.length, unit.value)
                break
            }
            s -= 1
        }
        guard let noun else { return nil }
        let nounEnd = noun.at + noun.length
        let nounText = ctx.text(from: noun.at, to: nounEnd)
        // A verb of its own between the noun and the change ("được kết nạp", "bị xử lý kỷ luật").
        for q in nounEnd..<verb {
            if let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: q),
               let given = m.value.givenMeasure(for: noun.value), given != "pass", applies(m.value, to: noun.value),
               given != noun.value.measure {
                return (given, noun.value.family == "party_members" ? nil : nounText)
            }
        }
        guard noun.value.family == "party_members" || noun.value.family == "candidates" else { return nil }
        // The words between the noun and the change name the sub-group ("nữ", "dưới 35 tuổi"), up
        // to an owner ("số đảng viên của Hạt Kiểm lâm tăng …").
        var groupEnd = nounEnd
        while groupEnd < verb, !ctx.keyIs(groupEnd, Keys.cua), !ctx.keyIs(groupEnd, oneOf: auxiliaries) { groupEnd += 1 }
        return (noun.value.measure, ctx.text(from: nounEnd, to: groupEnd))
    }

    /// Whether a figure's noun restates ("người", "trường hợp"): its own (`unitStart...unitEnd`), or
    /// for the first figure of a change without one, the second figure's ("tăng từ 14 lên 21 người").
    static func restatesInChange(_ ctx: FactContext, _ figure: Figure, unitStart: Int, unitEnd: Int) -> Bool {
        var start = unitStart, end = unitEnd
        if unitEnd == figure.last {
            var r = figure.last + 1
            guard ctx.keyIs(r, oneOf: changeEnds) else { return false }
            r += 1
            if ctx.keyIs(r, Keys.con) { r += 1 }
            guard let i = ctx.figureAt[r], let noun = ctx.unit(at: ctx.figures[i].last + 1) else { return false }
            start = ctx.figures[i].last + 1
            end = start + noun.length - 1
        }
        return end >= start && ctx.lexicons.restatingNouns.longestMatch(ctx.analysis, at: start)?.length == end - start + 1
    }

    /// The position of "tăng" or "giảm" of the change a figure is an end of: "tăng từ F …", or
    /// "… lên F", "… xuống (còn) F" after "tăng từ" and a figure in the same clause, or after
    /// "tăng F (noun)," (the difference).
    static func changeVerb(_ ctx: FactContext, of figure: Figure) -> Int? {
        let before = figure.first - 1
        if ctx.keyIs(before, Keys.tu) { return ctx.keyIs(before - 1, oneOf: changeVerbs) ? before - 1 : nil }
        var q = before
        if ctx.keyIs(q, Keys.con) { q -= 1 }
        guard ctx.keyIs(q, oneOf: changeEnds) else { return nil }
        // "tăng 14 người, lên 52 người": the difference first, then the end after a comma.
        if ctx.keyIs(q - 1, Keys.comma) {
            var r = q - 2
            while r >= 0 && q - 2 - r <= 4 && ctx.figureAt[r] == nil { r -= 1 }
            if r >= 0, let i = ctx.figureAt[r], case let difference = ctx.figures[i], difference.last == r,
               r == q - 2 || (ctx.unit(at: r + 1).map { r + $0.length == q - 2 } ?? false),
               ctx.keyIs(difference.first - 1, oneOf: changeVerbs) {
                return difference.first - 1
            }
        }
        var s = q - 1
        while s > 0 && q - s <= 14 && !ctx.isClauseBreakOrComma(s) && ctx.sameSentence(s, q) {
            if ctx.keyIs(s, Keys.tu), ctx.figureAt[s + 1] != nil, ctx.keyIs(s - 1, oneOf: changeVerbs) { return s - 1 }
            s -= 1
        }
        return nil
    }
}

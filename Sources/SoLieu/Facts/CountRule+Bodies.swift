/// Counts of the members of a body of an organisation (see `CountRule`).
extension CountRule {
    /// The body (`bodies.tsv`) named in the clause before a verb of having, as written: "Ban Chấp
    /// hành Đảng bộ xã khóa XXIV gồm 15 đồng chí" counts the members of the Ban Chấp hành, not the
    /// party members of the Đảng bộ.
    static func bodyBefore(_ ctx: FactContext, trigger t: Int) -> String? {
        // Not before a verb with a measure of its own: "Ban Chấp hành Đoàn Thanh niên giới thiệu 20
        // đoàn viên ưu tú" are candidates the body put forward.
        if let verb = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: t), verb.value.measure != "base", verb.value.measure != "other" {
            return nil
        }
        var s = t - 1
        // Back to the clause's start or to a figure; not a term or a year ("Ban Chấp hành Đảng bộ xã
        // nhiệm kỳ 2025–2030 gồm 15 đồng chí").
        // Past a comma before the term: "Ban Chấp hành Đảng bộ Công ty khóa IV, nhiệm kỳ 2025-2030 gồm
        // 11 đồng chí".
        func termAfterComma(_ s: Int) -> Bool {
            ctx.keyIs(s, Keys.comma) && ctx.periodStarts(at: s + 1)
        }
        while s >= 0 && t - s <= 18 && (!ctx.isClauseBreakOrComma(s) || termAfterComma(s)) && ctx.sameSentence(s, t)
                && !(ctx.figureEndingAt[s].map { !ctx.isNotFigure(ctx.figures[$0].position) } ?? false) {
            s -= 1
        }
        var p = s + 1
        while p < t {
            if let m = ctx.lexicons.bodies.longestMatch(ctx.analysis, at: p), p + m.length <= t {
                return ctx.analysis.slice(ctx.token(p).start, ctx.token(p + m.length - 1).end)
            }
            p += 1
        }
        return nil
    }

    /// The body named right after a count of people, through "là" and "ủy viên": "35 đồng chí Ủy
    /// viên Ban Chấp hành Đảng bộ huyện", "7 đồng chí là ủy viên Ban Thường vụ".
    static func bodyAfter(_ ctx: FactContext, unitEnd: Int) -> String? {
        var p = unitEnd + 1
        if p < ctx.positionCount, ctx.keyIs(p, Keys.la) { p += 1 }
        if p + 1 < ctx.positionCount, ctx.keyIs(p, Keys.uy), ctx.keyIs(p + 1, Keys.vien) { p += 2 }
        guard p < ctx.positionCount, ctx.sameSentence(p, unitEnd),
              let m = ctx.lexicons.bodies.longestMatch(ctx.analysis, at: p) else { return nil }
        return ctx.analysis.slice(ctx.token(p).start, ctx.token(p + m.length - 1).end)
    }
}

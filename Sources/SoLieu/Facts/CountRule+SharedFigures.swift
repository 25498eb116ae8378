/// Figures shared out or named again: quotas given to units and shared by them ("mỗi nơi", "mỗi chi
/// bộ"), bounds that say which units a counted set holds, verbs standing without their object, compared
/// figures in brackets and figures named as "con số".
extension CountRule {
    /// The measure of a verb standing without its object because the sentence, or the one before,
    /// named it with the verb: "Thị ủy trao Huy hiệu Đảng cho các đảng viên lão thành; số đồng chí
    /// được trao trong ba năm là 96, 112 và 127" counts badges. `start` is where the figure's
    /// clause starts; the verb stands there after "được" or before "cho", and its earlier phrase is a
    /// trigger of members of more than one word that opens with the same word ("trao Huy hiệu"; not
    /// "trao thẻ", which counts no badge but keeps its own measure).
    static func elidedObjectMeasure(_ ctx: FactContext, from start: Int, number p: Int, unit: UnitEntry) -> String? {
        guard unit.family == "party_members", start > 0 else { return nil }
        let sentence = ctx.analysis.sentenceIndex(ofContent: p)
        let earliest = ctx.position(atOrAfter: ctx.analysis.sentences[max(0, previousSentenceWithWords(ctx, before: sentence))].lowerBound)
        for q in max(start, 1)..<p where ctx.keyIs(q - 1, Keys.duoc) || ctx.keyIs(q + 1, Keys.cho) {
            guard ctx.token(q).kind == .word, ctx.lexicons.triggers.longestMatch(ctx.analysis, at: q) == nil else { continue }
            let verb = ctx.token(q)
            var r = start - 1
            while r >= earliest {
                // (Hashes compared first: most words differ.)
                if ctx.token(r).keyHash == verb.keyHash, ctx.token(r).key == verb.key,
                   let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: r) {
                    guard m.length > 1, m.value.measure.hasPrefix("party_members."), applies(m.value, to: unit) else { return nil }
                    return m.value.givenMeasure(for: unit)
                }
                r -= 1
            }
        }
        return nil
    }

    /// The measure (and whether a plan's) of the previous count of the sentence, for a figure shared
    /// by a counted set of party units that opens its clause with no verb: "… mỗi nơi được giao 3
    /// đảng viên; 7 chi bộ thôn còn lại mỗi chi bộ ít nhất 1 đảng viên".
    static func elidedSetMeasure(_ ctx: FactContext, figure: Figure, unit: UnitEntry, facts: [Fact]) -> (measure: String, target: Bool)? {
        guard let d = ctx.distributiveStart(figure.first) else { return nil }
        var q = d - 1
        while q > 0 && d - q <= 6 && ctx.figureEndingAt[q] == nil {
            if ctx.isClauseBreakOrComma(q) { return nil }
            q -= 1
        }
        guard let i = ctx.figureEndingAt[q], case let set = ctx.figures[i], set.first > 0,
              ctx.unit(at: set.last + 1)?.value.family == "party_units",
              ctx.keyIs(set.first - 1, Keys.semicolon) || ctx.keyIs(set.first - 1, Keys.comma),
              case let setStart = ctx.token(set.first).start,
              let previous = facts.last(where: { $0.evidence.end <= setStart }),
              ctx.analysis.sentenceIndex(at: previous.evidence.start) == ctx.analysis.sentenceIndex(ofContent: figure.first),
              let measure = previous.measure, measure.hasPrefix("party_members."), !measure.hasSuffix(".total"),
              counts(unit, as: measure) else { return nil }
        return (measure, previous.modality == .target)
    }

    /// Whether a count of party units is who a quota was given to, which exist: "giao chỉ tiêu kết
    /// nạp 20 đảng viên cho 14 chi bộ", "giao chỉ tiêu đến 14 chi bộ". The figure follows "cho",
    /// "đến" or "tới", after "giao" in its clause.
    static func isQuotaRecipient(_ ctx: FactContext, figureAt p: Int, family: String?) -> Bool {
        guard family == "party_units" else { return false }
        let before = ctx.hedgeStart(p) - 1
        guard before > 0,
              ctx.keyIs(before, Keys.cho) || ctx.keyIs(before, Keys.den) || ctx.keyIs(before, Keys.toi) else { return false }
        var q = before - 1
        while q >= 0 && before - q <= 12 && !ctx.isClauseBreakOrComma(q) && ctx.sameSentence(q, before) {
            if ctx.keyIs(q, Keys.giao) { return true }
            q -= 1
        }
        return false
    }

    /// Whether a bounded count of members says which units a counted set of party units holds, the
    /// set being the clause's subject: "23 chi bộ có dưới 10 đảng viên", "11/46 tổ chức cơ sở đảng
    /// kết nạp từ 5 đảng viên trở lên", "9 chi bộ ở các BHXH cơ sở có dưới 10 đảng viên". Only "có"
    /// or a verb stands between; not "với" ("4 chi bộ với hơn 70 đảng viên" counts members) nor
    /// "đã" ("42 chi bộ đã kết nạp hơn 30 đảng viên": the committee's own admissions).
    static func isSetThreshold(_ ctx: FactContext, figure: Figure, unit: UnitEntry) -> Bool {
        guard unit.family == "party_members" else { return false }
        var q = ctx.hedgeStart(figure.first) - 1
        var verb = false
        while q > 0 && figure.first - q <= 12 && ctx.figureEndingAt[q] == nil {
            // (Nor a quota of each: "7 chi bộ còn lại mỗi chi bộ ít nhất 1 đảng viên".)
            if ctx.isClauseBreakOrComma(q) || ctx.keyIs(q, Keys.voi) || ctx.keyIs(q, Keys.da) || ctx.keyIs(q, Keys.moi) { return false }
            if ctx.keyIs(q, Keys.co) || ctx.lexicons.triggers.longestMatch(ctx.analysis, at: q) != nil { verb = true }
            q -= 1
        }
        guard verb, let i = ctx.figureEndingAt[q], ctx.unit(at: q + 1)?.value.family == "party_units" else { return false }
        var start = ctx.figures[i].first
        // ("11/46 tổ chức cơ sở đảng": the set may be a share.)
        if start > 1, ctx.keyIs(start - 1, Keys.slash), let part = ctx.figureEndingAt[start - 2] { start = ctx.figures[part].first }
        // (The set opens its clause, or is one "trong" a set, "một trong 4 chi bộ thôn có trên 40", or
        // what is left, "vẫn còn 23 chi bộ có dưới 10 đảng viên".)
        return start == 0 || ctx.isClauseBreakOrComma(start - 1) || !ctx.sameSentence(start - 1, start)
            || ctx.keyIs(start - 1, Keys.va) || ctx.keyIs(start - 1, Keys.trong) || ctx.keyIs(start - 1, Keys.con)
            || phraseEnding(at: start, in: ctx.analysis, table: ctx.lexicons.breakdownMarkers) != nil
    }

    /// The measure of the count a comparison looks back from, for the compared figure in brackets
    /// right after it: "kết nạp 28 đảng viên, tăng 40% so với năm 2022 (20 đảng viên)", "… 9 đảng
    /// viên, gần gấp đôi quý I/2024 (5 đảng viên)", "bằng 125% cùng kỳ năm 2024 (36 đảng viên)".
    static func comparedValueMeasure(_ ctx: FactContext, figure: Figure, unit: UnitEntry, facts: [Fact]) -> String? {
        // (Most figures have no bracket just before them: asked before the hedge is sought.)
        guard (max(0, figure.first - 4)..<figure.first).contains(where: { ctx.keyIs($0, Keys.openingBracket) }) else { return nil }
        let open = ctx.hedgeStart(figure.first) - 1
        guard open > 1, ctx.keyIs(open, Keys.openingBracket) else { return nil }
        var q = open - 1
        while q > 0 && open - q <= 8 && !ctx.isClauseBreakOrComma(q) {
            if ctx.keyIs(q, Keys.soCompared) && ctx.keyIs(q + 1, Keys.voi) || ctx.keyIs(q, Keys.gap)
                || ctx.keyIs(q, Keys.cung) && ctx.keyIs(q + 1, Keys.ky) { break }
            q -= 1
        }
        guard q > 0, open - q <= 8, !ctx.isClauseBreakOrComma(q), case let comparison = ctx.token(q).start,
              let previous = facts.last(where: { $0.kind == .count && $0.evidence.end <= comparison }),
              ctx.analysis.sentenceIndex(at: previous.evidence.start) == ctx.analysis.sentenceIndex(at: comparison),
              let measure = previous.measure, measure.hasPrefix("party_members."), !measure.hasSuffix(".total"),
              counts(unit, as: measure) else { return nil }
        return measure
    }

    /// The measure of the figure that "con số" names again: "… trao Huy hiệu Đảng cho 94 đảng viên.
    /// Con số 94 đảng viên cao hơn hẳn đợt trước" → badges. The latest earlier count of the same value
    /// whose measure the noun may count.
    static func namedFigureMeasure(_ ctx: FactContext, figure: Figure, unit: UnitEntry, facts: [Fact]) -> String? {
        guard (max(0, figure.first - 4)..<figure.first).contains(where: { ctx.keyIs($0, Keys.conNoun) }) else { return nil }
        let hedge = ctx.hedgeStart(figure.first)
        guard hedge > 1, ctx.keyIs(hedge - 1, Keys.so), ctx.keyIs(hedge - 2, Keys.conNoun),
              let earlier = facts.last(where: { $0.kind == .count && $0.value == figure.value && $0.valueMax == figure.valueMax }),
              let measure = earlier.measure, measure.hasPrefix("party_members."), counts(unit, as: measure) else { return nil }
        return measure
    }
}

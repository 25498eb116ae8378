/// Classes counted by a clause that names them first: "Số lớp bồi dưỡng nhận thức về Đảng mở được là
/// 2, học viên tham dự là 96 người", "Tổng số lớp đã tổ chức: 5, với 230 học viên". The figure after
/// "là" or a colon has no noun of its own; "Số lớp" heads its clause, and the words after the class
/// word, up to a verb that opens classes, are the topic. Learners joined after a comma, by a link
/// word or by their own clause ("học viên tham dự là 96 người"), are its participants.
extension TrainingRule {
    /// The training facts of classes counted so, their figures marked used.
    static func namedClassCounts(_ ctx: FactContext) -> [Fact] {
        var facts: [Fact] = []
        for figure in ctx.figures where !ctx.used[figure.first] && figure.valueMax == nil && figure.value >= 1
            && figure.value == figure.value.rounded() && !ctx.isNotFigure(figure.position) {
            let before = ctx.hedgeStart(figure.first) - 1
            guard before > 1, ctx.keyIs(before, Keys.la) || ctx.keyIs(before, Keys.colon),
                  ctx.unit(at: figure.last + 1) == nil,
                  let label = classLabel(ctx, before: before) else { continue }
            var fact = Fact(kind: .training, evidence: ctx.evidence(from: label.start, to: figure.last))
            fact.classes = Int(figure.value)
            fact.figure = ctx.token(figure.first).start..<ctx.token(figure.last).end
            fact.topic = label.topic
            if let found = learners(ctx, after: figure.last) {
                fact.participants = found.count
                fact.participantUnit = found.unit
                fact.evidence = ctx.evidence(from: label.start, to: found.lastPosition)
                ctx.markUsed(figureAt: found.first)
            }
            fact.qualifier = ctx.qualifier(number: figure.first, afterUnit: nil).0
            placeInContext(&fact, ctx, at: figure.first)
            ctx.markUsed(figureAt: figure.first)
            facts.append(fact)
        }
        return facts
    }

    /// "Số lớp <topic> <verb>" (or "Tổng số lớp …") heading the clause that ends right before
    /// `end`: where it starts, and its topic.
    private static func classLabel(_ ctx: FactContext, before end: Int) -> (start: Int, topic: String?)? {
        var s = end - 1
        while s >= 0 && end - s <= 16 && !ctx.isClauseBreakOrComma(s) && ctx.sameSentence(s, end)
                && (ctx.figureAt[s] == nil || ctx.isNotFigure(s, countingUse: false)) {
            if ctx.keyIs(s, Keys.so), let classWord = ctx.unit(at: s + 1), classWord.value.role == .class,
               opensClause(ctx, s) || ctx.keyIs(s - 1, Keys.tong) && opensClause(ctx, s - 1) {
                var topicStart = s + 1 + classWord.length
                if ctx.keyIs(topicStart, Keys.hoc) { topicStart += 1 }  // "lớp học"
                var topicEnd = topicStart
                while topicEnd < end && ctx.lexicons.trainingOpen.longestMatch(ctx.analysis, at: topicEnd) == nil
                        && !ctx.keyIs(topicEnd, oneOf: Self.topicEnders) { topicEnd += 1 }
                // ("Số lớp học là 12" counts a school's classes: no topic and no verb of training.)
                guard topicEnd > topicStart || topicEnd < end else { return nil }
                let start = ctx.keyIs(s - 1, Keys.tong) ? s - 1 : s
                return (start, topicEnd > topicStart ? ctx.text(from: topicStart, to: topicEnd) : nil)
            }
            s -= 1
        }
        return nil
    }

    /// Whether content position `p` opens its clause.
    private static func opensClause(_ ctx: FactContext, _ p: Int) -> Bool {
        p == 0 || !ctx.sameSentence(p - 1, p) || ctx.isClauseBreakOrComma(p - 1)
    }

    /// Words that end a class label's topic: "đã", "được", "trong".
    private static let topicEnders = KeySet(["đã", "được", "trong"].map(FoldedKey.fold))

    /// Learners right after the class count: ", 96 học viên", "với 96 học viên", or a clause of their
    /// own, ", học viên tham dự là 96 người" (the noun of people, a few words, then "là" or a colon).
    private static func learners(_ ctx: FactContext, after last: Int)
        -> (count: Int, unit: String, first: Int, lastPosition: Int)? {
        let q = last + 1
        guard q < ctx.positionCount, ctx.sameSentence(q, last) else { return nil }
        // (", với 230 học viên": a comma, a link word, or both.)
        var from = ctx.keyIs(q, Keys.comma) ? q + 1 : q
        if let link = ctx.lexicons.trainingLinks.longestMatch(ctx.analysis, at: from) { from += link.length }
        if from > q, let found = participants(ctx, from: from), found.known {
            return (found.count, found.unit, found.first, found.lastPosition)
        }
        guard ctx.keyIs(q, Keys.comma) || ctx.keyIs(q, Keys.va) else { return nil }
        var r = q + 1
        if ctx.keyIs(r, Keys.so) { r += 1 }
        guard let noun = ctx.unit(at: r), noun.value.role == .person else { return nil }
        let nounText = ctx.analysis.lowercasedSlice(ctx.token(r).start, ctx.token(r + noun.length - 1).end)
        var e = r + noun.length
        while e < ctx.positionCount && e - r <= 6 && ctx.token(e).kind == .word && !ctx.keyIs(e, Keys.la) && ctx.sameSentence(e, r) { e += 1 }
        guard ctx.keyIs(e, Keys.la) || ctx.keyIs(e, Keys.colon) else { return nil }
        var f = e + 1
        if let hedge = ctx.lexicons.qualifiersBefore.longestMatch(ctx.analysis, at: f) { f += hedge.length }
        guard let i = ctx.figureAt[f], ctx.figures[i].first == f, case let figure = ctx.figures[i],
              figure.value == figure.value.rounded(), figure.valueMax == nil, !ctx.isNotFigure(figure.position) else { return nil }
        if let own = ctx.unit(at: figure.last + 1) {
            guard own.value.role == .person else { return nil }
            return (Int(figure.value), nounText, figure.first, figure.last + own.length)
        }
        return (Int(figure.value), nounText, figure.first, figure.last)
    }
}

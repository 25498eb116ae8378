/// Builds `training` facts: "6 lớp bồi dưỡng nhận thức về Đảng cho 368 quần chúng ưu tú" gives classes
/// 6, topic "bồi dưỡng nhận thức về Đảng", participants 368 (quần chúng ưu tú). The participants are
/// joined by a word of `training.tsv` in the same clause; without one, participants are null.
enum TrainingRule {
    static func apply(_ ctx: inout FactContext) -> [Fact] {
        var facts: [Fact] = []
        for number in ctx.numbers {
            let p = number.position
            guard !ctx.isNotFigure(p), let unit = ctx.lexicons.units.longestMatch(ctx.analysis, at: p + 1),
                  unit.value.role == .class, number.value == number.value.rounded() else { continue }
            let topicStart = p + 1 + unit.length
            var fact = Fact(kind: .training, evidence: ctx.evidence(from: p, to: p + unit.length))
            fact.classes = Int(number.value)
            var q = topicStart
            var topicEnd = topicStart
            var lastPosition = p + unit.length
            while q < ctx.positionCount && q - p < 30 && !ctx.isClauseBreak(q) && ctx.sameSentence(q, p) {
                if ctx.token(q).kind == .number { break }
                if let link = ctx.lexicons.trainingLinks.longestMatch(ctx.analysis, at: q),
                   let found = participants(ctx, from: q + link.length) {
                    topicEnd = q
                    fact.participants = found.count
                    fact.participantUnit = found.unit
                    let (qualifier, _) = ctx.qualifier(number: found.position, afterUnit: nil)
                    if qualifier != .exact { fact.qualifier = qualifier }
                    ctx.used[found.position] = true
                    lastPosition = found.lastPosition
                    break
                }
                q += 1
                topicEnd = q
            }
            if fact.participants == nil { topicEnd = min(topicEnd, q) }
            fact.topic = ctx.text(from: topicStart, to: topicEnd)
            if fact.qualifier == .exact { fact.qualifier = ctx.qualifier(number: p, afterUnit: nil).0 }
            fact.evidence = ctx.evidence(from: p, to: lastPosition)
            fact.subject = ctx.subjects.subject(at: p)
            fact.period = ctx.period(at: p)
            fact.modality = ctx.isTarget(p) ? .target : .actual
            ctx.used[p] = true
            facts.append(fact)
        }
        return facts
    }

    /// A participant count right after a link word: optional qualifier, a number, a person unit.
    private static func participants(_ ctx: FactContext, from start: Int)
        -> (count: Int, unit: String, position: Int, lastPosition: Int)? {
        var r = start
        if let q = ctx.lexicons.qualifiersBefore.longestMatch(ctx.analysis, at: r) { r += q.length }
        guard r < ctx.positionCount, ctx.token(r).kind == .number, !ctx.isNotFigure(r),
              let value = NumberParser.parse(ctx.key(r)),
              let unit = ctx.lexicons.units.longestMatch(ctx.analysis, at: r + 1), unit.value.role == .person
        else { return nil }
        let unitText = ctx.analysis.slice(ctx.token(r + 1).start, ctx.token(r + unit.length).end).lowercased()
        return (Int(value), unitText, r, r + unit.length)
    }
}

/// Builds `percentage` facts: "gần 70% có trình độ …" gives value 70, qualifier nearly, and `of` the
/// words after the sign up to the end of the clause (or, when none follow, the clause before it).
enum PercentageRule {
    static func apply(_ ctx: FactContext, percents: [PercentSpan]) -> [Fact] {
        var facts: [Fact] = []
        for percent in percents {
            let p = percent.number.position
            // ("… chiếm 87% …, không phải 78%": the wrong figure, denied.)
            guard !ctx.blocked[p], !ctx.used[p], !ctx.isDenied(ctx.hedgeStart(p)) else { continue }
            var (qualifier, qualifierStart) = ctx.qualifier(number: p, afterUnit: nil)
            // "từ 90% chi bộ trở lên": a hedge after a short noun.
            if qualifier == .exact {
                var q = percent.lastPosition + 1
                while q < ctx.positionCount && q - percent.lastPosition <= 4 && !ctx.isClauseBreakOrComma(q)
                        && ctx.token(q).kind == .word && ctx.sameSentence(q, p) {
                    if let hedge = ctx.lexicons.qualifiersAfter.longestMatch(ctx.analysis, at: q) {
                        qualifier = hedge.value
                        break
                    }
                    q += 1
                }
            }
            var fact = Fact(kind: .percentage, evidence: ctx.evidence(from: qualifierStart ?? p, to: percent.lastPosition))
            fact.figure = percent.start..<percent.end
            fact.value = percent.value
            fact.qualifier = qualifier
            var q = percent.lastPosition + 1
            while q < ctx.positionCount && q - percent.lastPosition <= 60 && !ctx.isClauseBreak(q)
                    && ctx.sameSentence(q, p) && ctx.token(q).kind != .number {
                q += 1
            }
            fact.of = ctx.text(from: percent.lastPosition + 1, to: q)
                ?? ctx.text(from: ctx.clauseStart(p), to: qualifierStart ?? p)
            (fact.subject, fact.subjectExplicit) = ctx.subjects.resolve(at: p)
            fact.period = ctx.period(at: p)
            fact.modality = ctx.isTarget(p) && !PlanScope.isCompletionRate(p, ctx) ? .target : .actual
            ctx.used[p] = true
            facts.append(fact)
        }
        return facts
    }
}

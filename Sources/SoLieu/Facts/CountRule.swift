/// Builds `count` facts: a number followed by a counted noun of `units.tsv`, whose measure is set by
/// the nearest trigger of `triggers.tsv` before it in its clause ("kết nạp 322 đảng viên" →
/// `party_members.admitted`), or by the noun alone ("5.971 đảng viên" → `party_members.total`).
enum CountRule {
    static func apply(_ ctx: inout FactContext) -> [Fact] {
        var facts: [Fact] = []
        for number in ctx.numbers {
            let p = number.position
            guard !ctx.isNotFigure(p), let unit = ctx.lexicons.units.longestMatch(ctx.analysis, at: p + 1),
                  unit.value.role != .class else { continue }
            let unitEnd = p + unit.length
            let (measure, triggerStart) = self.measure(ctx, number: p, unit: unit.value)
            let (qualifier, qualifierStart) = ctx.qualifier(number: p, afterUnit: unitEnd + 1)
            var first = p
            if let t = triggerStart, p - t <= 6 { first = t }
            if let q = qualifierStart, q < first { first = q }
            var fact = Fact(kind: .count, evidence: ctx.evidence(from: first, to: unitEnd))
            fact.measure = measure
            fact.value = number.value
            fact.unit = ctx.analysis.slice(ctx.token(p + 1).start, ctx.token(unitEnd).end).lowercased()
            fact.qualifier = qualifier
            fact.subject = ctx.subjects.subject(at: p)
            fact.period = ctx.period(at: p)
            fact.modality = ctx.isTarget(p) ? .target : .actual
            ctx.used[p] = true
            facts.append(fact)
        }
        return facts
    }

    /// The measure of a count, and where its trigger starts (when one applies).
    static func measure(_ ctx: FactContext, number p: Int, unit: UnitEntry) -> (String, Int?) {
        var s = p - 1
        while s >= 0 && p - s <= 20 && !ctx.isClauseBreak(s) && ctx.sameSentence(s, p) {
            if let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: s), s + m.length <= p {
                let t = m.value
                if t.appliesTo == "any" || t.appliesTo == unit.family {
                    if t.measure == "base" { return (unit.measure, s) }
                    if unit.family == "other" && t.measure != "other" { return (unit.measure, s) }
                    return (t.measure, s)
                }
            }
            s -= 1
        }
        return (unit.measure, nil)
    }
}

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
            let target = ctx.isTarget(p)
            var (measure, triggerStart) = self.measure(ctx, number: p, unit: unit.value, target: target)
            if let after = triggerAfter(ctx, unitEnd: unitEnd, unit: unit.value) { measure = after; triggerStart = nil }
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
            fact.modality = target ? .target : .actual
            ctx.used[p] = true
            facts.append(fact)
        }
        return facts
    }

    /// The measure of a count, and where its trigger starts (when one applies).
    static func measure(_ ctx: FactContext, number p: Int, unit: UnitEntry, target: Bool) -> (String, Int?) {
        var s = p - 1
        while s >= 0 && p - s <= 20 && !ctx.isClauseBreak(s) && ctx.sameSentence(s, p) {
            if let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: s), s + m.length <= p {
                let t = m.value
                if applies(t, to: unit) {
                    // A target ("vượt chỉ tiêu 35 đảng viên") keeps the activity named before it.
                    if t.measure == "base" && target { s -= 1; continue }
                    if t.measure == "base" { return (unit.measure, s) }
                    if unit.family == "other" && t.measure != "other" { return (unit.measure, s) }
                    return (t.measure, s)
                }
            }
            s -= 1
        }
        return (unit.measure, nil)
    }

    /// Whether a trigger applies to a unit: its own family, any, or party-member verbs applied to
    /// people ("kết nạp 8 sinh viên").
    static func applies(_ t: TriggerEntry, to unit: UnitEntry) -> Bool {
        t.appliesTo == "any" || t.appliesTo == unit.family || (t.appliesTo == "party_members" && unit.role == .person)
    }

    /// Auxiliary words between a counted noun and a verb that follows it ("8 đồng chí được công
    /// nhận đảng viên chính thức", "3 đảng viên bị kỷ luật").
    static let auxiliaries: Set<String> = Set(["được", "bị", "mới", "đã", "đều"].map(FoldedKey.fold))

    /// The measure of a trigger right after the unit, through auxiliaries (the passive voice).
    static func triggerAfter(_ ctx: FactContext, unitEnd: Int, unit: UnitEntry) -> String? {
        var q = unitEnd + 1
        var sawAuxiliary = false
        while q < ctx.positionCount && auxiliaries.contains(ctx.key(q)) { q += 1; sawAuxiliary = true }
        guard q < ctx.positionCount, let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: q),
              m.value.measure != "base", m.value.measure != "other", applies(m.value, to: unit) else { return nil }
        // Without an auxiliary only a word that cannot start a new clause counts ("412 đảng viên kết nạp").
        return sawAuxiliary || m.value.measure.hasPrefix("party_members") ? m.value.measure : nil
    }
}

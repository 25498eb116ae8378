/// Builds `training` facts: "6 lớp bồi dưỡng nhận thức về Đảng cho 368 quần chúng ưu tú" gives classes
/// 6, topic "bồi dưỡng nhận thức về Đảng", participants 368 (quần chúng ưu tú). The participants are
/// joined by a word of `training.tsv` in the same clause; without one, participants are null.
enum TrainingRule {
    static func apply(_ ctx: inout FactContext) -> [Fact] {
        var facts: [Fact] = []
        // Class counts: "6 lớp …", and one class opened without a count: "mở lớp … với 52 học viên".
        var starts: [(position: Int, classes: Int?, unitLength: Int)] = []
        for number in ctx.numbers {
            let p = number.position
            guard !ctx.isNotFigure(p), let unit = ctx.lexicons.units.longestMatch(ctx.analysis, at: p + 1),
                  unit.value.role == .class, number.value == number.value.rounded() else { continue }
            starts.append((p, Int(number.value), unit.length))
        }
        for p in 0..<ctx.positionCount where ctx.lexicons.units.longestMatch(ctx.analysis, at: p)?.value.role == .class
            && phraseEnding(at: p, in: ctx.analysis, table: ctx.lexicons.trainingOpen) != nil {
            starts.append((p - 1, nil, 1))
        }
        for start in starts.sorted(by: { $0.position < $1.position }) {
            let p = start.position
            let topicStart = p + 1 + start.unitLength
            var fact = Fact(kind: .training, evidence: ctx.evidence(from: p + (start.classes == nil ? 1 : 0), to: p + start.unitLength))
            fact.classes = start.classes ?? 1
            let oneOpened = start.classes == nil
            var q = topicStart
            var topicEnd = topicStart
            var lastPosition = p + start.unitLength
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
            if fact.participants == nil {
                if oneOpened { continue }  // "tổ chức lớp …" alone is no figure
                topicEnd = min(topicEnd, q)
            }
            fact.topic = ctx.text(from: topicStart, to: topicEnd)
            if fact.qualifier == .exact { fact.qualifier = ctx.qualifier(number: p, afterUnit: nil).0 }
            fact.evidence = ctx.evidence(from: oneOpened ? p + 1 : p, to: lastPosition)
            fact.subject = ctx.subjects.subject(at: p)
            fact.period = ctx.period(at: p)
            fact.modality = ctx.isTarget(p) ? .target : .actual
            if !oneOpened { ctx.used[p] = true }
            facts.append(fact)
        }
        facts += attendance(&ctx)
        return facts
    }

    /// People sent to a class without a class count: "cử 6 quần chúng ưu tú đi học lớp …" gives
    /// classes null, participants 6.
    static func attendance(_ ctx: inout FactContext) -> [Fact] {
        var facts: [Fact] = []
        for number in ctx.numbers {
            let p = number.position
            guard !ctx.isNotFigure(p), number.value == number.value.rounded(),
                  let unit = ctx.lexicons.units.longestMatch(ctx.analysis, at: p + 1), unit.value.role == .person,
                  let attend = ctx.lexicons.trainingAttend.longestMatch(ctx.analysis, at: p + 1 + unit.length) else { continue }
            let topicStart = p + 1 + unit.length + attend.length
            var q = topicStart
            while q < ctx.positionCount && q - topicStart < 15 && !ctx.isClauseBreak(q) && ctx.key(q) != ","
                    && ctx.sameSentence(q, p) && ctx.lexicons.trainingLinks.longestMatch(ctx.analysis, at: q) == nil
                    && ctx.key(q) != FoldedKey.fold("do") { q += 1 }
            var fact = Fact(kind: .training, evidence: ctx.evidence(from: p, to: topicStart - 1))
            fact.participants = Int(number.value)
            fact.participantUnit = ctx.analysis.slice(ctx.token(p + 1).start, ctx.token(p + unit.length).end).lowercased()
            fact.topic = ctx.text(from: topicStart, to: q)
            fact.qualifier = ctx.qualifier(number: p, afterUnit: nil).0
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
              let value = NumberParser.parse(ctx.key(r)), value == value.rounded() else { return nil }
        if let unit = ctx.lexicons.units.longestMatch(ctx.analysis, at: r + 1) {
            guard unit.value.role == .person else { return nil }
            let unitText = ctx.analysis.slice(ctx.token(r + 1).start, ctx.token(r + unit.length).end).lowercased()
            return (Int(value), unitText, r, r + unit.length)
        }
        // Participants named by a noun the lexicon lacks ("cho 640 cấp ủy viên cơ sở"): up to the clause's end.
        var e = r + 1
        while e < ctx.positionCount && e - r <= 6 && ctx.token(e).kind == .word && ctx.sameSentence(e, r) { e += 1 }
        guard e > r + 1 else { return nil }
        return (Int(value), ctx.analysis.slice(ctx.token(r + 1).start, ctx.token(e - 1).end).lowercased(), r, e - 1)
    }
}

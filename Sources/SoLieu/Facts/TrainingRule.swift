/// Builds `training` facts.
///
/// - "6 lớp bồi dưỡng nhận thức về Đảng cho 368 quần chúng ưu tú": classes 6, topic "bồi dưỡng nhận
///   thức về Đảng", participants 368 (quần chúng ưu tú). Participants are joined by a `link` word of
///   `training.tsv` in the same clause; without one, participants are null.
/// - "mở lớp … với 52 học viên", "lớp học có 60 học viên", "một lớp … cho 68 …": one class, only when
///   participants follow (a bare "một lớp" is an indefinite article).
/// - "cử 6 quần chúng ưu tú đi học lớp …": classes null, participants 6.
enum TrainingRule {
    /// Words that make "lớp" plural and uncounted ("các lớp").
    static let plural = KeySet(["các", "những", "nhiều", "mấy", "vài", "hàng"].map(FoldedKey.fold))

    /// Where a class mention starts: the evidence start, the class word, the count if stated.
    private struct ClassMention {
        let first: Int
        let classWord: Int
        let unitLength: Int
        let classes: Int?
        /// Right after a verb of attending ("đi học lớp …"): a class of its own only when learners are
        /// joined to it by a link word ("… do Đảng ủy xã mở cho 46 học viên").
        var afterAttend = false
    }

    static func apply(_ ctx: FactContext) -> [Fact] {
        // "Học viên lớp bồi dưỡng nhận thức về Đảng: kế hoạch 25; thực hiện 28": learners by label.
        let labelled = labelledLearners(ctx)
        // "Số lớp bồi dưỡng … mở được là 2, học viên tham dự là 96 người".
        let named = namedClassCounts(ctx)
        var mentions: [ClassMention] = []
        for figure in ctx.figures {
            guard !ctx.isNotFigure(figure.position),
                  let unit = ctx.unit(at: figure.last + 1),
                  unit.value.role == .class, figure.value == figure.value.rounded(), figure.valueMax == nil else { continue }
            if figure.inWords && figure.value == 1 { continue }  // "một lớp": see below
            if CountRule.isNetChange(ctx, figure) { continue }  // "tăng 37 lớp": a count of the change
            // "2/3 lớp": two classes held of three planned; the classes are the first figure's.
            if ctx.keyIs(figure.first - 1, Keys.slash), let held = ctx.figureEndingAt[figure.first - 2],
               ctx.token(figure.first - 1).start == ctx.token(figure.first - 2).end,
               case let heldFigure = ctx.figures[held], heldFigure.value <= figure.value, heldFigure.value == heldFigure.value.rounded() {
                mentions.append(ClassMention(first: heldFigure.first, classWord: figure.last + 1, unitLength: unit.length,
                                             classes: Int(heldFigure.value)))
                ctx.markUsed(figureAt: figure.first)
                continue
            }
            mentions.append(ClassMention(first: figure.first, classWord: figure.last + 1, unitLength: unit.length,
                                         classes: Int(figure.value)))
        }
        for p in 0..<ctx.positionCount where ctx.unit(at: p)?.value.role == .class && !ctx.keyIs(p - 1, oneOf: plural) {
            let afterAttend = p >= 1 && ctx.lexicons.trainingAttend.longestMatch(ctx.analysis, at: p - 1) != nil
                || p >= 2 && ctx.lexicons.trainingAttend.longestMatch(ctx.analysis, at: p - 2) != nil
            let unit = ctx.unit(at: p)!
            // "một lớp …": the article "một" opens the mention; other figures were handled above.
            var first = p
            if p > 0, let i = ctx.figureAt[p - 1] ?? (ctx.isFigureEnd(p - 1) ? ctx.figureEndingAt[p - 1] : nil) {
                let f = ctx.figures[i]
                guard f.inWords && f.value == 1 && f.valueMax == nil else { continue }
                first = f.first
            } else if p > 0 && ctx.token(p - 1).kind == .number {
                continue
            }
            mentions.append(ClassMention(first: first, classWord: p, unitLength: unit.length, classes: nil, afterAttend: afterAttend))
        }
        // People sent to classes first: "cử 9 quần chúng ưu tú tham gia 02 lớp …" is one fact with
        // both counts, and its classes are no class mention of their own.
        let attended = attendance(ctx)
        let attendedClasses = Set(attended.compactMap(\.classesFirst))
        var facts: [Fact] = []
        for m in mentions.sorted(by: { $0.first < $1.first }) where !attendedClasses.contains(m.first) {
            if let fact = classFact(ctx, m) { facts += spreadOverList(ctx, fact, classesAt: m.first) }
        }
        return labelled + named + facts + attended.map(\.fact)
    }

    /// Sets what a training fact takes from where its figure stands at content position `p`: its
    /// subject, its period and whether it is a target.
    static func placeInContext(_ fact: inout Fact, _ ctx: FactContext, at p: Int) {
        (fact.subject, fact.subjectExplicit) = ctx.subjects.resolve(at: p, training: true)
        fact.period = ctx.period(at: p)
        fact.modality = ctx.isTarget(p) ? .target : .actual
    }

    private static func classFact(_ ctx: FactContext, _ m: ClassMention) -> Fact? {
        if let schoolClasses = schoolClassCount(ctx, m) { return schoolClasses }
        let topicStart = m.classWord + m.unitLength
        var fact = Fact(kind: .training, evidence: ctx.evidence(from: m.first, to: topicStart - 1))
        fact.classes = m.classes ?? 1
        fact.figure = ctx.token(m.first).start..<ctx.token(m.classWord + m.unitLength - 1).end
        var q = topicStart
        var topicEnd = topicStart
        var lastPosition = topicStart - 1
        // "Mỗi lớp tối đa 45 học viên", "mỗi lớp sơ cấp tối đa 80 học viên": participants right
        // after the class word or a short topic, with a hedge and a known noun of people ("lớp 9" is
        // a school grade).
        var hedge = topicStart
        while hedge < topicStart + 4 && hedge < ctx.positionCount && ctx.token(hedge).kind == .word
                && ctx.lexicons.qualifiersBefore.longestMatch(ctx.analysis, at: hedge) == nil && ctx.sameSentence(hedge, topicStart) {
            hedge += 1
        }
        if ctx.lexicons.qualifiersBefore.longestMatch(ctx.analysis, at: hedge) != nil,
           let found = participants(ctx, from: hedge), found.known {
            fact.participants = found.count
            fact.participantUnit = found.unit
            let (qualifier, _) = ctx.qualifier(number: found.first, afterUnit: found.lastPosition + 1)
            if qualifier != .exact { fact.qualifier = qualifier }
            ctx.markUsed(figureAt: found.first)
            fact.topic = hedge > topicStart ? ctx.text(from: topicStart, to: hedge) : nil
            fact.evidence = ctx.evidence(from: m.first, to: found.lastPosition)
            placeInContext(&fact, ctx, at: m.first)
            ctx.markUsed(figureAt: m.first)
            return fact
        }
        while q < ctx.positionCount && q - m.classWord < 30 && (!ctx.isClauseBreak(q) || ctx.keyIs(q, Keys.colon))
                && ctx.sameSentence(q, m.classWord) && !(m.afterAttend && ctx.isClauseBreakOrComma(q)) {
            if let i = ctx.figureAt[q],
               ctx.unit(at: ctx.figures[i].last + 1)?.value.role == .class { break }
            // "01 lớp trung cấp …, 87 học viên;", "4 lớp … (396 học viên)", "• 1 lớp bồi dưỡng …: 29
            // đồng chí": people of a known noun right after a comma, a parenthesis or a label's
            // colon, as in lists, table rows and infographics.
            let colon = ctx.keyIs(q, Keys.colon)
            // "Bồi dưỡng nhận thức về Đảng: 2 lớp – 41 học viên": a dash between columns.
            // "1 lớp/24 học viên", "01 lớp / 38 học viên": a slash right after the class word, in a
            // table's cell or a form's line.
            let slashed = q == m.classWord + m.unitLength && ctx.keyIs(q, Keys.slash)
            let punctuated = !m.afterAttend && (colon || slashed || ctx.keyIs(q, Keys.comma) || ctx.keyIs(q, Keys.openingBracket) || isSpacedDash(ctx, q))
                ? participants(ctx, from: q + 1).flatMap { $0.known ? $0 : nil } : nil
            if let found = punctuated ?? ctx.lexicons.trainingLinks.longestMatch(ctx.analysis, at: q).flatMap({
                participants(ctx, from: q + $0.length).flatMap { !m.afterAttend || $0.known && !ctx.used[$0.first] ? $0 : nil }
            }) {
                topicEnd = q
                fact.participants = found.count
                fact.participantUnit = found.unit
                let (qualifier, _) = ctx.qualifier(number: found.first, afterUnit: found.lastPosition + 1)
                if qualifier != .exact { fact.qualifier = qualifier }
                ctx.markUsed(figureAt: found.first)
                lastPosition = found.lastPosition
                break
            }
            if colon { break }
            q += 1
            topicEnd = q
        }
        if fact.participants == nil {
            if m.classes == nil { return nil }
            topicEnd = min(topicEnd, q)
        }
        fact.topic = ctx.text(from: topicStart, to: topicEnd)
        if fact.qualifier == .exact { fact.qualifier = ctx.qualifier(number: m.first, afterUnit: nil).0 }
        fact.evidence = ctx.evidence(from: m.first, to: lastPosition)
        placeInContext(&fact, ctx, at: m.first)
        ctx.markUsed(figureAt: m.first)
        return fact
    }

    /// Classes of a school, counted with its pupils: "1.032 học sinh ở 30 lớp", "38 lớp với hơn 1.600
    /// học sinh", "24 lớp học, 860 học sinh". A count (measure `other`, unit the class word), when the
    /// classes have no topic ("lớp bồi dưỡng …"), no opening verb ("mở 3 lớp") and pupils
    /// (`training.tsv`, role `pupil`) right before them or joined right after them. The pupils stay
    /// a count of their own.
    private static func schoolClassCount(_ ctx: FactContext, _ m: ClassMention) -> Fact? {
        guard let classes = m.classes else { return nil }
        for q in max(0, m.first - 3)..<m.first where ctx.sameSentence(q, m.first) {
            if let verb = ctx.lexicons.trainingOpen.longestMatch(ctx.analysis, at: q), q + verb.length <= m.first { return nil }
        }
        var next = m.classWord + m.unitLength
        if next < ctx.positionCount && ctx.keyIs(next, Keys.hoc) { next += 1 }  // "lớp học"
        let topicless = next >= ctx.positionCount || !ctx.sameSentence(next, m.first) || ctx.isClauseBreakOrComma(next)
            || ctx.lexicons.trainingLinks.longestMatch(ctx.analysis, at: next) != nil
        guard topicless, pupilsBefore(ctx, m.first) || pupilsAfter(ctx, next) else { return nil }
        let classEnd = m.classWord + m.unitLength - 1
        var fact = Fact(kind: .count, evidence: ctx.evidence(from: m.first, to: classEnd))
        fact.figure = ctx.token(m.first).start..<ctx.token(classEnd).end
        fact.measure = "other"
        fact.value = Double(classes)
        fact.unit = ctx.analysis.lowercasedSlice(ctx.token(m.classWord).start, ctx.token(classEnd).end)
        fact.qualifier = ctx.qualifier(number: m.first, afterUnit: nil).0
        placeInContext(&fact, ctx, at: m.first)
        ctx.markUsed(figureAt: m.first)
        return fact
    }

    /// Whether pupils end right before `first`, or one word before it ("học sinh ở 30 lớp").
    private static func pupilsBefore(_ ctx: FactContext, _ first: Int) -> Bool {
        for q in max(0, first - 4)..<first where ctx.sameSentence(q, first) && !ctx.isClauseBreakOrComma(q) {
            if let pupils = ctx.lexicons.schoolPupils.longestMatch(ctx.analysis, at: q),
               q + pupils.length == first || q + pupils.length == first - 1 { return true }
        }
        return false
    }

    /// Whether a comma or a link word at `p` is followed by a count of pupils ("với hơn 1.600 học sinh").
    private static func pupilsAfter(_ ctx: FactContext, _ p: Int) -> Bool {
        guard p < ctx.positionCount else { return false }
        var r = p
        if ctx.keyIs(r, Keys.comma) { r += 1 } else if let link = ctx.lexicons.trainingLinks.longestMatch(ctx.analysis, at: r) {
            r += link.length
        } else { return false }
        if r < ctx.positionCount, let q = ctx.lexicons.qualifiersBefore.longestMatch(ctx.analysis, at: r) { r += q.length }
        guard r < ctx.positionCount, let i = ctx.figureAt[r], ctx.figures[i].first == r else { return false }
        let unitStart = ctx.figures[i].last + 1
        return unitStart < ctx.positionCount && ctx.lexicons.schoolPupils.longestMatch(ctx.analysis, at: unitStart) != nil
    }

    /// People sent to a class: "cử 6 quần chúng ưu tú đi học lớp …" gives classes null,
    /// participants 6; "cử 9 quần chúng ưu tú tham gia 02 lớp …" gives classes 2, participants 9
    /// (with the content position of the class count as `classesFirst`).
    static func attendance(_ ctx: FactContext) -> [(fact: Fact, classesFirst: Int?)] {
        var facts: [(fact: Fact, classesFirst: Int?)] = []
        for figure in ctx.figures {
            // The noun right after the figure, or after an infographic's dash ("1,2 nghìn – số học viên").
            let p = CountRule.isCaptionDash(ctx, figure.last + 1)
                ? (CountRule.captionNoun(ctx, after: figure.last + 1) ?? figure.last + 1) - 1 : figure.last
            guard !ctx.isNotFigure(figure.position), figure.value == figure.value.rounded(), figure.valueMax == nil,
                  let unit = ctx.unit(at: p + 1), unit.value.role == .person else { continue }
            // "cử 2 người học lớp …": the noun's last word opens the attendance phrase ("học lớp"),
            // not the noun "người học".
            var unitLength = unit.length
            if unitLength > 1, let verb = ctx.lexicons.trainingAttend.longestMatch(ctx.analysis, at: p + unitLength), verb.length > 1 {
                unitLength -= 1
            }
            guard let (attendAt, attend, classes) = attendance(ctx, after: p + unitLength) else { continue }
            let topicStart = attendAt + attend + (classes.map { $0.last + 1 - $0.first } ?? 0)
            var q = topicStart
            while q < ctx.positionCount && q - topicStart < 15 && !ctx.isClauseBreakOrComma(q)
                    && ctx.sameSentence(q, p) && ctx.lexicons.trainingLinks.longestMatch(ctx.analysis, at: q) == nil
                    && !ctx.keyIs(q, Keys.doBy) { q += 1 }
            var fact = Fact(kind: .training, evidence: ctx.evidence(from: figure.first, to: topicStart - 1))
            fact.participants = Int(figure.value)
            if let classes {
                fact.classes = classes.count
                fact.evidence = ctx.evidence(from: figure.first, to: topicStart - 1)
                ctx.markUsed(figureAt: classes.first)
            }
            fact.figure = ctx.token(figure.first).start..<ctx.token(figure.last).end
            fact.participantUnit = ctx.analysis.lowercasedSlice(ctx.token(p + 1).start, ctx.token(p + unitLength).end)
            fact.topic = ctx.text(from: topicStart, to: q)
            fact.qualifier = ctx.qualifier(number: figure.first, afterUnit: nil).0
            placeInContext(&fact, ctx, at: figure.first)
            ctx.markUsed(figureAt: figure.first)
            facts.append((fact, classes?.first))
        }
        return facts
    }

    /// Whether content position `p` is a dash with spaces around it ("2 lớp – 41 học viên").
    private static func isSpacedDash(_ ctx: FactContext, _ p: Int) -> Bool {
        guard p > 0, p + 1 < ctx.positionCount, ctx.keyIs(p, oneOf: Keys.dashes)
        else { return false }
        return ctx.token(p - 1).end < ctx.token(p).start && ctx.token(p).end < ctx.token(p + 1).start
    }

    /// The attendance phrase ("đi học lớp") within a few words after a person noun ("6 quần chúng ưu
    /// tú là thuyền viên đi học lớp …"), as (position, length), with the count of classes right
    /// after it when there is one ("tham gia 02 lớp": its first and last content positions and value).
    /// A phrase with a count of classes may come further, past who trained them ("1.200 học viên được
    /// Trung tâm Chính trị thị xã bồi dưỡng qua 26 lớp").
    private static func attendance(_ ctx: FactContext, after unitEnd: Int)
        -> (Int, Int, (first: Int, last: Int, count: Int)?)? {
        var q = unitEnd + 1
        while q < ctx.positionCount && q - unitEnd <= 12 && !ctx.isClauseBreak(q) && ctx.sameSentence(q, unitEnd) {
            if let m = ctx.lexicons.trainingAttend.longestMatch(ctx.analysis, at: q) {
                let after = q + m.length
                if let i = ctx.figureAt[after], ctx.figures[i].first == after, ctx.figures[i].valueMax == nil,
                   ctx.figures[i].value == ctx.figures[i].value.rounded(), !ctx.isNotFigure(ctx.figures[i].position),
                   let classWord = ctx.unit(at: ctx.figures[i].last + 1), classWord.value.role == .class {
                    let f = ctx.figures[i]
                    return (q, m.length, (f.first, f.last + classWord.length, Int(f.value)))
                }
                if m.value && q - unitEnd <= 7 { return (q, m.length, nil) }
            }
            // (Another figure first, in digits or words: "bồi dưỡng hai quần chúng ưu tú và đã cử ba
            // người đi học lớp" sends the three.)
            if ctx.token(q).kind == .number || ctx.figureAt[q] != nil { return nil }
            q += 1
        }
        return nil
    }

    /// "mở 4, 5 và 5 lớp … cho 205, 226 và 240 học viên": a list of class counts sharing the class
    /// word gives one fact per count, with the list's topic; a list of as many participant counts
    /// sharing their noun gives each its participants in order (else only the last has them).
    private static func spreadOverList(_ ctx: FactContext, _ fact: Fact, classesAt first: Int) -> [Fact] {
        guard let own = ctx.figureAt[first] else { return [fact] }
        let classes = CountRule.coordinatedFigures(ctx, ctx.figures[own])
        guard classes.count >= 2, classes.last == own,
              classes.allSatisfy({ $0 == own || (ctx.figures[$0].value == ctx.figures[$0].value.rounded() && !ctx.used[ctx.figures[$0].first]) })
        else { return [fact] }
        var learners: [Int] = []
        if let count = fact.participants, case let end = fact.evidence.end,
           let last = ctx.figures.lastIndex(where: { $0.first > first && ctx.token($0.first).start < end && $0.value == Double(count) }) {
            let listed = CountRule.coordinatedFigures(ctx, ctx.figures[last])
            if listed.count == classes.count, listed.first == last { learners = listed }
        }
        let lastPosition = ctx.position(atOrAfter: fact.evidence.end) - 1
        let items = classes.enumerated().map { k, i in
            let figure = ctx.figures[i]
            var item = fact
            item.classes = Int(figure.value)
            item.figure = ctx.token(figure.first).start..<ctx.token(figure.last).end
            item.evidence = ctx.evidence(from: figure.first, to: lastPosition)
            if !learners.isEmpty { item.participants = Int(ctx.figures[learners[k]].value) } else if i != own { item.participants = nil }
            ctx.markUsed(figureAt: figure.first)
            return item
        }
        for l in learners { ctx.markUsed(figureAt: ctx.figures[l].first) }
        return items
    }

    /// A participant count right after a link word: optional qualifier, a figure, a person noun (or
    /// a noun the lexicon lacks, up to the end of the clause).
    static func participants(_ ctx: FactContext, from start: Int)
        -> (count: Int, unit: String, first: Int, lastPosition: Int, known: Bool)? {
        var r = start
        if let q = ctx.lexicons.qualifiersBefore.longestMatch(ctx.analysis, at: r) { r += q.length }
        // "cho từ 150 quần chúng ưu tú trở lên": "từ" of a lower bound (a range "từ 40 đến 50" is one figure).
        if ctx.keyIs(r, Keys.tu), ctx.figureAt[r] == nil, let i = ctx.figureAt[r + 1], ctx.figures[i].first == r + 1 { r += 1 }
        guard let index = ctx.figureAt[r] else { return nil }
        let figure = ctx.figures[index]
        guard !ctx.isNotFigure(figure.position), figure.value == figure.value.rounded(), figure.valueMax == nil else { return nil }
        let last = figure.last
        if let unit = ctx.unit(at: last + 1) {
            guard unit.value.role == .person else { return nil }
            let unitText = ctx.analysis.lowercasedSlice(ctx.token(last + 1).start, ctx.token(last + unit.length).end)
            return (Int(figure.value), unitText, r, last + unit.length, true)
        }
        // "cho 205, 226 và 240 học viên": the first of a list sharing the noun after its last.
        if let (unit, text) = CountRule.listNoun(ctx, figure), unit.role == .person,
           let end = CountRule.coordinatedFigures(ctx, figure).last {
            return (Int(figure.value), text, r, ctx.figures[end].last + text.spaceSeparatedWordCount, true)
        }
        // Participants named by a noun the lexicon lacks ("cho 640 cấp ủy viên cơ sở").
        var e = last + 1
        while e < ctx.positionCount && e - last <= 6 && ctx.token(e).kind == .word && ctx.sameSentence(e, last) { e += 1 }
        guard e > last + 1 else { return nil }
        return (Int(figure.value), ctx.analysis.lowercasedSlice(ctx.token(last + 1).start, ctx.token(e - 1).end), r, e - 1,
                false)
    }
}

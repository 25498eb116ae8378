/// The measures a count takes from its context when no verb stands before it: a list's
/// introduction, a quota word, the set a sentence opens with, the noun before "có" (see `CountRule`).
extension CountRule {
    /// How many figures a line holds, outside parentheses, those already made facts included.
    static func figuresOnLine(_ ctx: FactContext, _ line: Range<Int>) -> Int {
        var count = 0
        var depth = 0
        var p = ctx.position(atOrAfter: line.lowerBound)
        while p < ctx.positionCount && ctx.token(p).start < line.upperBound {
            if ctx.keyIs(p, Keys.openingBracket) { depth += 1 }
            else if ctx.keyIs(p, Keys.closingBracket) { depth = max(0, depth - 1) }
            // A breakdown in parentheses ("11 đảng viên (trong đó 3 nữ)") is part of its figure.
            if depth == 0, let i = ctx.figureAt[p], ctx.figures[i].position == p, !ctx.isNotFigure(p, countingUse: false) { count += 1 }
            p += 1
        }
        return count
    }

    /// The measure named by the last verb of a list's introduction (see `ListIntros`): of the
    /// sentence that introduces the list, not of sentences before it on the line ("Nhiều đảng bộ
    /// hoàn thành vượt chỉ tiêu. Dẫn đầu về số đảng viên mới gồm:"), unless that sentence is only a
    /// breakdown marker ("… được tặng Huy hiệu Đảng. Cụ thể:").
    static func introMeasure(_ ctx: FactContext, _ line: Range<Int>, unit: UnitEntry) -> String? {
        var found: String?
        var start = line.lowerBound
        if line.upperBound > line.lowerBound {
            var index = ctx.analysis.sentenceIndex(at: line.upperBound - 1)
            // "… có 46 đảng viên được tặng Huy hiệu Đảng. Cụ thể:": a sentence that is only a
            // breakdown marker introduces the breakdown of the sentence before it.
            let first = ctx.position(atOrAfter: ctx.analysis.sentences[index].lowerBound)
            if index > 0, let marker = ctx.lexicons.breakdownMarkers.longestMatch(ctx.analysis, at: first),
               first + marker.length < ctx.positionCount, ctx.key(first + marker.length) == ":",
               ctx.token(first + marker.length).end >= ctx.analysis.sentences[index].upperBound - 1 {
                index -= 1
            }
            start = max(start, ctx.analysis.sentences[index].lowerBound)
        }
        var p = ctx.position(atOrAfter: start)
        while p < ctx.positionCount && ctx.token(p).start < line.upperBound {
            if let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: p),
               let given = m.value.givenMeasure(for: unit), given != "pass", applies(m.value, to: unit) {
                found = given
                p += m.length
            } else {
                p += 1
            }
        }
        return found
    }

    /// The counted noun of people heading the clause of "… có N người": the nearest one before "có",
    /// without a figure of its own, of party members or candidates.
    /// - Parameter anyPeople: whether a noun of any people heads it too ("Đội ngũ giảng viên hiện có
    ///   42 đồng chí": instructors).
    static func subjectNoun(_ ctx: FactContext, before first: Int, anyPeople: Bool = false) -> UnitEntry? {
        var q = first - 1
        if let hedge = phraseEnding(at: first, in: ctx.analysis, table: ctx.lexicons.qualifiersBefore) { q = hedge.start - 1 }
        // "… có chừng 450 người", "… là 27 người", "… còn 23 người" (what is left of a source), "…
        // lên đến 8 người" (what it reached).
        if q > 1, ctx.keyIs(q, Keys.den) || ctx.keyIs(q, Keys.toi), ctx.keyIs(q - 1, Keys.len) { q -= 1 }
        // ("Nguồn quần chúng ưu tú dồi dào nhất thuộc về Chi bộ A với 19 người".)
        // ("Đảng viên từ 60 tuổi trở lên chiếm 612 người": the part the noun names.)
        guard q > 0, ctx.keyIs(q, Keys.co) || ctx.keyIs(q, Keys.la) || ctx.keyIs(q, Keys.con) || ctx.keyIs(q, Keys.len)
                || ctx.keyIs(q, Keys.voi) || ctx.keyIs(q, Keys.chiem) else { return nil }
        var s = q - 1
        // (Of any people, the nearest noun unless members are named before it: "số đảng viên là lái
        // xe chỉ có 21 đồng chí" counts members.)
        // ("… là học sinh, sinh viên có 37 đồng chí": across the commas of a list then; not a noun
        // that only restates, "người".)
        var others: UnitEntry?
        // (Past an age or a year that qualifies the noun: "số đảng viên dưới 40 tuổi là 25 người".)
        while s >= 0 && q - s <= 16 && !(anyPeople ? ctx.isClauseBreak(s) : ctx.isClauseBreakOrComma(s)) && ctx.sameSentence(s, q) {
            if ctx.figureAt[s] != nil, anyPeople || !ctx.isNotFigure(s, countingUse: false) { return nil }
            // "Đến nay nguồn đã lên 35 người": the source of admissions, candidates.
            if !anyPeople, ctx.keyIs(s, Self.nguon), ctx.unit(at: s + 1) == nil { return Self.candidates }
            if let unit = ctx.unit(at: s), unit.value.role == .person, !ctx.isFigureEnd(s - 1) {
                if unit.value.family == "party_members" || unit.value.family == "candidates" { return admittedIfNew(ctx, unit, at: s) }
                if anyPeople, others == nil, ctx.lexicons.restatingNouns.longestMatch(ctx.analysis, at: s) == nil { others = unit.value }
            }
            s -= 1
        }
        if anyPeople { return others }
        // "số quần chúng ưu tú đang được theo dõi, bồi dưỡng là 13 người": a noun right after "số"
        // heads the clause across the commas of its verbs.
        guard ctx.keyIs(q, Keys.la) else { return nil }
        s = q - 1
        while s > 0 && q - s <= 16 && !ctx.isClauseBreak(s) && ctx.sameSentence(s, q) {
            if ctx.figureAt[s] != nil, !ctx.isNotFigure(s, countingUse: false) { return nil }
            // (Or after "nguồn": "nguồn quần chúng ưu tú đang được theo dõi, bồi dưỡng là 17 người".)
            if ctx.keyIs(s - 1, Keys.so) || ctx.keyIs(s - 1, Self.nguon), let unit = ctx.unit(at: s), unit.value.role == .person,
               unit.value.family == "party_members" || unit.value.family == "candidates" {
                return admittedIfNew(ctx, unit, at: s)
            }
            s -= 1
        }
        return nil
    }

    /// The measure of the last count of members or candidates, in the sentence or the one before,
    /// for people counted as "người" with a breakdown marker right after them: "kết nạp 9 đảng viên,
    /// …; 6 người trong số đó công tác ở tuyến xã" → admitted.
    static func markedPartMeasure(_ ctx: FactContext, unitEnd: Int, facts: [Fact]) -> String? {
        guard let marker = ctx.lexicons.breakdownMarkers.longestMatch(ctx.analysis, at: unitEnd + 1), marker.length >= 3
        else { return nil }
        // (Past a quota in brackets: "kết nạp 9 đảng viên, đạt 112,5% chỉ tiêu (8 đảng viên); 6 người …".)
        let sentence = ctx.analysis.sentenceIndex(ofContent: unitEnd)
        for fact in facts.suffix(3).reversed() where fact.kind == .count && fact.modality == .actual {
            guard sentence - ctx.analysis.sentenceIndex(at: fact.evidence.start) <= 1, let measure = fact.measure,
                  measure.hasPrefix("party_members.") || measure.hasPrefix("candidates.") else { return nil }
            return measure
        }
        return nil
    }

    /// A noun of members followed by "mới" ("Đảng viên mới năm 2024 là 27 người") counts members
    /// admitted; any other noun counts what it names.
    private static func admittedIfNew(_ ctx: FactContext, _ unit: (length: Int, value: UnitEntry), at start: Int) -> UnitEntry {
        unit.value.measure == "party_members.total" && namesNewMembers(ctx, at: start + unit.length) ? Self.admitted : unit.value
    }

    /// Whether "mới" at content position `p`, right after a noun of members, makes them new members
    /// ("27 đảng viên mới"; not "mới" before another noun).
    static func namesNewMembers(_ ctx: FactContext, at p: Int) -> Bool {
        ctx.keyIs(p, Keys.moiNew) && ctx.unit(at: p + 1) == nil
    }

    private static let admitted = UnitEntry(measure: "party_members.admitted", role: .person)

    /// The measure of a quota word (`targets.tsv`, second column) ending at most two positions before
    /// the figure in its clause ("chỉ tiêu 180", "chỉ tiêu là 180", "chỉ tiêu: 180"), or opening the
    /// clause of a colon or "là" before it ("chỉ tiêu Nghị quyết Đại hội: 45 đảng viên", "Chỉ tiêu năm
    /// 2025 cấp trên giao là 7 đảng viên").
    static func quotaMeasure(_ ctx: FactContext, before first: Int) -> String? {
        var end = first
        var reach = 2
        if ctx.keyIs(first - 1, Keys.colon) { end -= 1; reach = 8 }  // "(chỉ tiêu: một trăm đảng viên)"
        // "vượt 13,3% chỉ tiêu nhiệm kỳ (30 đảng viên)": up to two words between the quota and a bracket.
        else if ctx.keyIs(first - 1, Keys.openingBracket) { end -= 1; reach = 4 }
        // "Chỉ tiêu năm 2025 Đảng ủy cấp trên giao là 7 đảng viên".
        else if ctx.keyIs(first - 1, Keys.la) {
            end -= 1; reach = 10
            // "Chỉ tiêu … giao cho xã trong ba năm đó lần lượt là 10, 12 và 15 đảng viên".
            if let respective = phraseEnding(at: end, in: ctx.analysis, table: ctx.lexicons.respectiveMarkers) {
                reach += end - respective.start
                end = respective.start
            }
        }
        while end > 0 && first - end <= reach && !ctx.isClauseBreakOrComma(end - 1) {
            if let quota = phraseEnding(at: end, in: ctx.analysis, table: ctx.lexicons.quotaMeasures) { return quota.value }
            end -= 1
        }
        return nil
    }

    /// The measure of a quota whose items the sentence lists after a colon: "Chỉ tiêu giao một số
    /// đơn vị: Đảng bộ xã A: 14 đảng viên; Đảng bộ xã B: 9 đảng viên" → admitted. The quota word
    /// (`targets.tsv`, with a quota measure) opens the sentence, within its first three words, and
    /// the sentence's first colon follows it within ten; the figure's item is "name: figure".
    static func quotaListMeasure(_ ctx: FactContext, figure: Figure) -> String? {
        // (Most figures have no colon just before them: asked before the hedge is sought.)
        guard (max(0, figure.first - 4)..<figure.first).contains(where: { ctx.keyIs($0, Keys.colon) }) else { return nil }
        let itemColon = ctx.hedgeStart(figure.first) - 1
        guard itemColon > 0, ctx.keyIs(itemColon, Keys.colon) else { return nil }
        let sentence = ctx.analysis.sentences[ctx.analysis.sentenceIndex(ofContent: figure.first)]
        let start = ctx.position(atOrAfter: sentence.lowerBound)
        var colon = start
        while colon < figure.first && colon - start <= 10 && !ctx.keyIs(colon, Keys.colon) { colon += 1 }
        guard colon < itemColon, ctx.keyIs(colon, Keys.colon) else { return nil }
        for end in start + 1...min(start + 3, colon) {
            if let quota = phraseEnding(at: end, in: ctx.analysis, table: ctx.lexicons.quotaMeasures),
               quota.start <= start + 2 {
                return quota.value
            }
        }
        return nil
    }

    private static let nguon = KeyConstant(folding: "nguồn")
    /// What "nguồn" counts.
    private static let candidates = UnitEntry(measure: "candidates.total", role: .person)

    /// The measure of the set a sentence opens with when it has no figure of its own ("Trong số
    /// đảng viên mới kết nạp từ đầu nhiệm kỳ, có 87 đồng chí là nữ" → admitted): the trigger
    /// between "trong số" and the first comma.
    /// The clause may also open after a comma or "là" ("Điểm đáng chú ý là trong số đảng viên mới
    /// có 5 đồng chí là công nhân").
    static func namedSetMeasure(_ ctx: FactContext, figure: Figure, unit: UnitEntry) -> String? {
        let sentence = ctx.analysis.sentences[ctx.analysis.sentenceIndex(ofContent: figure.first)]
        let sentenceStart = ctx.position(atOrAfter: sentence.lowerBound)
        var open = figure.first - 3
        while open > sentenceStart && figure.first - open <= 18 && !ctx.keyIs(open, Keys.semicolon)
                && !(ctx.keyIs(open, Keys.trong) && ctx.keyIs(open + 1, Keys.so)
                     && (ctx.keyIs(open - 1, Keys.la) || ctx.isClauseBreakOrComma(open - 1))) {
            open -= 1
        }
        guard open >= sentenceStart, open + 2 < figure.first, ctx.keyIs(open, Keys.trong), ctx.keyIs(open + 1, Keys.so) else { return nil }
        var q = open + 2
        while q < figure.first && q - open <= 16 && !ctx.isClauseBreakOrComma(q) {
            // "Trong số 22 đồng chí nhận Huy hiệu …": the set's figure is read past (when it is a
            // fact of its own, the breakdown takes the same measure from it).
            if let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: q),
               let given = m.value.givenMeasure(for: unit), given != "pass", applies(m.value, to: unit) {
                return given
            }
            // "Trong số đảng viên mới có 9 người là đoàn viên": new members are members admitted.
            if let set = ctx.unit(at: q), set.value.measure == "party_members.total", ctx.keyIs(q + set.length, Keys.moiNew),
               ctx.unit(at: q + set.length + 1) == nil {
                return "party_members.admitted"
            }
            q += 1
        }
        return nil
    }

    /// The measure of the set a sentence opens with when the set restates a count told before
    /// ("Trong 87 đồng chí này có 61 đồng chí là đoàn viên, 23 đồng chí là nữ" after "đã kết nạp 87
    /// đảng viên"): the measure of the last earlier fact with the set's value, of members.
    static func restatedSetMeasure(_ ctx: FactContext, figure: Figure, unit: UnitEntry, facts: [Fact]) -> String? {
        let sentence = ctx.analysis.sentences[ctx.analysis.sentenceIndex(ofContent: figure.first)]
        let open = ctx.position(atOrAfter: sentence.lowerBound)
        var q = open + 1
        guard ctx.keyIs(open, Keys.trong) else { return nil }
        if ctx.keyIs(q, Keys.tong) { q += 1 }
        if ctx.keyIs(q, Keys.so) { q += 1 }
        guard let i = ctx.figureAt[q], ctx.figures[i].first == q, ctx.figures[i].last < figure.first,
              let noun = ctx.unit(at: ctx.figures[i].last + 1), noun.value.role == .person else { return nil }
        let value = ctx.figures[i].value
        return facts.last { fact in
            fact.value == value && fact.evidence.end <= sentence.lowerBound
                && (fact.measure.map { $0.hasPrefix("party_members.") && $0 != "party_members.total" } ?? false)
        }?.measure
    }

    /// The measure of the previous count of the sentence for a clause that sets a part of it apart
    /// with "riêng" and gives its figure after "là", with no verb: "đã kết nạp 486 đảng viên; riêng
    /// 9 tháng đầu năm 2024 là 103 đảng viên" → admitted. Also a clause that names the figure
    /// before as a kind ("…; năm 2024 con số này là 13 đảng viên"), in its sentence or the one before.
    static func setApartMeasure(_ ctx: FactContext, figure: Figure, unit: UnitEntry, facts: [Fact]) -> String? {
        guard ctx.keyIs(figure.first - 1, Keys.la), let previous = facts.last, let measure = previous.measure,
              measure != "other", !measure.hasSuffix(".total"), counts(unit, as: measure)
        else { return nil }
        if let same = phraseEnding(at: figure.first - 1, in: ctx.analysis, table: ctx.lexicons.sameFigureWords),
           ctx.sameSentence(same.start, figure.first), previous.evidence.end <= ctx.token(same.start).start,
           // (Or of the sentence before: "… trao Huy hiệu Đảng cho 87 đảng viên. Đợt 7/11, con số này là 101 đảng viên".)
           ctx.analysis.sentenceIndex(ofContent: figure.first) - ctx.analysis.sentenceIndex(at: previous.evidence.start) <= 1 {
            return measure
        }
        var q = figure.first - 2
        while q > 0, figure.first - q <= 12, !ctx.isClauseBreakOrComma(q - 1) {
            if ctx.lexicons.triggers.longestMatch(ctx.analysis, at: q) != nil { return nil }
            q -= 1
        }
        guard q > 0, ctx.isClauseBreakOrComma(q - 1), ctx.keyIs(q, Keys.rieng), ctx.sameSentence(q, figure.first),
              previous.evidence.end <= ctx.token(q).start,
              ctx.analysis.sentenceIndex(at: previous.evidence.start) == ctx.analysis.sentenceIndex(ofContent: q)
        else { return nil }
        return measure
    }

    /// The measure of the previous count, of members or candidates, for people counted as "người"
    /// in a clause that sets a part of it apart with "riêng": "bồi dưỡng nguồn 17 quần chúng ưu tú,
    /// riêng Chi bộ Nghiệp đoàn có 6 người" → candidates. A sentence opening with "Riêng" sets apart
    /// a part of the sentence before, across the comma after its part ("Số đảng viên kết nạp các năm
    /// lần lượt là 41, …. Riêng đảng viên là người dân tộc thiểu số, các năm lần lượt là 46, … người").
    /// The part set apart before its comma ("đảng viên là người dân tộc thiểu số") is the group,
    /// unless it names an organisation.
    static func setApartPeopleMeasure(_ ctx: FactContext, figure: Figure, facts: [Fact]) -> (measure: String, group: String?)? {
        let sentence = ctx.analysis.sentenceIndex(ofContent: figure.first)
        var q = ctx.hedgeStart(figure.first) - 1
        var commas = 0
        while q > 0, figure.first - q <= 20, ctx.sameSentence(q - 1, figure.first) {
            if ctx.lexicons.triggers.longestMatch(ctx.analysis, at: q).map({ $0.value.measure != "base" }) ?? false { return nil }
            if ctx.isClauseBreakOrComma(q - 1) {
                if ctx.keyIs(q, Keys.rieng) { break }
                // (Past one comma only to the head of the sentence.)
                commas += 1
                if commas > 1 || !ctx.keyIs(q - 1, Keys.comma) { return nil }
            }
            q -= 1
        }
        guard ctx.keyIs(q, Keys.rieng), ctx.sameSentence(q, figure.first) else { return nil }
        // The count before "riêng" (not an earlier figure of the same list after it).
        let rieng = ctx.token(q).start
        guard let previous = facts.last(where: { $0.evidence.end <= rieng }), let measure = previous.measure,
              measure.hasPrefix("party_members.") || measure.hasPrefix("candidates.") else { return nil }
        let previousSentence = ctx.analysis.sentenceIndex(at: previous.evidence.start)
        let opensSentence = q == 0 || !ctx.sameSentence(q - 1, q)
        guard previousSentence == sentence && commas == 0 || opensSentence && commas == 1 && previousSentence == sentence - 1
        else { return nil }
        guard commas == 1, ctx.subjects.mentions.first(where: { $0.firstPosition == q + 1 }) == nil,
              let comma = (q + 1..<figure.first).first(where: { ctx.keyIs($0, Keys.comma) }), comma > q + 1
        else { return (measure, nil) }
        return (measure, ctx.text(from: q + 1, to: comma))
    }

    /// The measure of the previous count of its sentence, of candidates or of members, for people
    /// counted as "người" by a party unit in a clause of its own that repeats its verb: "Hiện các chi
    /// bộ ấp, khóm có 23 quần chúng ưu tú trong danh sách nguồn, các chi bộ cơ quan, trường học có 11
    /// người" → candidates. Not the people of a place ("…, thôn có 1.200 người"): a party unit's word
    /// (`organisation_heads.tsv`, kind party) must stand between the two counts, and no verb.
    static func parallelPeopleMeasure(_ ctx: FactContext, figure: Figure, facts: [Fact]) -> String? {
        var q = ctx.hedgeStart(figure.first) - 1
        if let marker = phraseEnding(at: q + 1, in: ctx.analysis, table: ctx.lexicons.respectiveMarkers) { q = marker.start - 1 }
        guard q > 0, ctx.keyIs(q, Keys.co) || ctx.keyIs(q, Keys.la) else { return nil }
        guard let previous = facts.last, let measure = previous.measure,
              measure == "party_members.total" || measure == "candidates.total", previous.unit != "người",
              ctx.analysis.sentenceIndex(at: previous.evidence.start) == ctx.analysis.sentenceIndex(ofContent: figure.first)
        else { return nil }
        var partyUnit = false
        var s = q - 1
        while s > 0 && ctx.token(s).start >= previous.evidence.end {
            if ctx.lexicons.triggers.longestMatch(ctx.analysis, at: s).map({ $0.value.measure != "base" }) ?? false { return nil }
            if ctx.figureAt[s] != nil && !ctx.isNotFigure(s, countingUse: false) { return nil }
            if ctx.lexicons.organisationHeads.longestMatch(ctx.analysis, at: s)?.value.kind == .party { partyUnit = true }
            s -= 1
        }
        return partyUnit ? measure : nil
    }

    /// The measure of a count of members ranked after "với" (`breakdowns.tsv`, role `rank`): the
    /// last count of members with a verb, in its sentence or the one before ("Xã A kết nạp 84 đảng
    /// viên; xã B đứng thứ hai với 61 đảng viên" → admitted); or the verb before a standout word in
    /// its clause ("Đơn vị kết nạp nhiều nhất là xã C với 14 đảng viên"); or, with no count in
    /// the sentence or the one before, the measure of the last ranked count.
    static func rankedMeasure(_ ctx: FactContext, figure: Figure, unit: UnitEntry, facts: [Fact]) -> String? {
        let voi = ctx.hedgeStart(figure.first) - 1
        guard voi > 0, ctx.keyIs(voi, Keys.voi) else { return nil }
        var q = voi - 1
        // ("Xếp thứ hai, với 5 đảng viên, là Chi bộ …": the rank may open the clause before a comma.)
        if q > 0, ctx.keyIs(q, Keys.comma) { q -= 1 }
        var ranked = false, standout = false, newMembers = false
        while q >= 0 && voi - q <= 16 && !ctx.isClauseBreakOrComma(q) && ctx.sameSentence(q, voi) {
            if ctx.lexicons.rankWords.longestMatch(ctx.analysis, at: q) != nil { ranked = true }
            // "Đứng đầu về số đảng viên mới là Chi bộ A với 6 đảng viên": new members were admitted.
            if ctx.keyIs(q, Keys.so), let noun = ctx.unit(at: q + 1), noun.value.family == "party_members",
               ctx.keyIs(q + 1 + noun.length, Keys.moiNew) { newMembers = true }
            if ctx.lexicons.standoutWords.longestMatch(ctx.analysis, at: q) != nil { standout = true }
            if standout, let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: q),
               let given = m.value.givenMeasure(for: unit), given.hasPrefix("party_members."), given != unit.measure,
               applies(m.value, to: unit) {
                return given
            }
            q -= 1
        }
        guard ranked || standout else { return nil }
        if newMembers, unit.family == "party_members" { return "party_members.admitted" }
        guard ranked else { return nil }
        let sentence = ctx.analysis.sentenceIndex(ofContent: figure.first)
        if let previous = facts.last, ctx.analysis.sentenceIndex(at: previous.evidence.start) >= sentence - 1 {
            guard let measure = previous.measure, measure.hasPrefix(unit.family + "."), measure != unit.measure else { return nil }
            return measure
        }
        // "Dẫn đầu bảng là xã A với 18 đảng viên" paragraphs after "xã A đứng đầu với 18 đảng viên
        // mới": the ranking told before, by its measure.
        for previous in facts.reversed().prefix(FactMerger.candidateLimit) where previous.kind == .count {
            guard let measure = previous.measure, measure.hasPrefix(unit.family + "."), measure != unit.measure else { continue }
            if isRanked(ctx, ctx.position(atOrAfter: previous.figure.lowerBound)) { return measure }
        }
        return nil
    }

    /// Whether a rank word (`breakdowns.tsv`, role `rank`) stands before content position `p` in
    /// its clause: "xã A đứng đầu với 18 đảng viên mới".
    static func isRanked(_ ctx: FactContext, _ p: Int) -> Bool {
        var q = p - 1
        while q >= 0 && p - q <= 16 && !ctx.isClauseBreakOrComma(q) && ctx.sameSentence(q, p) {
            if ctx.lexicons.rankWords.longestMatch(ctx.analysis, at: q) != nil { return true }
            q -= 1
        }
        return false
    }

    /// The measure of the previous count of the sentence for a count whose clause, after a
    /// semicolon, names only who counts: the verb is left out, as the previous clause's ("Chi bộ A
    /// phải kết nạp 02 đảng viên; Chi bộ B và Chi bộ C mỗi chi bộ 01 đảng viên").
    static func gappedMeasure(_ ctx: FactContext, figure: Figure, unit: UnitEntry, facts: [Fact]) -> String? {
        let hedge = ctx.hedgeStart(figure.first)
        var semicolon = hedge - 1
        while semicolon >= 0, hedge - semicolon <= 24, !ctx.keyIs(semicolon, Keys.semicolon) { semicolon -= 1 }
        guard semicolon > 0, ctx.keyIs(semicolon, Keys.semicolon), ctx.sameSentence(semicolon, figure.first),
              let previous = facts.last, let measure = previous.measure, measure != "other", !measure.hasSuffix(".total"),
              counts(unit, as: measure), previous.evidence.end <= ctx.token(semicolon).start,
              ctx.analysis.sentenceIndex(at: previous.evidence.start) == ctx.analysis.sentenceIndex(ofContent: figure.first)
        else { return nil }
        // Only names, "và", commas and "mỗi <head word>" between the semicolon and the figure.
        var q = semicolon + 1
        var named = false
        while q < hedge {
            if let end = ctx.mentionEnd(startingAt: q) { q = end; named = true }
            else if ctx.keyIs(q, oneOf: Keys.listJoins) { q += 1 }
            else if ctx.keyIs(q, Keys.moi), let head = ctx.lexicons.organisationHeads.longestMatch(ctx.analysis, at: q + 1) { q += 1 + head.length }
            else { return nil }
        }
        return named && q == hedge ? measure : nil
    }

    /// The measure of the previous count of the sentence for a figure whose clause, after a comma
    /// or ";", names only another period and a link word ("còn", "là", "chỉ còn", "tăng lên"):
    /// "năm 2023 toàn địa bàn kết nạp 34 đảng viên, năm 2024 còn 27 đảng viên" → admitted.
    static func parallelPeriodMeasure(_ ctx: FactContext, figure: Figure, unit: UnitEntry, facts: [Fact]) -> String? {
        let hedge = ctx.hedgeStart(figure.first)
        var q = hedge - 1
        while q >= 0, hedge - q <= 3, ctx.keyIs(q, oneOf: periodLinks) { q -= 1 }
        // The period ending right before the link words.
        let i = ctx.periods.partitioningIndex { $0.endPosition > q }
        guard i < ctx.periods.count, ctx.periods[i].endPosition == q + 1, case let period = ctx.periods[i],
              period.firstPosition > 0, ctx.keyIs(period.firstPosition - 1, Keys.comma) || ctx.keyIs(period.firstPosition - 1, Keys.semicolon),
              ctx.sameSentence(period.firstPosition - 1, figure.first),
              let previous = facts.last, let measure = previous.measure, measure != "other", !measure.hasSuffix(".total"),
              counts(unit, as: measure), previous.period != nil, previous.period != period.text,
              previous.evidence.end <= ctx.token(period.firstPosition).start,
              ctx.analysis.sentenceIndex(at: previous.evidence.start) == ctx.analysis.sentenceIndex(ofContent: figure.first)
        else { return nil }
        return measure
    }

    /// Words between a period and a figure in a clause that leaves its verb out.
    static let periodLinks = KeySet(["còn", "là", "chỉ", "lên", "tăng", "giảm", "xuống"].map(FoldedKey.fold))

    /// The measure of the previous count of the sentence for its average given right after "bình
    /// quân" with no verb of its own: "12 đảng viên được kết nạp mới trong giai đoạn 2021–2025, bình
    /// quân 2–3 đảng viên mỗi năm" → admitted (not "bình quân mỗi chi bộ có 3 đảng viên").
    static func averageMeasure(_ ctx: FactContext, figure: Figure, unit: UnitEntry, facts: [Fact]) -> String? {
        let hedge = ctx.hedgeStart(figure.first)
        guard hedge >= 2, ctx.keyIs(hedge - 2, Keys.binh), ctx.keyIs(hedge - 1, Keys.quan),
              let previous = facts.last, let measure = previous.measure, measure != "other", !measure.hasSuffix(".total"),
              counts(unit, as: measure), ctx.analysis.sentenceIndex(at: previous.evidence.start) == ctx.analysis.sentenceIndex(ofContent: figure.first),
              previous.evidence.end <= ctx.token(hedge - 2).start
        else { return nil }
        return measure
    }

    /// The measure of a count that a colon right after it breaks down: "kết nạp 3 đảng viên mới:
    /// 02 đồng chí thuộc Chi bộ A và 01 đồng chí thuộc Chi bộ B" → admitted. The colon follows the
    /// count's noun (at most nine words after it: "mới", "người dân tộc thiểu số được kết nạp"),
    /// in the figure's sentence, and only the
    /// list's own figures, words, commas, "và" and ";" stand between the colon and the figure.
    static func colonBreakdownMeasure(_ ctx: FactContext, figure: Figure, unit: UnitEntry, facts: [Fact]) -> String? {
        var colon = figure.first - 1
        while colon >= 0, figure.first - colon <= 30, !ctx.keyIs(colon, Keys.colon) {
            if ctx.isClauseBreak(colon) && !ctx.keyIs(colon, oneOf: joiners) { return nil }
            colon -= 1
        }
        guard colon > 0, ctx.keyIs(colon, Keys.colon), ctx.sameSentence(colon, figure.first) else { return nil }
        let colonStart = ctx.token(colon).start
        guard let parent = facts.last(where: { $0.evidence.end <= colonStart }),
              let measure = parent.measure, measure.hasPrefix("party_members."), measure != "party_members.total",
              counts(unit, as: measure) else { return nil }
        let parentLast = ctx.position(atOrAfter: parent.evidence.end) - 1
        guard colon - parentLast <= 10, ctx.sameSentence(parentLast, colon),
              (parentLast + 1..<colon).allSatisfy({ ctx.token($0).kind == .word }) else { return nil }
        return measure
    }

    /// The measure a sentence's opening label gives the figures after its colon: "Số kết nạp tăng
    /// đều qua từng năm: năm 2022 là 18 đảng viên, năm 2023 là 29 đảng viên" → admitted. The label
    /// opens with "Số" and names a verb.
    /// So does a clause opening with "kết quả" before the sentence's first colon: "Theo số liệu …, kết
    /// quả kết nạp đảng viên 6 tháng đầu năm ở các chi bộ như sau: Chi bộ A: 4 đảng viên; …".
    static func colonIntroMeasure(_ ctx: FactContext, figure: Figure, unit: UnitEntry) -> String? {
        let sentence = ctx.analysis.sentences[ctx.analysis.sentenceIndex(ofContent: figure.first)]
        let first = ctx.position(atOrAfter: sentence.lowerBound)
        var open = first
        let opensWithSo = ctx.keyIs(open, Keys.so)
        let reach = opensWithSo ? 12 : 30
        var colon = open + 1
        while colon < figure.first && colon - first <= reach && !ctx.keyIs(colon, Keys.colon) {
            // (A number word may be no figure: "qua từng năm".)
            // ("6 tháng đầu năm" is no figure either.)
            if ctx.figureAt[colon].map({ !ctx.figures[$0].inWords && !ctx.isNotFigure(ctx.figures[$0].position) }) ?? false { return nil }
            if ctx.isClauseBreak(colon) { return nil }
            if !opensWithSo, ctx.keyIs(colon, Keys.comma) { open = colon + 1 }  // the label is the clause before the colon
            colon += 1
        }
        guard colon < figure.first, ctx.keyIs(colon, Keys.colon) else { return nil }
        guard opensWithSo || (ctx.keyIs(open, Keys.ket) && ctx.keyIs(open + 1, Keys.qua)) else {
            return eventLabelMeasure(ctx, from: open, colon: colon, figure: figure, unit: unit)
        }
        for q in (open + 1)..<colon {
            if let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: q),
               let given = m.value.givenMeasure(for: unit), given != "pass", applies(m.value, to: unit) {
                // ("Kết quả rà soát cho thấy: Chi bộ A có 12 đảng viên": results of an activity on
                // members are no count of that activity.)
                return opensWithSo || (given != "other" && !given.hasSuffix(".total")) ? given : nil
            }
        }
        return nil
    }

    /// The measure of an event that a clause without figures names before its colon, for the items
    /// after it that name no verb of their own: "Đảng ủy phường trao Huy hiệu Đảng theo từng đợt: đợt
    /// thứ nhất dịp 3/2 cho 12 đồng chí, đợt thứ hai dịp 19/5 cho 7 đồng chí" → badges. Not a total
    /// or an activity on members ("Kết quả rà soát …: Chi bộ A có 12 đảng viên").
    private static func eventLabelMeasure(_ ctx: FactContext, from open: Int, colon: Int, figure: Figure, unit: UnitEntry) -> String? {
        // The item ends with the figure's noun ("…, đợt thứ hai cho 7 đồng chí;"), not with a verb
        // of its own ("31/31 đồng chí có mặt tán thành").
        let nounEnd = figure.last + 1 + (ctx.unit(at: figure.last + 1)?.length ?? 0)
        guard nounEnd >= ctx.positionCount || !ctx.sameSentence(nounEnd, figure.last) || ctx.isClauseBreakOrComma(nounEnd)
                || ctx.keyIs(nounEnd, Keys.va) || ctx.keyIs(nounEnd, Keys.openingBracket) || ctx.lineBreak(after: nounEnd - 1) else { return nil }
        var item = ctx.hedgeStart(figure.first) - 1
        while item > colon && !ctx.isClauseBreakOrComma(item) {
            if ctx.lexicons.triggers.longestMatch(ctx.analysis, at: item) != nil { return nil }
            item -= 1
        }
        // (No figure in the label, counted already or not: "xóa tên 2 đảng viên (năm 2023: 4)".)
        if (open..<colon).contains(where: { ctx.figureAt[$0] != nil && !ctx.isNotFigure($0, countingUse: false) }) { return nil }
        for q in open..<colon {
            guard let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: q) else { continue }
            guard let given = m.value.givenMeasure(for: unit), given.hasPrefix("party_members."), !given.hasSuffix(".total"),
                  applies(m.value, to: unit) else { return nil }
            return given
        }
        return nil
    }

    /// The measure of the previous count of the sentence when a figure follows a second
    /// organisation joined by "còn", "và", "," or ";" with no verb of its own ("…, còn Chi bộ Khoa Sản
    /// 3 đồng chí"), or a rank word, and that count had a verb.
    /// Items shared by places ("mỗi nơi") go on into the next sentence: "… mỗi nơi được giao 3 đảng
    /// viên. Ở khối cơ quan, Chi bộ A và Chi bộ B mỗi nơi 2 đảng viên".
    static func elidedMeasure(_ ctx: FactContext, mention: OrganisationMention, previous: Fact, unit: UnitEntry) -> String? {
        let before = mention.firstPosition - 1
        // (Or a rank word: "xã A với 18 đảng viên, tiếp theo là xã B (15)".)
        guard before > 0, ctx.keyIs(before, oneOf: joiners)
                || phraseEnding(at: mention.firstPosition, in: ctx.analysis, table: ctx.lexicons.rankWords) != nil,
              let measure = previous.measure, measure != "other", !measure.hasSuffix(".total"),
              previous.evidence.end <= mention.start, counts(unit, as: measure)
        else { return nil }
        let sentence = ctx.analysis.sentenceIndex(at: mention.start)
        if ctx.analysis.sentenceIndex(at: previous.evidence.start) == sentence { return measure }
        // (Across sentences: both figures shared by places, in neighbouring sentences, the later one
        // with no verb before it in its sentence.)
        let previousFigure = ctx.position(atOrAfter: previous.figure.lowerBound)
        guard ctx.analysis.sentenceIndex(ofContent: previousFigure) == CountRule.previousSentenceWithWords(ctx, before: sentence),
              ctx.distributiveStart(previousFigure) != nil, let d = ctx.distributiveStart(mention.endPosition + 1),
              case let first = ctx.position(atOrAfter: ctx.analysis.sentences[sentence].lowerBound),
              !(first..<d).contains(where: { ctx.lexicons.triggers.longestMatch(ctx.analysis, at: $0) != nil })
        else { return nil }
        return measure
    }

    /// Whether a figure's noun may count what `measure` measures: a noun of the measure's family,
    /// or a noun of people for a measure of party members.
    static func counts(_ unit: UnitEntry, as measure: String) -> Bool {
        let family = measure.split(separator: ".").first.map(String.init)
        return unit.family == family || unit.role == .person && family == "party_members"
    }

    /// Where the organisation of a parallel clause ends when the clause leaves out its verb: right
    /// before the figure ("còn Chi bộ B 3 đồng chí"), before "cùng", or before "lần lượt (có|là)" ("Đảng bộ xã A
    /// và Đảng bộ xã B lần lượt có 17 và 14 đồng chí").
    /// `head` is the first figure of the list the figure is in ("17 và 14 đồng chí" share its
    /// clause), or the figure itself.
    static func elidedVerbStart(_ ctx: FactContext, head: Figure) -> Int {
        var q = head.first
        if q > 0, ctx.keyIs(q - 1, Keys.co) || ctx.keyIs(q - 1, Keys.la) { q -= 1 }
        // "…, xã B và xã C cùng 12 đảng viên": the same figure for both.
        if q > 0, ctx.keyIs(q - 1, Keys.cung) { return q - 1 }
        // "tiếp theo là xã B (15)": a figure in brackets after its place.
        if q > 0, q == head.first, ctx.keyIs(q - 1, Keys.openingBracket), ctx.keyIs(head.last + 1, Keys.closingBracket) { return q - 1 }
        if let marker = phraseEnding(at: q, in: ctx.analysis, table: ctx.lexicons.respectiveMarkers) { return marker.start }
        // "…; Chi bộ B và Chi bộ C mỗi nơi 2 đảng viên": the verb left out before "mỗi nơi" (or
        // "mỗi chi bộ", a party unit's word).
        if let d = ctx.distributiveStart(head.first),
           ctx.keyIs(d + 1, Keys.noi) || ctx.keyIs(d + 1, Keys.donVi[0]) || ctx.unit(at: d + 1)?.value.family == "party_units" { return d }
        return head.first
    }

    /// Words that join a second organisation to a first in parallel clauses.
    static let joiners: KeySet = [Keys.con, Keys.va, Keys.comma, Keys.semicolon]
    /// What follows the first figure of a range or change, not of a source ("từ 12 đến 15").
    static let rangeJoiners: KeySet = [Keys.len, Keys.den, Keys.toi, Keys.hyphen, Keys.enDash]

    /// Whether "từ" and one figure follow content position `end` (a verb's end) as a source: "bầu
    /// từ 21 chi bộ", not a range ("từ 12 đến 15", "từ 30 lên 35") or a floor ("từ 80 đảng viên
    /// trở lên").
    static func countsSource(_ ctx: FactContext, after end: Int) -> Bool {
        guard end + 1 < ctx.positionCount, ctx.keyIs(end, Keys.tu), let i = ctx.figureAt[end + 1] else { return false }
        let figure = ctx.figures[i]
        guard figure.first == end + 1, figure.valueMax == nil, figure.last + 1 < ctx.positionCount else { return false }
        if ctx.keyIs(figure.last + 1, oneOf: rangeJoiners) { return false }
        var q = figure.last + 1
        if let noun = ctx.unit(at: q) { q += noun.length }
        return q >= ctx.positionCount || !ctx.keyIs(q, Keys.tro)
    }
}

extension CountRule {
    /// The measure of a count of members in brackets beside a share, taken from the share's base:
    /// "nữ chiếm 55,3% (26 đồng chí) số đảng viên mới", "chiếm 55,3% số đảng viên mới (26 đồng chí)"
    /// → admitted. Nil when the base names no members, or names them plainly.
    static func shareBaseMeasure(_ ctx: FactContext, figure: Figure, unitEnd: Int) -> String? {
        let open = ctx.hedgeStart(figure.first) - 1
        guard open > 0, ctx.keyIs(open, Keys.openingBracket), ctx.keyIs(unitEnd + 1, Keys.closingBracket) else { return nil }
        var base: Int
        if ctx.keyIs(open - 1, Keys.percentSign) {
            base = unitEnd + 2  // the base after the bracket
        } else {
            // The base between the share and the bracket, a few words long.
            var p = open - 1
            while p > 0, open - p <= 8, !ctx.keyIs(p, Keys.percentSign), !ctx.isClauseBreakOrComma(p), ctx.figureAt[p] == nil { p -= 1 }
            guard ctx.keyIs(p, Keys.percentSign) else { return nil }
            base = p + 1
        }
        if ctx.keyIs(base, Keys.tong) { base += 1 }
        guard ctx.keyIs(base, Keys.so), let unit = ctx.unit(at: base + 1), unit.value.family == "party_members" else { return nil }
        let nounEnd = base + unit.length
        if unit.value.measure == "party_members.total", namesNewMembers(ctx, at: nounEnd + 1) { return "party_members.admitted" }
        guard let after = triggerAfter(ctx, unitEnd: nounEnd, unit: unit.value), after != unit.value.measure,
              after.hasPrefix("party_members.") else { return nil }
        return after
    }
}

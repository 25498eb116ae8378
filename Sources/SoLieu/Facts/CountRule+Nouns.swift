/// The counted nouns and sub-groups of figures that have no noun of their own (see `CountRule`).
extension CountRule {
    /// The whole a part is counted in, and the whole's noun: the figure right after "trong",
    /// "trong số", "trong tổng số" or "trên tổng số" after the part ("9 trong 12 chỉ tiêu", "41 trong
    /// tổng số 211 đảng viên", "45 trên tổng số 52 người").
    static func wholeOf(_ ctx: FactContext, part figure: Figure) -> (figure: Figure, noun: (length: Int, value: UnitEntry))? {
        var r = figure.last + 1
        guard opensWhole(ctx, at: r) else { return nil }
        r += 1
        if ctx.keyIs(r, Keys.tong) && ctx.keyIs(r + 1, Keys.so) { r += 1 }
        if ctx.keyIs(r, Keys.so) { r += 1 }
        guard let i = ctx.figureAt[r], ctx.figures[i].first == r, let noun = ctx.unit(at: ctx.figures[i].last + 1) else { return nil }
        return (ctx.figures[i], noun)
    }

    /// "trên" of "trên tổng số" (not the hedge of "trên 50").
    private static let tren = KeyConstant(folding: "trên")

    /// Whether the word at `r` opens the whole of a part before it: "trong", or "trên" before
    /// "tổng số".
    static func opensWhole(_ ctx: FactContext, at r: Int) -> Bool {
        ctx.keyIs(r, Keys.trong) || (ctx.keyIs(r, tren) && ctx.keyIs(r + 1, Keys.tong) && ctx.keyIs(r + 2, Keys.so))
    }

    /// A noun implied for a figure without one: after a group label in a breakdown ("trong đó nữ
    /// 120") the parent's; right after a trigger ("khiển trách 28 (…)") the trigger's family noun.
    static func impliedUnit(_ ctx: FactContext, figure: Figure, parent: (fact: Fact, unitFamily: String)?)
        -> (UnitEntry, String)? {
        let next = figure.last + 1
        // "24 đảng viên, 4 Kết nạp mới.", "409 Đã ký cam kết" (table rows): a figure right before a
        // verb of party members, or before a column heading's auxiliary and such a verb, counts party
        // members (prose puts the verb first: "kết nạp 4").
        var verbAt = next
        // (Not a number word: "Năm kết nạp nhiều nhất là 2023" opens with "năm", the year.)
        if figure.inWords { verbAt = ctx.positionCount }
        if next < ctx.positionCount, ctx.token(next).isCapitalized {
            while ctx.keyIs(verbAt, oneOf: auxiliaries) { verbAt += 1 }
        }
        if verbAt < ctx.positionCount, ctx.sameSentence(verbAt, figure.last), !ctx.lineBreak(after: figure.last),
           let verb = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: verbAt), verb.value.appliesTo == "party_members",
           verb.value.measure.hasPrefix("party_members.") || (verb.value.measure == "other" && verbAt > next),
           // Not a verb with a figure of its own: "Đoàn Địa chất 506 phát triển được 5 đảng viên".
           !ctx.isCountingFigure(at: verbAt + verb.length) {
            return (UnitEntry(measure: "party_members.total", role: .person), "đảng viên")
        }
        // "Kết nạp đảng viên: kế hoạch 12, thực hiện 13": a column's figure counts the label's noun.
        if let column = ctx.labelColumn(before: figure.first) { return labelUnit(ctx, colon: column.colon) }
        // "kết nạp 8, 7 và 6 đảng viên": the figures of a list share the noun after the last.
        if let shared = listNoun(ctx, figure) { return shared }
        // "với số đảng viên mới lần lượt là 21, 17 và 12": and the noun the first takes before it.
        if let head = coordinatedFigures(ctx, figure).first, ctx.figures[head].first < figure.first,
           ctx.unit(at: ctx.figures[head].last + 1) == nil,
           let shared = impliedUnit(ctx, figure: ctx.figures[head], parent: parent) {
            return shared
        }
        // The figure must not be followed by a word (a noun the lexicon lacks).
        // "tăng từ 30 lên 35 chi bộ": the noun after the second figure counts the first too.
        if ctx.keyIs(next, oneOf: rangeWords) {
            var r = next + 1
            if ctx.keyIs(r, Keys.con) { r += 1 }
            if let i = ctx.figureAt[r], let unit = ctx.unit(at: ctx.figures[i].last + 1), unit.value.role != .class {
                let u = ctx.figures[i].last + 1
                return (unit.value, ctx.analysis.lowercasedSlice(ctx.token(u).start, ctx.token(u + unit.length - 1).end))
            }
        }
        // "có 9 trong 12 chỉ tiêu", "3 trong số 5 chi bộ": a part of a whole counts the whole's noun.
        // (Not a figure raised to: "nâng số đảng viên … lên 17 trên tổng số 38 cán bộ" counts the noun
        // after "số", below.)
        if !ctx.keyIs(figure.first - 1, Keys.len), let whole = wholeOf(ctx, part: figure), whole.noun.value.role != .class {
            let u = whole.figure.last + 1
            return (whole.noun.value, ctx.analysis.lowercasedSlice(ctx.token(u).start, ctx.token(u + whole.noun.length - 1).end))
        }
        // "kết nạp 21 đảng viên (9 nữ)": a part of a breakdown named by its group alone; also after
        // "là" ("chi bộ có 19 đảng viên thì 13 là nữ", "trong đó 5 là nữ").
        let groupAt = ctx.keyIs(next, Keys.la) ? next + 1 : next
        // ("39 nữ và 6 người là …": before "và" and the next part's figure too.)
        if let parent, let unit = parent.fact.unit, let group = ctx.lexicons.groupLabels.longestMatch(ctx.analysis, at: groupAt),
           groupAt + group.length == ctx.positionCount || ctx.keyIs(groupAt + group.length, oneOf: groupEnds)
            || ctx.keyIs(groupAt + group.length, Keys.va) && ctx.figureAt[groupAt + group.length + 1] != nil {
            return (UnitEntry(measure: parent.fact.measure ?? "party_members.total", role: .person), unit)
        }
        // "Số đảng viên tăng từ 355 lên 438": the two figures of a change count the noun after "số".
        let change = isChangeFigure(ctx, figure)
        if !change, let shared = netChangeNoun(ctx, figure) { return shared }
        // ("xóa tên 9 và cho ra khỏi Đảng 3 đảng viên": a verb's bare figure before "và" and another
        // verb of members with its figure shares that figure's noun, below.)
        if !change, next < ctx.positionCount, ctx.token(next).kind == .word, ctx.sameSentence(next, figure.last),
           !verbListFollows(ctx, after: figure.last) { return nil }
        if let parent, let unit = parent.fact.unit,
           phraseEnding(at: figure.first, in: ctx.analysis, table: ctx.lexicons.groupLabels) != nil
            || (ctx.keyIs(figure.first - 1, Keys.colon)
                && phraseEnding(at: figure.first - 1, in: ctx.analysis, table: ctx.lexicons.groupLabels) != nil) {
            return (UnitEntry(measure: parent.fact.measure ?? "party_members.total", role: .person), unit)
        }
        // "1.036 đảng viên (+14)", "318 người (tăng 11)", "13 đồng chí (-1)": a change in brackets
        // right after a count, in the count's noun: a net change (`other`).
        if let parent, let unit = parent.fact.unit, isBracketedChange(ctx, figure) {
            return (UnitEntry(measure: "other", role: .person), unit)
        }
        // "326 đồng chí (75 năm: 1; 70 năm: 8 …)": labelled parts of a breakdown.
        if let parent, let unit = parent.fact.unit, labelBefore(ctx, figure.first) != nil {
            return (UnitEntry(measure: parent.fact.measure ?? "party_members.total", role: .person), unit)
        }
        if let trigger = phraseEnding(at: figure.first, in: ctx.analysis, table: ctx.lexicons.triggers),
           trigger.value.measure.hasPrefix("party_members.") {
            return (UnitEntry(measure: "party_members.total", role: .person), "đảng viên")
        }
        // "• Đảng viên nữ: 38", "- Người lao động – ngót 900": a label of people opening the line,
        // not a name ("- Chi bộ A: 25"); or of party units ("- Chi bộ trực thuộc – 7"), or of
        // things a party measure counts ("- Hồ sơ đề nghị kết nạp đang thẩm định – 03").
        let separator = ctx.hedgeStart(figure.first) - 1
        // "- Kết nạp: 2", "Chuyển chính thức: 1": a label that is a verb of what happens to members,
        // over a bare figure, counts members; so does one that goes on to say how ("Kỷ luật khiển
        // trách: 2", "Huy hiệu 30 năm tuổi Đảng: 12", "Chuyển sinh hoạt đảng đi: 9", "Từ trần: 6").
        // ("Chỉ tiêu kết nạp năm 2025: 50": after a target word, before the label's period.)
        if ctx.keyIs(separator, Keys.colon), case let labelOpening = labelStart(ctx, colon: separator), labelOpening < separator,
           case let start = labelOpening + (ctx.lexicons.targetMarkers.longestMatch(ctx.analysis, at: labelOpening)?.length ?? 0),
           start < separator, let verb = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: start),
           start + verb.length == separator || ctx.period(endingAt: separator).map({ $0.firstPosition == start + verb.length }) == true
            || labelGoesOnAboutMembers(ctx, from: start + verb.length, to: separator),
           verb.value.measure.hasPrefix("party_members.") || verb.value.measure == "other" && verb.value.appliesTo == "party_members" {
            return (UnitEntry(measure: "party_members.total", role: .person), "đảng viên")
        }
        if let label = labelNoun(ctx, colon: separator),
           label.entry.role == .person || label.entry.role == .organisation || label.entry.measure != "other" {
            // (A unit's head word alone, "Chi bộ trực thuộc", is no name.)
            let mention = ctx.mention(startingAt: labelStart(ctx, colon: separator))
            if mention == nil || (label.entry.role == .organisation && mention?.form == .anaphor) { return label }
        }
        // "BẢNG 3. SỐ ĐẢNG VIÊN TẠI 9 CHI BỘ" over "- Chi bộ Khoa Luật: 24": an organisation's figure
        // alone on its item counts the noun after "số" in the heading over the list.
        if ctx.keyIs(separator, Keys.colon), ctx.mention(startingAt: labelStart(ctx, colon: separator)) != nil,
           endsItem(ctx, after: figure.last),
           let heading = PlanScope.headingOverItem(at: ctx.token(figure.first).start, ctx),
           let noun = nounAfterSo(ctx, in: heading) {
            return noun
        }
        // "số đảng viên mới kết nạp … là 97", "chỉ tiêu kết nạp đảng viên của huyện là 120": the
        // noun comes before, in the same clause, with no figure of its own.
        // "nâng số chi bộ trực thuộc Đảng bộ xã lên 14": the noun after "số" only.
        let raisedTo = !change && ctx.keyIs(figure.first - 1, Keys.len)
        if change || raisedTo || ctx.keyIs(figure.first - 1, oneOf: linkingWords) || isLabelSeparator(ctx, figure.first - 1) {
            // Twelve words back, a period counting as none ("Tổng số đảng viên của Đảng bộ tính đến
            // ngày 31/12/2024 là 1.148").
            var lowest = figure.first - 1, words = 0
            while lowest > 0 && words < 12 {
                if let period = ctx.period(endingAt: lowest), period.firstPosition < lowest { lowest = period.firstPosition; continue }
                lowest -= 1
                words += 1
            }
            lowest = max(0, lowest)
            func inClause(_ s: Int) -> Bool {
                !ctx.isClauseBreakOrComma(s) && ctx.sameSentence(s, figure.first)
            }
            // "tuổi bình quân của đảng viên trong chi bộ là 36": an attribute of the clause's nouns
            // (not "30 tuổi", a figure of its own), which the figure measures rather than counts.
            lazy var measuresAttribute: Bool = {
                var s = figure.first - 2
                while s >= lowest && inClause(s) {
                    if ctx.lexicons.notFigureAttributes.longestMatch(ctx.analysis, at: s) != nil, !ctx.isFigureEnd(s - 1) { return true }
                    s -= 1
                }
                return false
            }()
            // First a noun after "số", then the nearest lower-case noun of people or party units, then
            // any, each without a figure of its own.
            for pass in 0..<(change || raisedTo ? 1 : 3) {
                if pass > 0 && measuresAttribute { return nil }
                var s = figure.first - 2
                while s >= lowest && inClause(s) {
                    let at = pass == 0 ? s + 1 : s
                    if pass > 0 || ctx.keyIs(s, Keys.so), let unit = ctx.unit(at: at), unit.value.role != .class,
                       pass != 1 || unit.value.role != .thing,
                       // After a colon or "đạt", only people and organisations ("Số lượt xem: 517").
                       change || raisedTo || ctx.keyIs(figure.first - 1, Keys.la) || unit.value.role != .thing,
                       !ctx.token(at).isCapitalized, !ctx.isFigureEnd(at - 1) {
                        let text = ctx.analysis.lowercasedSlice(ctx.token(at).start, ctx.token(at + unit.length - 1).end)
                        return (unit.value, text)
                    }
                    s -= 1
                }
            }
            if !change, !raisedTo, let parent, let unit = parent.fact.unit {
                return (UnitEntry(measure: parent.fact.measure ?? "party_members.total", role: .person), unit)
            }
        }
        return nil
    }

    /// The counted noun of people or organisations right after "số" in a line (a heading).
    static func nounAfterSo(_ ctx: FactContext, in line: Range<Int>) -> (UnitEntry, String)? {
        var p = ctx.position(atOrAfter: line.lowerBound)
        while p + 1 < ctx.positionCount && ctx.token(p).start < line.upperBound {
            if ctx.keyIs(p, Keys.so), let unit = ctx.unit(at: p + 1), unit.value.role == .person || unit.value.role == .organisation,
               ctx.token(p + unit.length).end <= line.upperBound {
                return (unit.value, ctx.analysis.lowercasedSlice(ctx.token(p + 1).start, ctx.token(p + unit.length).end))
            }
            p += 1
        }
        return nil
    }

    /// Whether a figure is one end of a change with no noun of its own: after "tăng từ", "giảm từ"
    /// and before "lên", "xuống"; or after "lên", "xuống (còn)" that follow "từ" and a figure.
    static func isChangeFigure(_ ctx: FactContext, _ figure: Figure) -> Bool {
        let before = figure.first - 1
        if ctx.keyIs(before, Keys.tu) {
            return ctx.keyIs(before - 1, oneOf: changeVerbs) && ctx.keyIs(figure.last + 1, oneOf: changeEnds)
        }
        var q = before
        if ctx.keyIs(q, Keys.con) { q -= 1 }
        guard ctx.keyIs(q, oneOf: changeEnds), let i = ctx.figureEndingAt[q - 1] else { return false }
        return ctx.keyIs(ctx.figures[i].first - 1, Keys.tu)
    }

    /// Whether a figure is a net change ("tăng 37 lớp so với năm 2023", "giảm thêm 2 chi bộ"): a
    /// count of its own (`other`), whatever it counts.
    static func isNetChange(_ ctx: FactContext, _ figure: Figure) -> Bool {
        var before = figure.first - 1
        if ctx.keyIs(before, Keys.them) { before -= 1 }
        return ctx.keyIs(before, oneOf: changeVerbs)
    }

    /// The noun of a net change's bare figure right after "tăng" or "giảm", ending its clause or
    /// before "so với": the noun after "số" in its clause ("Số chi bộ trực thuộc giảm 3, còn …"), else
    /// the noun of the figure before it in the sentence ("có 8 đảng viên nữ, tăng 3 so với năm
    /// trước", "… là 13 đồng chí, tăng 3.").
    static func netChangeNoun(_ ctx: FactContext, _ figure: Figure) -> (UnitEntry, String)? {
        guard ctx.keyIs(figure.first - 1, oneOf: changeVerbs), let i = ctx.figureAt[figure.first] else { return nil }
        let next = figure.last + 1
        guard next >= ctx.positionCount || !ctx.sameSentence(next, figure.last) || ctx.isClauseBreakOrComma(next)
                || (ctx.keyIs(next, Keys.soCompared) && ctx.keyIs(next + 1, Keys.voi)) else { return nil }
        // "Số chi bộ trực thuộc giảm 3, còn 27 chi bộ": the noun after "số" in the verb's clause.
        var s = figure.first - 2
        while s >= 0 && figure.first - s <= 10 && !ctx.isClauseBreakOrComma(s) && ctx.sameSentence(s, figure.first) {
            if ctx.keyIs(s, Keys.so), let noun = ctx.unit(at: s + 1), noun.value.role != .class {
                return (noun.value, ctx.analysis.lowercasedSlice(ctx.token(s + 1).start, ctx.token(s + noun.length).end))
            }
            s -= 1
        }
        guard i > 0, case let before = ctx.figures[i - 1], ctx.sameSentence(before.last, figure.first),
              let noun = ctx.unit(at: before.last + 1), noun.value.role != .class else { return nil }
        let u = before.last + 1
        return (noun.value, ctx.analysis.lowercasedSlice(ctx.token(u).start, ctx.token(u + noun.length - 1).end))
    }

    /// Verbs of a change ("tăng từ … lên …") and the words before its second figure.
    static let changeVerbs: KeySet = [KeyConstant(folding: "tăng"), KeyConstant(folding: "giảm")]
    static let changeEnds: KeySet = [Keys.len, Keys.xuong]

    /// The start of a short label ending in a colon right before a figure, opened by "(", ";" or ","
    /// ("(75 năm: 1; 70 năm: 8)"), when it holds no figure of its own.
    static func labelBefore(_ ctx: FactContext, _ first: Int) -> Int? {
        guard first >= 2, ctx.keyIs(first - 1, Keys.colon) else { return nil }
        var s = first - 2
        while s >= 0 && first - s <= 6 && ctx.sameSentence(s, first) {
            if ctx.keyIs(s, oneOf: labelOpeners) {
                // "…; Năm 2025: 40 đảng viên": a period, the column of a table, is no part's label.
                if let period = ctx.period(endingAt: first - 1), period.firstPosition >= s + 1 { return nil }
                // "(chỉ tiêu: 12 đảng viên)", "(kế hoạch: 12 đảng viên)": a target word, no group.
                if let target = ctx.lexicons.targetMarkers.longestMatch(ctx.analysis, at: s + 1), s + 1 + target.length >= first - 1 { return nil }
                return s + 1 < first - 1 ? s + 1 : nil
            }
            // (Nor is a year: "Đầu nhiệm kỳ (2020): 5 chi bộ".)
            if ctx.figureAt[s] != nil && (!ctx.isNotFigure(s) || FactContext.isYearKey(ctx.key(s))) { return nil }
            s -= 1
        }
        return nil
    }

    /// Words between a counted noun and its figure ("số đảng viên mới kết nạp là 97", "Tổng số
    /// đảng viên: 146", "tổng số đảng viên của Đảng bộ đạt 8.943").
    static let linkingWords: KeySet = [Keys.la, Keys.colon, KeyConstant(folding: "đạt")]
    /// Words between two figures of a change or range, the noun after the second counting both
    /// ("tăng từ 30 lên 35 chi bộ").
    static let rangeWords: KeySet = [Keys.len, Keys.xuong, Keys.con, Keys.den]
    /// Punctuation after a group label that names a part of a breakdown ("(9 nữ)", "9 nữ, …").
    static let groupEnds: KeySet = [Keys.closingBracket, Keys.comma, Keys.semicolon, Keys.fullStop]
    /// Punctuation that opens a label before a colon ("(75 năm: 1; 70 năm: 8)").
    static let labelOpeners: KeySet = [Keys.openingBracket, Keys.semicolon, Keys.comma]

    /// Whether a list item ends right after position `p`: at ";", ".", a line break or the text's end.
    static func endsItem(_ ctx: FactContext, after p: Int) -> Bool {
        p + 1 >= ctx.positionCount || ctx.lineBreak(after: p) || ctx.keyIs(p + 1, Keys.semicolon) || ctx.keyIs(p + 1, Keys.fullStop)
    }

    /// A tier named in the figure's clause ("3 đồng chí nhận Huy hiệu 70 năm", "Huy hiệu 75 năm
    /// tuổi Đảng: 01 đồng chí"): a tier word (`breakdowns.tsv`), a number, "năm", and "tuổi Đảng"
    /// when written.
    static func tier(_ ctx: FactContext, figure: Figure, unitEnd: Int) -> String? {
        func tier(at h: Int) -> String? {
            guard let word = ctx.lexicons.tierWords.longestMatch(ctx.analysis, at: h) else { return nil }
            let n = h + word.length
            guard n + 1 < ctx.positionCount, ctx.token(n).kind == .number, ctx.keyIs(n + 1, Keys.nam) else { return nil }
            var end = n + 2
            if end + 1 < ctx.positionCount, ctx.keyIs(end, Self.tuoi), ctx.keyIs(end + 1, Self.dang) { end += 2 }
            return ctx.text(from: h, to: end)
        }
        func stops(_ q: Int) -> Bool { ctx.isClauseBreak(q) && !ctx.keyIs(q, Keys.colon) || ctx.keyIs(q, Keys.comma) }
        var q = unitEnd + 1
        while q < ctx.positionCount && q - unitEnd <= 5 && !stops(q) && !ctx.lineBreak(after: q - 1) {
            if let t = tier(at: q) { return t }
            q += 1
        }
        q = figure.first - 1
        while q >= 0 && figure.first - q <= 8 && !stops(q) && !ctx.lineBreak(after: q) {
            if let t = tier(at: q) { return t }
            q -= 1
        }
        return nil
    }
    private static let tuoi = KeyConstant(folding: "tuổi"), dang = KeyConstant(folding: "Đảng")

    /// Signs and words of a change written right before its figure.
    private static let changeMarks: KeySet = KeySet(["+", "-", "−", "tăng", "giảm"].map(FoldedKey.fold))

    /// Whether `figure` is a change alone in brackets: "(+14)", "(-1)", "(tăng 11)", "(giảm 2, …".
    static func isBracketedChange(_ ctx: FactContext, _ figure: Figure) -> Bool {
        let mark = figure.first - 1
        guard mark > 0, ctx.keyIs(mark, oneOf: changeMarks), ctx.keyIs(mark - 1, Keys.openingBracket) else { return false }
        return ctx.keyIs(figure.last + 1, Keys.closingBracket) || ctx.keyIs(figure.last + 1, Keys.comma)
            || ctx.keyIs(figure.last + 1, Keys.semicolon)
    }

    /// Whether the words of a label after its verb, `from..<to`, only say more about what happened to
    /// members: no noun of other things or people, and no name (the capitalised "Đảng" of "tuổi Đảng"
    /// aside).
    static func labelGoesOnAboutMembers(_ ctx: FactContext, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        for q in from..<to {
            if let unit = ctx.unit(at: q), unit.value.family != "party_members" { return false }
            let t = ctx.token(q)
            if t.kind == .punct || (t.isCapitalized && !ctx.keyIs(q, dang)) { return false }
        }
        return true
    }

    /// The sub-group a figure counts: a label right before it, or after its noun ("đảng viên nữ",
    /// "là người dân tộc thiểu số").
    static func groupLabel(_ ctx: FactContext, figure: Figure, unitEnd: Int) -> String? {
        if let before = phraseEnding(at: figure.first, in: ctx.analysis, table: ctx.lexicons.groupLabels) {
            return ctx.text(from: before.start, to: figure.first)
        }
        // "(nữ: 21)", "(75 năm: 1; …)"; not the end of a verb's phrase ("Công nhận đảng viên chính
        // thức: 12 đồng chí").
        if ctx.keyIs(figure.first - 1, Keys.colon),
           let before = phraseEnding(at: figure.first - 1, in: ctx.analysis, table: ctx.lexicons.groupLabels) {
            let verb = phraseEnding(at: figure.first - 1, in: ctx.analysis, table: ctx.lexicons.triggers)
            return verb.map { $0.start < before.start } == true ? nil : ctx.text(from: before.start, to: figure.first - 1)
        }
        // "…, gồm: 01 đồng chí": a word introducing a list is no label.
        if let label = labelBefore(ctx, figure.first),
           ctx.lexicons.restatingNouns.longestMatch(ctx.analysis, at: label)?.length != figure.first - 1 - label {
            return ctx.text(from: label, to: figure.first - 1)
        }
        var q = unitEnd + 1
        if ctx.keyIs(q, Keys.la) { q += 1 }
        if let label = ctx.lexicons.groupLabels.longestMatch(ctx.analysis, at: q), ctx.sameSentence(q, unitEnd) {
            return ctx.text(from: q, to: q + label.length)
        }
        return nil
    }

    /// Whether "và" after the figure ending at `last` opens another verb of members with its own
    /// figure: "xóa tên 9 và cho ra khỏi Đảng 3 đảng viên".
    static func verbListFollows(_ ctx: FactContext, after last: Int) -> Bool {
        let join = last + 1
        guard ctx.keyIs(join, Keys.va), let verb = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: join + 1),
              verb.value.measure.hasPrefix("party_members."), verb.value.appliesTo == "party_members",
              let i = ctx.figureAt[join + 1 + verb.length], ctx.figures[i].first == join + 1 + verb.length,
              let noun = ctx.unit(at: ctx.figures[i].last + 1) else { return false }
        return noun.value.family == "party_members"
    }
}

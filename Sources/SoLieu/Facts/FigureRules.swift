/// Rules shared by the figure kinds: whether a number is a figure at all, and the qualifier,
/// period and modality around it.
extension FactContext {
    /// Whether content position `p` holds a figure that counts (not a year, an ordinal, …).
    func isCountingFigure(at p: Int) -> Bool { figureAt[p].map { !isNotFigure(figures[$0].position) } ?? false }

    /// Whether the number at `position` is a year, ordinal, name part, duration, age or phone number
    /// rather than a figure (`not_figures.tsv`).
    /// - Parameter countingUse: whether a number a fact already took is no figure either (for
    ///   new facts); without, the answer does not change as facts are made (for the shape of a line).
    func isNotFigure(_ position: Int, countingUse: Bool = true) -> Bool {
        let figure = figureAt[position].map { figures[$0] }
        let first = figure?.first ?? position, last = figure?.last ?? position
        if (first...last).contains(where: { blocked[$0] || countingUse && used[$0] }) { return true }
        // The rest depends on the text alone: worked out once per position.
        let memo = notFigureMemo
        if memo.known.isEmpty {
            memo.known = [Int8](repeating: -1, count: positionCount)
        }
        if memo.known[position] >= 0 { return memo.known[position] == 1 }
        let answer = isNotFigureByText(position, figure: figure, first: first, last: last)
        memo.known[position] = answer ? 1 : 0
        return answer
    }

    /// Whether a number's key is a year from 1945 to 2100 written in four digits.
    static func isYearKey(_ key: String) -> Bool {
        guard key.utf8.count == 4, key.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let year = Int(key) else { return false }
        return (1945...2100).contains(year)
    }

    /// Whether the figure or document starting at content position `p` is denied in its clause: a
    /// denial (`Lexicons.denials`) before it, followed by a figure, "số" or a document's type, and
    /// nothing between that ends the clause ("…, không phải 9 chi bộ với 215 đảng viên").
    func isDenied(_ p: Int) -> Bool {
        var q = p - 1
        while q >= 0 && p - q <= 12 && !isClauseBreakOrComma(q) && sameSentence(q, p) {
            // (The table's first words are tested by hash before a phrase is looked up.)
            if lexicons.denials.mayMatch(analysis, at: q), let denial = lexicons.denials.longestMatch(analysis, at: q),
               q + denial.length <= p {
                var first = q + denial.length
                if keyIs(first, Keys.la) { first += 1 }
                return first < positionCount && (token(first).kind == .number || keyIs(first, Keys.so)
                    || lexicons.documentTypes.longestMatch(analysis, at: first) != nil)
            }
            q -= 1
        }
        return false
    }

    /// The unit families before which a lone number word counts: members, candidates and classes
    /// ("… với 312 học viên và hai lớp bồi dưỡng …").
    static let countedFamilies: Set<String> = ["party_members", "candidates", "training"]

    /// Words before a lone number word and a noun of members that make it no count (grammar).
    static let beforeNoCount = KeySet(["trong", "phần", "cả", "mỗi", "hằng", "hàng"].map(FoldedKey.fold))

    /// The first digits of Vietnamese service numbers, written apart from the rest.
    static let hotlinePrefixes: Set<String> = ["1800", "1900"]

    /// Whether the number at `first…last` follows a place's name that did not take it and ends its
    /// clause: "…, xã Đông Lạc 68, xã Tân Hưng Hạ 49." (the recognizer leaves out a number of more
    /// than one digit there).
    private func isGappedPlaceFigure(first: Int, last: Int) -> Bool {
        let i = mentions.partitioningIndex { $0.firstPosition >= first } - 1
        guard i >= 0, mentions[i].endPosition == first, mentions[i].form == .named else { return false }
        return analysis.endsListItem(after: last)
    }

    /// Whether the number at `first` is the part of a ratio: at most three words after "thì", which
    /// follows a ratio's opener and its base in the sentence ("cứ 10 đảng viên mới thì có 7 người").
    private func isRatioPart(_ first: Int) -> Bool {
        var q = first - 1
        while q >= 0 && first - q <= 4 && !keyIs(q, Keys.thi) && token(q).kind == .word { q -= 1 }
        guard q >= 0, keyIs(q, Keys.thi), sameSentence(q, first) else { return false }
        var r = q - 1
        while r >= 0 && q - r <= 20 && sameSentence(r, first) {
            if token(r).kind == .number, let opener = phraseEnding(at: r, in: analysis, table: lexicons.ratioOpeners), opener.value {
                return true
            }
            r -= 1
        }
        return false
    }

    /// `isNotFigure` for a number not blocked or used: from the words around it.
    private func isNotFigureByText(_ position: Int, figure: Figure?, first: Int, last: Int) -> Bool {
        let k = key(position)
        if k.hasPrefix("0") && k.count >= 4 { return true }  // a phone number or its area code ("0255 3612 345")
        // A hotline ("1900 9068", "1800 1091"): the service prefix and the digits after it.
        if Self.hotlinePrefixes.contains(k), position + 1 < positionCount, token(position + 1).kind == .number,
           token(position + 1).start == token(position).end + 1 { return true }
        if position > 0, Self.hotlinePrefixes.contains(key(position - 1)), token(position).start == token(position - 1).end + 1 {
            return true
        }
        if let figure, figure.inWords {
            if figure.value == 0 { return true }  // "không": zero by negation is not recorded
            // A lone number word ("năm", "ba", "một") is a figure only after a verb, a hedge or a link
            // word, or at the start of a clause: elsewhere it is a year, a father, an article.
            if figure.first == figure.last && figure.valueMax == nil {
                let p = figure.first
                let introduced = p == 0 || isClauseBreakOrComma(p - 1)
                    || phraseEnding(at: p, in: analysis, table: lexicons.triggers) != nil
                    || phraseEnding(at: p, in: analysis, table: lexicons.qualifiersBefore) != nil
                    || phraseEnding(at: p, in: analysis, table: lexicons.trainingLinks) != nil
                    || phraseEnding(at: p, in: analysis, table: lexicons.trainingOpen) != nil
                    || phraseEnding(at: p, in: analysis, table: lexicons.breakdownMarkers) != nil
                    // "… và hai đảng viên dự bị", "hoàn thiện hai hồ sơ": right before a noun of members
                    // or candidates (of anything else "năm" is as likely a year).
                    // (Not "một trong hai đảng viên", "Cả ba đảng viên mới", "một phần ba đảng viên", "mỗi
                    // năm đảng viên …": people counted before, a fraction, a year.)
                    // ("từ năm lớp 11": a school grade, not classes.)
                    || (figure.value != 1 && !keyIs(p - 1, oneOf: Self.beforeNoCount)
                        && unit(at: p + 1).map { noun in
                            Self.countedFamilies.contains(noun.value.family)
                                && !(noun.value.role == .class && p + 1 + noun.length < positionCount
                                     && analysis.tokens[analysis.contentTokens[p + 1 + noun.length]].kind == .number)
                        } ?? false)
                if !introduced || (figure.value == 1 && phraseEnding(at: p, in: analysis, table: lexicons.triggers) == nil) {
                    return true
                }
            }
        }
        // (Not across a line break: "NHỮNG CON SỐ ẤN TƯỢNG" over "412 – số đảng viên mới …".)
        if first > 0, !analysis.lineBreak(after: first - 1),
           let before = phraseEnding(at: first, in: analysis, table: lexicons.notFigureBefore), before.value {
            return true
        }
        if isRatioPart(first) { return true }
        if isDenied(first) { return true }
        // "Kết nạp 2020–2025", "Kết nạp 2021: 5 đảng viên": years, written in four digits without a
        // thousands dot (a count of thousands has one: "2.015 đảng viên"), with no noun counted after.
        if Self.isYearKey(key(first)), Self.isYearKey(key(last)),
           last + 1 >= positionCount || analysis.lineBreak(after: last) || unit(at: last + 1) == nil {
            return true
        }
        // "hai tổ chức này", "3 đảng viên nói trên": the things counted before, named again.
        if last + 1 < positionCount, let noun = unit(at: last + 1), last + 1 + noun.length < positionCount,
           let after = lexicons.notFigureAfterNoun.longestMatch(analysis, at: last + 1 + noun.length), after.value,
           sameSentence(last + 1 + noun.length, last) {
            return true
        }
        // A number right after a capitalised word inside a sentence is part of a name ("Tổ 5",
        // "Quân khu 2", "Đại đội 9"), unless the word is a verb or hedge that takes figures, or the
        // number counts people or classes right after a label that is no organisation's name
        // ("Huy hiệu 70 năm tuổi Đảng 1 đồng chí", "Bồi dưỡng nhận thức về Đảng 4 lớp").
        // (Not a number opening its line: "KẾT QUẢ" over "42 chi bộ" is a heading.)
        // ("Km 4 – Chi bộ thôn Khe Nước" opening its line after a sentence: a head's number too.)
        if first > 0, token(first - 1).isCapitalized, token(first - 1).kind == .word, !lineBreak(after: first - 1),
           first - 2 >= 0 && !isClauseBreakOrComma(first - 2)
            || phraseEnding(at: first, in: analysis, table: lexicons.organisationHeads) != nil,
           phraseEnding(at: first, in: analysis, table: lexicons.triggers) == nil,
           phraseEnding(at: first, in: analysis, table: lexicons.qualifiersBefore) == nil,
           phraseEnding(at: first, in: analysis, table: lexicons.groupLabels) == nil,
           // (A street or origin word ends no name: "tổ đảng Đồng Quê 17 đảng viên".)
           !([.person, .class].contains(unit(at: last + 1)?.value.role)
             && phraseEnding(at: first, in: analysis, table: lexicons.organisationHeads).map { $0.value.kind == .street } ?? true),
           // A word opening its sentence or line ("a) Tiếp 1.126 lượt công dân") is capitalised as
           // such: a name only when it heads one ("Tổ 5 có 12 đảng viên").
           !opensSentenceOrLine(first - 1) || phraseEnding(at: first, in: analysis, table: lexicons.organisationHeads) != nil,
           !isGappedPlaceFigure(first: first, last: last) {
            return true
        }
        // List numbering: a number alone at the start of a line, followed by "." or ")".
        if token(position).kind == .number, keyIs(last + 1, Keys.fullStop) || keyIs(last + 1, Keys.closingBracket),
           first == 0 || analysis.scalars[token(first - 1).end..<token(first).start].contains("\n") {
            return true
        }
        // A list or range of numbers ending in a duration: "trong 16, 17 năm", "30, 40, 50 năm tuổi Đảng".
        var q = last
        if let i = figureAt[position], figures[i].last == last {
            q = listEnd[i]
        } else {
            while q + 2 < positionCount, keyIs(q + 1, oneOf: Self.listSeparators), let next = figureAt[q + 2] {
                q = figures[next].last
            }
        }
        if q + 1 < positionCount, let after = lexicons.notFigureAfter.longestMatch(analysis, at: q + 1), after.value,
           (unit(at: q + 1)?.length ?? 0) <= after.length {  // "ngày công" is a noun, "ngày" a duration
            return true
        }
        return false
    }

    /// Whether the token at content position `p` opens its sentence, or its line after at most a
    /// list mark or a label ("- ", "a) ", "2. ").
    func opensSentenceOrLine(_ p: Int) -> Bool {
        if p == 0 || !sameSentence(p - 1, p) { return true }
        let start = token(p).start, lines = analysis.lines
        let line = lines.range(ofLine: lines.line(of: start))
        // (Read no further than an opening can reach: a token far into its line opens nothing.)
        guard start - line.lowerBound <= 12 else { return false }
        if analysis.scalars[line.lowerBound..<start].allSatisfy({ $0 == " " || $0 == "\t" }) { return true }
        return ListItemOpening(of: line, in: analysis.scalars, marks: OrganisationRecognizer.listMarks)?.reaches(start, in: analysis.scalars) ?? false
    }

    /// Whether a number and its counted noun end right before content position `p`.
    func followsCount(_ p: Int) -> Bool {
        for n in max(0, p - 5)..<p where analysis.tokens[analysis.contentTokens[n]].kind == .number {
            if let u = unit(at: n + 1), n + 1 + u.length == p { return true }
        }
        return false
    }

    /// The start of the comparison ("nhiều hơn", "ít hơn") whose difference is the figure whose
    /// number is at `position`: the comparison opens its clause after a comma ("kết nạp 21 đảng
    /// viên, nhiều hơn 5 đảng viên so với năm 2023"), or "so với" follows in the clause ("có ít hơn
    /// 2 chi bộ so với năm trước"). Nil for a hedge ("chi bộ có nhiều hơn 30 đảng viên").
    func comparisonDifference(number position: Int) -> Int? {
        guard let c = phraseEnding(at: position, in: analysis, table: lexicons.comparisons) else { return nil }
        if c.start > 0, keyIs(c.start - 1, Keys.comma) { return c.start }
        var q = position + 1
        while q < positionCount, q - position <= 8, sameSentence(q, position), !isClauseBreakOrComma(q) {
            if keyIs(q, Keys.soCompared), keyIs(q + 1, Keys.voi) { return c.start }
            q += 1
        }
        return nil
    }

    /// Signs of comparison before a figure, and the qualifier each gives (grammar).
    static let comparisonSigns: [Unicode.Scalar: Qualifier] = ["≥": .atLeast, "≤": .atMost, "⩾": .atLeast, "⩽": .atMost]

    /// The qualifier of a figure whose number is at `position` and whose unit ends before `afterUnit`.
    func qualifier(number position: Int, afterUnit: Int?) -> (Qualifier, start: Int?) {
        if let q = phraseEnding(at: position, in: analysis, table: lexicons.qualifiersBefore) {
            // "kết nạp 21 đảng viên, nhiều hơn 5 đảng viên so với năm 2023": a difference.
            if comparisonDifference(number: position) != nil { return (.exact, nil) }
            // "Có 27 đảng viên trên 41 cán bộ": one word between two counts reads "out of".
            if q.value == .over, q.start == position - 1, followsCount(q.start) { return (.exact, nil) }
            return (q.value, q.start)
        }
        // "≥ 190 đảng viên mới", "≤ 5%": an infographic's sign of comparison.
        if position > 0, case let sign = token(position - 1), sign.kind != .word, sign.end - sign.start == 1,
           let qualifier = Self.comparisonSigns[analysis.scalars[sign.start]] {
            return (qualifier, position - 1)
        }
        // Split: "ít nhất mỗi chi bộ kết nạp 01 đảng viên".
        if let d = distributiveStart(position), let q = phraseEnding(at: d, in: analysis, table: lexicons.qualifiersBefore) {
            return (q.value, q.start)
        }
        if let afterUnit, afterUnit < positionCount,
           let q = lexicons.qualifiersAfter.longestMatch(analysis, at: afterUnit) {
            return (q.value, nil)
        }
        // "ít nhất 20 tổ chức đảng và 45 đảng viên": a hedge before the first of two figures joined
        // by "và" covers the second.
        if position >= 3, keyIs(position - 1, Keys.va) {
            var q = position - 2
            while q >= 0 && position - q <= 8 && sameSentence(q, position) {
                if let i = figureAt[q], figures[i].last == q, let noun = unit(at: q + 1), q + noun.length == position - 2 {
                    if let hedge = phraseEnding(at: figures[i].first, in: analysis, table: lexicons.qualifiersBefore) {
                        return (hedge.value, nil)
                    }
                    break
                }
                q -= 1
            }
        }
        return (.exact, nil)
    }

    /// The period whose last content position is `end - 1` ("giai đoạn 2020–2025" before a
    /// label's colon), found by binary search: periods are in order and do not overlap.
    func period(endingAt end: Int) -> PeriodSpan? {
        let i = periods.partitioningIndex { $0.endPosition >= end }
        return i < periods.count && periods[i].endPosition == end ? periods[i] : nil
    }

    /// Whether a period starts at content position `start`.
    func periodStarts(at start: Int) -> Bool {
        let i = periods.partitioningIndex { $0.firstPosition >= start }
        return i < periods.count && periods[i].firstPosition == start
    }

    /// The period of a figure: the nearest period before it in its sentence, else one after it in
    /// its clause. A period in brackets closed before the figure labels only what is inside them
    /// ("kết nạp 12 đảng viên (năm 2023: 9), xóa tên 2 đảng viên": the 2 keeps the sentence's year).
    func period(at position: Int) -> String? {
        var best: PeriodSpan?
        // Periods are in order and do not overlap: start from the last one that ends by `position`.
        var lo = 0, hi = periods.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if periods[mid].endPosition <= position { lo = mid + 1 } else { hi = mid }
        }
        var before = lo - 1
        while before >= 0 && sameSentence(periods[before].firstPosition, position) {
            WorkCounter.tick()
            if !isInClosedBracket(periods[before], before: position) { best = periods[before]; break }
            before -= 1
        }
        for p in periods[max(0, lo)...] {
            WorkCounter.tick()
            if p.firstPosition > position {
                if best == nil, sameSentence(p.firstPosition, position),
                   semicolonsBefore[p.firstPosition] == semicolonsBefore[position] { best = p }
                break
            }
        }
        return best?.text
    }

    /// Whether `period` stands inside brackets that close before `position`.
    private func isInClosedBracket(_ period: PeriodSpan, before position: Int) -> Bool {
        var s = period.endPosition
        let opening = Keys.openingBracket, closing = Keys.closingBracket  // read once (see `KeyConstant`)
        while s < min(position, period.endPosition + 10) {
            if keyIs(s, opening) { return false }
            if keyIs(s, closing) {
                let sentenceStart = self.position(atOrAfter: analysis.sentences[analysis.sentenceIndex(ofContent: position)].lowerBound)
                return PlanScope.openingBracket(before: period.firstPosition, limit: sentenceStart, self) != nil
            }
            s += 1
        }
        return false
    }

    /// Where "mỗi" opens the clause of a figure ("mỗi chi bộ kết nạp ít nhất 01 đảng viên"): the
    /// figure is distributive and has no subject.
    func distributiveStart(_ position: Int) -> Int? {
        var s = position - 1
        let moi = Keys.moi  // read once (see `KeyConstant`)
        while s >= 0 && position - s <= 10 && !isClauseBreakOrComma(s) && sameSentence(s, position) {
            // "mỗi chi bộ", "mỗi xã", "mỗi đảng viên", "mỗi nơi" — not "mỗi năm" (a period).
            if keyIs(s, moi), s + 1 < positionCount {
                let role = unit(at: s + 1)?.value.role
                if role == .person || role == .organisation || keyIs(s + 1, Keys.noi)
                    || lexicons.organisationHeads.longestMatch(analysis, at: s + 1) != nil {
                    return s
                }
            }
            s -= 1
        }
        return nil
    }

    /// The length of a word that ends a plan's reach (`plan_scope.tsv`, break) at content position
    /// `s`; not "mới" right after a noun of people, where it means "new" ("tỷ lệ đảng viên nữ trong
    /// số đảng viên mới đạt ít nhất 40%"), not "only".
    @inline(__always)
    func planBreak(at s: Int) -> Int? {
        guard let m = lexicons.planBreaks.longestMatch(analysis, at: s) else { return nil }
        if keyIs(s, Keys.moiNew), isPeopleNoun(endingBefore: s) { return nil }
        return m.length
    }

    /// Whether a noun of people ends right before content position `s` ("đảng viên" of "đảng viên
    /// mới").
    private func isPeopleNoun(endingBefore s: Int) -> Bool {
        for k in 1...3 where s - k >= 0 {
            if let u = unit(at: s - k), u.length == k, u.value.role == .person { return true }
        }
        return false
    }

    /// Whether a target word (`targets.tsv`) comes before `position` in its clause.
    func isTarget(_ position: Int) -> Bool {
        // "Kết nạp đảng viên: kế hoạch 12, thực hiện 13": the column's name says.
        if let column = labelColumn(before: position) { return column.planned }
        var s = position - 1
        if keyIs(s, Keys.colon) { s -= 1 }  // "chỉ tiêu: 100 đảng viên"
        let da = Keys.da  // read once (see `KeyConstant`)
        while s >= 0 && position - s <= 12 && !isClauseBreakOrComma(s) && sameSentence(s, position) {
            if let m = lexicons.targetMarkers.longestMatch(analysis, at: s), m.value, s + m.length <= position { return true }
            // "đã", "vượt 30% chỉ tiêu", "hiện còn 4 hồ sơ": what happened or is (`plan_scope.tsv`, break).
            if keyIs(s, da) || planBreak(at: s).map({ s + $0 <= position }) == true {
                return false
            }
            s -= 1
        }
        // A plan opening the sentence ("Theo kế hoạch, …", "Phấn đấu đến năm 2025, …") covers its
        // figures, unless the clause says it happened ("đã").
        let sentenceStart = analysis.sentences[analysis.sentenceIndex(ofContent: position)].lowerBound
        let first = self.position(atOrAfter: sentenceStart)
        for q in first..<min(first + 3, position) {
            if let m = lexicons.targetMarkers.longestMatch(analysis, at: q), m.value, q + m.length <= position {
                // Unless "đã" stands after the marker in the figure's clause (positions computed once,
                // not walked: a long plan sentence would cost the square of its length).
                let clauseStart = max(q + m.length, lastClauseEnd[position - 1])
                guard lastDa[position - 1] <= clauseStart else { return false }
                // Nor a word that ends a plan's reach anywhere after the marker ("Chỉ tiêu năm 2025
                // … là 7 đảng viên; 6 tháng đầu năm chúng tôi đã kết nạp 4 đồng chí, đạt 57,1%"),
                // looked for within `PlanScope.reach` of the figure.
                var b = position - 1
                while b >= q + m.length && position - b <= PlanScope.reach {
                    if planBreak(at: b).map({ b + $0 <= position }) == true { return false }
                    b -= 1
                }
                return true
            }
        }
        return false
    }

    /// The start of a clause containing `position`: after the previous `;`, `:` or sentence start.
    func clauseStart(_ position: Int) -> Int {
        var s = position
        while s > 0 && !isClauseBreak(s - 1) && sameSentence(s - 1, position) { s -= 1 }
        return s
    }
}

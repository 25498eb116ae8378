/// Figures in a list that shares one noun ("kết nạp 8, 7 và 6 đảng viên"), and lists given in order
/// to the organisations named before them ("Chi bộ A và Chi bộ B lần lượt kết nạp 6 và 5 đảng
/// viên"; see `CountRule`).
extension CountRule {
    /// Tokens joining the figures of a list, and the organisations of a list.
    static let listJoins = Keys.listJoins

    /// The figures (indices into `ctx.figures`, in text order) of the list holding `figure`: figures
    /// joined by "," or "và" with nothing else between. Empty when the figure stands alone.
    static func coordinatedFigures(_ ctx: FactContext, _ figure: Figure) -> [Int] {
        guard let own = ctx.figureAt[figure.first] else { return [] }
        var list = [own]
        var p = figure.first - 1
        while p >= 1, ctx.keyIs(p, oneOf: listJoins), let i = ctx.figureEndingAt[p - 1], inList(ctx, i),
              ctx.sameSentence(p, figure.first) {
            WorkCounter.tick()
            list.insert(i, at: 0)
            p = ctx.figures[i].first - 1
        }
        var q = figure.last + 1
        while q + 1 < ctx.positionCount, ctx.keyIs(q, oneOf: listJoins), let i = ctx.figureAt[q + 1], inList(ctx, i),
              ctx.sameSentence(q, figure.first) {
            WorkCounter.tick()
            list.append(i)
            q = ctx.figures[i].last + 1
        }
        return list.count >= 2 ? list : []
    }

    /// Whether a figure can be an item of a list: a single value that is a figure (or already a fact).
    private static func inList(_ ctx: FactContext, _ i: Int) -> Bool {
        let f = ctx.figures[i]
        return f.valueMax == nil && (ctx.used[f.first] || !ctx.isNotFigure(f.position))
    }

    /// The noun after the last figure of the list holding `figure`, when `figure` has none of its own.
    static func listNoun(_ ctx: FactContext, _ figure: Figure) -> (UnitEntry, String)? {
        guard ctx.keyIs(figure.last + 1, oneOf: listJoins), let last = coordinatedFigures(ctx, figure).last,
              ctx.figures[last].first > figure.first else { return nil }
        let u = ctx.figures[last].last + 1
        guard let unit = ctx.unit(at: u), unit.value.role != .class, !ctx.lineBreak(after: u - 1) else { return nil }
        return (unit.value, ctx.analysis.lowercasedSlice(ctx.token(u).start, ctx.token(u + unit.length - 1).end))
    }

    /// The organisation a figure of a list is given to by "lần lượt": the list's k-th figure goes to
    /// the k-th of as many organisations, joined by "," or "và", named right before in the sentence.
    static func respectiveSubject(_ ctx: FactContext, _ figure: Figure) -> String? {
        let chain = coordinatedFigures(ctx, figure)
        guard let own = ctx.figureAt[figure.first], let index = chain.firstIndex(of: own) else { return nil }
        let start = ctx.figures[chain[0]].first
        var marker: Int?
        var s = start - 1
        while s >= 0 && start - s <= 6 && !ctx.isClauseBreak(s) && ctx.sameSentence(s, start) {
            if let m = ctx.lexicons.respectiveMarkers.longestMatch(ctx.analysis, at: s), s + m.length <= start {
                marker = s
                break
            }
            s -= 1
        }
        // "… là Chi bộ A và Chi bộ B, với 12 và 9 đảng viên": units listed right before ", với" and
        // as many figures as units, in order, without a marker.
        var implied = false
        if marker == nil, start >= 2, ctx.keyIs(start - 1, Keys.voi), ctx.keyIs(start - 2, Keys.comma) {
            marker = start - 2
            implied = true
        }
        // "Các chi bộ khu phố A, B và C có 41, 38 và 52 đảng viên": as many units as figures, listed
        // right before the verb of the list, are given them in order without a marker.
        var unmarked = false
        if marker == nil, let end = listEndBeforeVerb(ctx, before: start) {
            marker = end
            unmarked = true
        }
        guard let marker else { return nil }
        let subjects = ctx.subjects
        // (Units listed as what a figure counts, "2 chi bộ là A và B", are no subjects, but are named.)
        let named = subjects.mentions.indices.filter { i in
            let m = subjects.mentions[i]
            return m.endPosition <= marker && ctx.sameSentence(m.firstPosition, marker)
                && (subjects.resolved[i] != nil || implied && m.form == .named)
        }
        if implied && named.last.map({ subjects.mentions[$0].endPosition != marker }) ?? true { return nil }
        if let last = named.last, let names = bareNames(ctx, after: subjects.mentions[last], before: marker),
           names.count + 1 == chain.count {
            // "Các chi bộ thôn Đồng Bến, Hạ Trại và Khuôn Thần lần lượt …": the first name is a
            // mention, the others are bare names under the same head words.
            return index == 0 ? subjects.resolved[last] : names[index - 1]
        }
        guard named.count >= chain.count else { return nil }
        if unmarked && named.last.map({ subjects.mentions[$0].endPosition != marker }) ?? true { return nil }
        let chosen = Array(named.suffix(chain.count))
        for (a, b) in zip(chosen, chosen.dropFirst()) {
            let between = subjects.mentions[a].endPosition..<subjects.mentions[b].firstPosition
            guard !between.isEmpty, between.allSatisfy({ ctx.keyIs($0, oneOf: listJoins) }) else { return nil }
        }
        return subjects.resolved[chosen[index]] ?? subjects.mentions[chosen[index]].text
    }

    /// Where a list of names ends right before the verb of a list of figures starting at `start`:
    /// after a capitalised word or an organisation's name (and a comma), with one to `verbReach`
    /// lower-case words between.
    private static func listEndBeforeVerb(_ ctx: FactContext, before start: Int) -> Int? {
        var s = start - 1
        while s > 0 && start - s <= verbReach && ctx.sameSentence(s, start) {
            let token = ctx.token(s)
            guard token.kind == .word, !token.isCapitalized else { return nil }
            // ("Dẫn đầu là phường A, phường B và xã C, kết nạp 19, 17 và 15 đảng viên": a comma
            // may close the list.)
            let end = s > 1 && ctx.keyIs(s - 1, Keys.comma) ? s - 1 : s
            if ctx.token(end - 1).isCapitalized || ctx.subjects.mentions.contains(where: { $0.endPosition == end }) { return end }
            s -= 1
        }
        return nil
    }
    /// The most words between a list of organisations and its figures without a marker ("có",
    /// "đã kết nạp").
    static let verbReach = 3

    /// The year a figure of a list is given by a list of as many years in its sentence ("Trong ba
    /// năm 2022, 2023, 2024, Thị ủy xóa tên 6, 4 và 3 đảng viên"), as "năm 2022"; nil when the
    /// figure stands alone or the sentence lists no such years.
    static func respectiveYear(_ ctx: FactContext, _ figure: Figure) -> String? {
        guard ctx.keyIs(figure.first - 1, oneOf: listJoins) || ctx.keyIs(figure.last + 1, oneOf: listJoins) else { return nil }
        let chain = coordinatedFigures(ctx, figure)
        guard let own = ctx.figureAt[figure.first], let index = chain.firstIndex(of: own) else { return nil }
        let sentence = ctx.analysis.sentences[ctx.analysis.sentenceIndex(ofContent: figure.first)]
        var p = ctx.position(atOrAfter: sentence.lowerBound)
        while p < ctx.positionCount && ctx.token(p).start < sentence.upperBound {
            WorkCounter.tick()
            guard FactContext.isYearKey(ctx.key(p)) else { p += 1; continue }
            var years = [p]
            var q = p + 1
            while q + 1 < ctx.positionCount, ctx.keyIs(q, oneOf: listJoins), FactContext.isYearKey(ctx.key(q + 1)) {
                years.append(q + 1)
                q += 2
            }
            if years.count == chain.count { return "năm " + ctx.key(years[index]) }
            p = q
        }
        return nil
    }

    /// The names listed right after a mention (before `end`), each a run of capitalised words after
    /// "," or "và", written under the mention's head words ("chi bộ thôn Đồng Bến, Hạ Trại" gives
    /// "chi bộ thôn Hạ Trại"). Nil when no name follows the mention.
    static func bareNames(_ ctx: FactContext, after mention: OrganisationMention, before end: Int) -> [String]? {
        // The mention's head words: those before the run of capitalised words that ends it.
        var nameStart = mention.endPosition
        while nameStart > mention.firstPosition && ctx.token(nameStart - 1).isCapitalized { nameStart -= 1 }
        guard nameStart > mention.firstPosition, nameStart < mention.endPosition else { return nil }
        let head = ctx.analysis.slice(ctx.token(mention.firstPosition).start, ctx.token(nameStart - 1).end)
        var names: [String] = []
        var p = mention.endPosition
        while p < end && ctx.keyIs(p, oneOf: listJoins) {
            var q = p
            while q < end && ctx.keyIs(q, oneOf: listJoins) { q += 1 }
            let start = q
            while q < end && ctx.token(q).isCapitalized && ctx.token(q).kind == .word { q += 1 }
            guard q > start else { break }  // the list is over: "…, làm tốt …"
            names.append(head + " " + ctx.analysis.slice(ctx.token(start).start, ctx.token(q - 1).end))
            p = q
        }
        return names.isEmpty ? nil : names
    }

    /// Whether the figure is a place's item of a gapped list after a count of the same sentence
    /// whose noun ends at `nounEnd`: "Đảng bộ phường A kết nạp 97 đảng viên, xã B 68, xã C 49.",
    /// "kết nạp 38 đảng viên, trong đó phường A 17, …". Its place is named right before it, after a
    /// comma, ";", "và" or a breakdown marker; it ends its item; only such items stand between it
    /// and the count.
    static func gappedItem(_ ctx: FactContext, figure: Figure, after nounEnd: Int, mentionEndingAt: PositionIndex) -> Bool {
        let hedge = ctx.hedgeStart(figure.first)
        // "tiếp theo là xã Phú Cường (15), …": the figure may stand in brackets after the place.
        let bracketed = hedge > 0 && ctx.keyIs(hedge - 1, Keys.openingBracket) && ctx.keyIs(figure.last + 1, Keys.closingBracket)
        let itemEnd = bracketed ? figure.last + 1 : figure.last
        guard let i = mentionEndingAt[bracketed ? hedge - 1 : hedge], case let place = ctx.subjects.mentions[i], place.form == .named,
              place.firstPosition > nounEnd + 1, ctx.sameSentence(nounEnd, figure.first),
              ctx.keyIs(place.firstPosition - 1, oneOf: listJoins) || ctx.keyIs(place.firstPosition - 1, Keys.semicolon)
                || phraseEnding(at: place.firstPosition, in: ctx.analysis, table: ctx.lexicons.breakdownMarkers) != nil
                || phraseEnding(at: place.firstPosition, in: ctx.analysis, table: ctx.lexicons.rankWords) != nil
        else { return false }
        guard ctx.analysis.endsListItem(after: itemEnd) || !ctx.sameSentence(itemEnd + 1, itemEnd) else { return false }
        var q = place.firstPosition - 1
        while q > nounEnd {
            WorkCounter.tick()
            if ctx.keyIs(q, oneOf: listJoins) || ctx.keyIs(q, Keys.semicolon) { q -= 1 }
            else if let marker = phraseEnding(at: q + 1, in: ctx.analysis, table: ctx.lexicons.breakdownMarkers) { q = marker.start - 1 }
            else if let rank = phraseEnding(at: q + 1, in: ctx.analysis, table: ctx.lexicons.rankWords) { q = rank.start - 1 }
            else if let f = ctx.figureEndingAt[q], let m = mentionEndingAt[ctx.figures[f].first] {
                q = ctx.subjects.mentions[m].firstPosition - 1
            } else if ctx.keyIs(q, Keys.closingBracket), let f = ctx.figureEndingAt[q - 1], ctx.keyIs(ctx.figures[f].first - 1, Keys.openingBracket),
                      let m = mentionEndingAt[ctx.figures[f].first - 1] {
                q = ctx.subjects.mentions[m].firstPosition - 1
            } else { return false }
        }
        return true
    }
}

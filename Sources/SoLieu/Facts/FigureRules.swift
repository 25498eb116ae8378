/// Rules shared by the figure kinds: whether a number is a figure at all, and the qualifier,
/// period and modality around it.
extension FactContext {
    /// Whether the number at `position` is a year, ordinal, name part, duration, age or phone number
    /// rather than a figure (`not_figures.tsv`).
    func isNotFigure(_ position: Int) -> Bool {
        if blocked[position] || used[position] { return true }
        let k = key(position)
        if k.hasPrefix("0") && k.count >= 8 { return true }  // a phone number
        if let before = phraseEnding(at: position, in: analysis, table: lexicons.notFigureBefore), before.value {
            return true
        }
        // A list or range of numbers ending in a duration: "trong 16, 17 năm", "30, 40, 50 năm tuổi Đảng".
        var q = position
        while token(q).kind == .number, q + 2 < positionCount,
              [",", "-", "–", Keys.va, Keys.den].contains(key(q + 1)), token(q + 2).kind == .number {
            q += 2
        }
        if q + 1 < positionCount, let after = lexicons.notFigureAfter.longestMatch(analysis, at: q + 1), after.value {
            return true
        }
        return false
    }

    /// The qualifier of a figure whose number is at `position` and whose unit ends before `afterUnit`.
    func qualifier(number position: Int, afterUnit: Int?) -> (Qualifier, start: Int?) {
        if let q = phraseEnding(at: position, in: analysis, table: lexicons.qualifiersBefore) { return (q.value, q.start) }
        if let afterUnit, afterUnit < positionCount,
           let q = lexicons.qualifiersAfter.longestMatch(analysis, at: afterUnit) {
            return (q.value, nil)
        }
        return (.exact, nil)
    }

    /// The period of a figure: the nearest period before it in its sentence, else one after it in
    /// its clause.
    func period(at position: Int) -> String? {
        var best: PeriodSpan?
        for p in periods {
            if p.endPosition <= position {
                if sameSentence(p.firstPosition, position) { best = p }
            } else if p.firstPosition > position {
                if best == nil, sameSentence(p.firstPosition, position),
                   !(position..<p.firstPosition).contains(where: { key($0) == ";" }) { best = p }
                break
            }
        }
        return best?.text
    }

    /// Whether a target word (`targets.tsv`) comes before `position` in its clause.
    func isTarget(_ position: Int) -> Bool {
        var s = position - 1
        while s >= 0 && position - s <= 12 && !isClauseBreak(s) && key(s) != "," && sameSentence(s, position) {
            if let m = lexicons.targetMarkers.longestMatch(analysis, at: s), s + m.length <= position { return true }
            s -= 1
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

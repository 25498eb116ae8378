/// A figure: a number, or a range of two (`từ 30 đến 35`, `30-35`, `30 – 35`).
struct Figure {
    /// Content position where the figure starts (`từ` of a range, else the number).
    let first: Int
    /// Content position of the first number's first token.
    let position: Int
    /// Content position of the figure's last token.
    let last: Int
    let value: Double
    let valueMax: Double?
    let inWords: Bool
}

/// Everything the fact rules share about one article: its text, the recognised spans, and which
/// content positions are already taken by something that is not a figure.
struct FactContext {
    let analysis: TextAnalysis
    let lexicons: Lexicons
    let numbers: [NumberSpan]
    /// Numbers and ranges, in order.
    let figures: [Figure]
    /// Index into `figures` by the content position of a figure's number.
    let figureAt: [Int: Int]
    /// Content positions where a figure ends.
    let figureEnds: Set<Int>
    /// Abbreviations the article defines for counted nouns.
    let unitAliases: [String: UnitEntry]
    /// The counted noun starting at each content position, if any.
    private let units: [(length: Int, value: UnitEntry)?]
    let dates: [DateSpan]
    let codes: [DocumentCodeSpan]
    let mentions: [OrganisationMention]
    let periods: [PeriodSpan]
    var subjects: SubjectResolver
    /// Content positions inside dates, times, codes, names and periods.
    private(set) var blocked: [Bool]
    /// Content positions already used by a fact.
    var used: [Bool]

    init(analysis: TextAnalysis, lexicons: Lexicons) {
        self.analysis = analysis
        self.lexicons = lexicons
        numbers = NumberRecognizer.recognize(analysis, lexicons: lexicons)
        figures = Self.figures(numbers, analysis)
        var at: [Int: Int] = [:]
        for (i, f) in figures.enumerated() { at[f.position] = i; at[f.first] = i }
        figureAt = at
        figureEnds = Set(figures.map(\.last))
        unitAliases = Self.unitAliases(analysis, lexicons)
        units = Self.unitsByPosition(analysis, lexicons, unitAliases)
        dates = DateRecognizer.recognize(analysis.scalars)
        codes = DocumentCodeRecognizer.recognize(analysis.scalars)
        mentions = OrganisationRecognizer.recognize(analysis, lexicons: lexicons)
        periods = PeriodRecognizer.recognize(analysis, lexicons: lexicons)
        subjects = SubjectResolver(analysis: analysis, mentions: mentions)
        let count = analysis.contentTokens.count
        blocked = Array(repeating: false, count: count)
        used = Array(repeating: false, count: count)
        var ranges: [(Int, Int)] = dates.map { ($0.start, $0.end) }
        ranges += DateRecognizer.times(analysis.scalars).map { ($0.start, $0.end) }
        ranges += codes.map { ($0.start, $0.end) }
        ranges += mentions.map { ($0.start, $0.end) }
        ranges += periods.map { ($0.start, $0.end) }
        for (start, end) in ranges { block(start, end) }
    }

    /// Numbers grouped into ranges where two are joined by `đến`/`tới` after `từ`, or by a dash.
    static func figures(_ numbers: [NumberSpan], _ analysis: TextAnalysis) -> [Figure] {
        let content = analysis.contentTokens
        func key(_ p: Int) -> String { p >= 0 && p < content.count ? analysis.tokens[content[p]].key : "" }
        var out: [Figure] = []
        var i = 0
        while i < numbers.count {
            let n = numbers[i]
            if i + 1 < numbers.count {
                let m = numbers[i + 1]
                let joiner = key(n.lastPosition + 1)
                // "từ 30 đến 35", and "2 đến 3" without "từ" (not after a date or year word).
                let fromTo = (joiner == Keys.den || joiner == Keys.toi)
                    && (key(n.position - 1) == Keys.tu || ![Keys.nam, Keys.ngay, Keys.thang, "/"].contains(key(n.position - 1)))
                let dash = (joiner == "-" || joiner == "–") && key(m.lastPosition + 1) != "/" && key(n.position - 1) != "/"
                // "từ 10 đến 20 nghìn": a scale after the upper bound applies to the lower one too.
                let low = m.scale > 1 && n.scale == 1 && n.value * m.scale <= m.value ? n.value * m.scale : n.value
                if m.position == n.lastPosition + 2, fromTo || dash, m.value > low {
                    let first = fromTo && key(n.position - 1) == Keys.tu ? n.position - 1 : n.position
                    out.append(Figure(first: first, position: n.position, last: m.lastPosition,
                                      value: low, valueMax: m.value, inWords: n.inWords))
                    i += 2
                    continue
                }
            }
            out.append(Figure(first: n.position, position: n.position, last: n.lastPosition, value: n.value, valueMax: nil,
                              inWords: n.inWords))
            i += 1
        }
        return out
    }

    /// Marks the content positions whose tokens overlap `start..<end` as blocked.
    private mutating func block(_ start: Int, _ end: Int) {
        var p = position(atOrAfter: start)
        let content = analysis.contentTokens
        while p < content.count && analysis.tokens[content[p]].start < end {
            blocked[p] = true
            p += 1
        }
    }

    /// The first content position whose token ends after `offset`.
    func position(atOrAfter offset: Int) -> Int {
        let content = analysis.contentTokens
        var lo = 0, hi = content.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if analysis.tokens[content[mid]].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The counted noun at content position `p`: a phrase of `units.tsv`, or an abbreviation the
    /// article defined for one ("tổ chức cơ sở đảng (TCCSĐ)" makes "TCCSĐ" a noun too).
    func unit(at p: Int) -> (length: Int, value: UnitEntry)? {
        guard p >= 0 && p < units.count else { return nil }
        return units[p]
    }

    /// The counted noun at every content position, found once per text.
    private static func unitsByPosition(_ analysis: TextAnalysis, _ lexicons: Lexicons,
                                        _ aliases: [String: UnitEntry]) -> [(length: Int, value: UnitEntry)?] {
        var out: [(length: Int, value: UnitEntry)?] = []
        out.reserveCapacity(analysis.contentTokens.count)
        for p in 0..<analysis.contentTokens.count {
            if let m = lexicons.units.longestMatch(analysis, at: p) { out.append(m); continue }
            if let alias = aliases[analysis.tokens[analysis.contentTokens[p]].key] { out.append((1, alias)); continue }
            out.append(nil)
        }
        return out
    }

    /// Abbreviations defined in the text for counted nouns: "<noun> (<ABBR>)".
    static func unitAliases(_ analysis: TextAnalysis, _ lexicons: Lexicons) -> [String: UnitEntry] {
        var aliases: [String: UnitEntry] = [:]
        let content = analysis.contentTokens
        func token(_ p: Int) -> Token { analysis.tokens[content[p]] }
        for p in 0..<content.count where token(p).key == "(" && p + 2 < content.count && token(p + 2).key == ")" {
            let abbr = analysis.text(of: token(p + 1))
            guard token(p + 1).kind == .word, abbr.count >= 2, abbr.count <= 8,
                  abbr.unicodeScalars.allSatisfy({ $0.properties.isUppercase }) else { continue }
            // The longest noun phrase that ends right before the bracket.
            if let m = phraseEnding(at: p, in: analysis, table: lexicons.units) { aliases[token(p + 1).key] = m.value }
        }
        return aliases
    }

    /// Marks the content positions of the figure at `position` as used by a fact.
    mutating func markUsed(figureAt position: Int) {
        guard let i = figureAt[position] else { return }
        for q in figures[i].first...figures[i].last { used[q] = true }
    }

    /// Whether a figure ends at content position `p`.
    func isFigureEnd(_ p: Int) -> Bool {
        figureEnds.contains(p)
    }

    func token(_ p: Int) -> Token { analysis.tokens[analysis.contentTokens[p]] }
    func key(_ p: Int) -> String { p >= 0 && p < analysis.contentTokens.count ? token(p).key : "" }
    var positionCount: Int { analysis.contentTokens.count }

    /// Whether the number at `position` ends a clause-free stretch: clause punctuation at `p`.
    func isClauseBreak(_ p: Int) -> Bool {
        let k = key(p)
        return k == ";" || k == "." || k == "!" || k == "?" || k == ":" || k == "…"
    }

    /// Whether `p` and `q` are in the same sentence.
    func sameSentence(_ p: Int, _ q: Int) -> Bool {
        analysis.sentenceIndex(at: token(p).start) == analysis.sentenceIndex(at: token(q).start)
    }

    /// The text of the sentence holding code point `offset`, without the spaces around it.
    func sentenceText(at offset: Int) -> String {
        let r = analysis.sentences[analysis.sentenceIndex(at: offset)]
        var start = r.lowerBound, end = r.upperBound
        let s = analysis.scalars
        while start < end && s[start].properties.isWhitespace { start += 1 }
        while end > start && s[end - 1].properties.isWhitespace { end -= 1 }
        return analysis.slice(start, end)
    }

    /// Evidence for the text between two content positions (inclusive).
    func evidence(from first: Int, to last: Int) -> Evidence {
        let start = token(first).start, end = token(last).end
        return Evidence(text: analysis.slice(start, end), sentence: sentenceText(at: start), start: start, end: end)
    }

    /// Text between content positions `from..<to`, trimmed of spaces and edge punctuation.
    func text(from: Int, to: Int) -> String? {
        guard to > from, to <= positionCount else { return nil }
        var start = token(from).start, end = token(to - 1).end
        let s = analysis.scalars
        while start < end && Self.edge.contains(s[start]) { start += 1 }
        while end > start && Self.edge.contains(s[end - 1]) { end -= 1 }
        return end > start ? analysis.slice(start, end) : nil
    }

    /// Characters trimmed from the edges of reported text.
    private static let edge: Set<Unicode.Scalar> = Set(" \n,;:.…-–()\"“”".unicodeScalars)
}

import Foundation

/// Everything the fact rules share about one article: its text, the recognised spans, and which
/// content positions are already taken by something that is not a figure.
struct FactContext {
    let analysis: TextAnalysis
    let lexicons: Lexicons
    let numbers: [NumberSpan]
    let dates: [DateSpan]
    let codes: [DocumentCodeSpan]
    let mentions: [OrganisationMention]
    let periods: [PeriodSpan]
    let subjects: SubjectResolver
    /// Content positions inside dates, times, codes, names and periods.
    private(set) var blocked: [Bool]
    /// Content positions already used by a fact.
    var used: [Bool]

    init(analysis: TextAnalysis, lexicons: Lexicons) {
        self.analysis = analysis
        self.lexicons = lexicons
        numbers = NumberRecognizer.recognize(analysis)
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

    /// The text of the sentence holding code point `offset`, trimmed.
    func sentenceText(at offset: Int) -> String {
        let r = analysis.sentences[analysis.sentenceIndex(at: offset)]
        return analysis.slice(r.lowerBound, r.upperBound).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Evidence for the text between two content positions (inclusive).
    func evidence(from first: Int, to last: Int) -> Evidence {
        let start = token(first).start, end = token(last).end
        return Evidence(text: analysis.slice(start, end), sentence: sentenceText(at: start), start: start, end: end)
    }

    /// Text between content positions `from..<to`, trimmed of spaces and edge punctuation.
    func text(from: Int, to: Int) -> String? {
        guard to > from else { return nil }
        let t = analysis.slice(token(from).start, token(to - 1).end)
            .trimmingCharacters(in: CharacterSet(charactersIn: " \n,;:.…-–()\"“”"))
        return t.isEmpty ? nil : t
    }
}

import Foundation

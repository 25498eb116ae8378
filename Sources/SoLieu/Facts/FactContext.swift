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
///
/// A class, shared by reference: as a struct of some two kilobytes passed `inout`, it was copied
/// whole before every method call made on it (tens of thousands per megabyte of text).
final class FactContext {
    let analysis: TextAnalysis
    let lexicons: Lexicons
    let numbers: [NumberSpan]
    /// Numbers and ranges, in order.
    let figures: [Figure]
    /// Index into `figures` by the content position of a figure's number (and of its first token).
    let figureAt: PositionIndex
    /// Index into `figures` by the content position where a figure ends (the first such figure).
    let figureEndingAt: PositionIndex
    /// For each figure, the last content position of the list or range it opens ("16, 17, 18 năm"):
    /// computed once, so that a long list is not walked again for each of its numbers.
    let listEnd: [Int]
    /// Breakdown markers (`trong đó`) as (content position, length), in order.
    let breakdownMarkers: [(start: Int, length: Int)]
    /// `semicolonsBefore[p]`: how many content tokens before position `p` are ";".
    let semicolonsBefore: [Int]
    /// `lastClauseEnd[p]`: the last position at or before `p` holding clause punctuation or ",", or -1.
    let lastClauseEnd: [Int]
    /// `lastDa[p]`: the last position at or before `p` holding "đã", or -1.
    let lastDa: [Int]
    /// Abbreviations the article defines for counted nouns.
    let unitAliases: [String: UnitEntry]
    /// The counted noun starting at each content position, if any.
    private let units: [(length: Int, value: UnitEntry)?]
    let dates: [DateSpan]
    let codes: [DocumentCodeSpan]
    let mentions: [OrganisationMention]
    @exclusivity(unchecked) private(set) var periods: [PeriodSpan]
    /// Content positions of whole-area mentions opening a clause after ";" ("…; toàn công ty có 612
    /// người lao động"): a new statement, which ends the breakdown before it. In order.
    let wholeClauseStarts: [Int]
    /// The subject of each figure. Resolved once the document references are read (see
    /// `resolveSubjects(excluding:)`); until then it knows no organisation.
    private(set) var subjects: SubjectResolver
    /// Content positions inside dates, times, codes, names and periods.
    @exclusivity(unchecked) private(set) var blocked: [Bool]
    /// Content positions already used by a fact.
    @exclusivity(unchecked) var used: [Bool]

    init(analysis: TextAnalysis, lexicons: Lexicons) {
        self.analysis = analysis
        self.lexicons = lexicons
        numbers = NumberRecognizer.recognize(analysis, lexicons: lexicons)
        figures = Self.figures(numbers, analysis, lexicons: lexicons)
        var at = PositionIndex(count: analysis.contentTokens.count)
        for (i, f) in figures.enumerated() { at[f.position] = i; at[f.first] = i }
        figureAt = at
        var endingAt = PositionIndex(count: analysis.contentTokens.count)
        for (i, f) in figures.enumerated() where endingAt[f.last] == nil { endingAt[f.last] = i }
        figureEndingAt = endingAt
        listEnd = Self.listEnds(figures, figureAt: at, analysis)
        var markers: [(start: Int, length: Int)] = []
        for p in 0..<analysis.contentTokens.count {
            if let m = lexicons.breakdownMarkers.longestMatch(analysis, at: p) { markers.append((p, m.length)) }
        }
        breakdownMarkers = markers
        // Read once, not at every token (see `KeyConstant`).
        let semicolon = Keys.semicolon, comma = Keys.comma, da = Keys.da, clauseBreakKeys = Self.clauseBreakKeys
        var semicolons = [0]
        semicolons.reserveCapacity(analysis.contentTokens.count + 1)
        for index in analysis.contentTokens {
            semicolons.append(semicolons.last! + (analysis.tokens[index].hasKey(semicolon) ? 1 : 0))
        }
        semicolonsBefore = semicolons
        var clauseEnds: [Int] = [], das: [Int] = []
        clauseEnds.reserveCapacity(analysis.contentTokens.count)
        das.reserveCapacity(analysis.contentTokens.count)
        for (p, index) in analysis.contentTokens.enumerated() {
            // Both tests before appending: a token kept across an append would be retained.
            let t = analysis.tokens[index]
            let endsClause = clauseBreakKeys.contains(t) || t.hasKey(comma), isDa = t.hasKey(da)
            clauseEnds.append(endsClause ? p : clauseEnds.last ?? -1)
            das.append(isDa ? p : das.last ?? -1)
        }
        lastClauseEnd = clauseEnds
        lastDa = das
        unitAliases = Self.unitAliases(analysis, lexicons)
        units = Self.unitsByPosition(analysis, lexicons, unitAliases)
        dates = Self.mergingDates(DateRecognizer.recognize(analysis.scalars), WordedDateRecognizer.recognize(analysis, lexicons: lexicons))
        codes = DocumentCodeRecognizer.recognize(analysis.scalars)
        mentions = OrganisationRecognizer.recognize(analysis, lexicons: lexicons)
        periods = PeriodRecognizer.recognize(analysis, lexicons: lexicons)
        wholeClauseStarts = mentions.filter { $0.form == .whole && analysis.keyIs($0.firstPosition - 1, Keys.semicolon) }
            .map(\.firstPosition)
        subjects = SubjectResolver(analysis: analysis, mentions: [])
        let count = analysis.contentTokens.count
        blocked = Array(repeating: false, count: count)
        used = Array(repeating: false, count: count)
        var ranges: [(Int, Int)] = dates.map { ($0.start, $0.end) }
        ranges += DateRecognizer.times(analysis.scalars).map { ($0.start, $0.end) }
        ranges += Self.dayMonths(analysis)
        ranges += codes.map { ($0.start, $0.end) }
        ranges += mentions.map { ($0.start, $0.end) }
        ranges += periods.map { ($0.start, $0.end) }
        for (start, end) in ranges { block(start, end) }
    }

    /// Numbers grouped into ranges where two are joined by `đến`/`tới` after `từ`, or by a dash.
    /// A dash does not join a number that ends a unit's name ("Tiểu đoàn 1 – 58 đồng chí": the
    /// battalion's 58).
    static func figures(_ numbers: [NumberSpan], _ analysis: TextAnalysis, lexicons: Lexicons) -> [Figure] {
        var out: [Figure] = []
        var i = 0
        while i < numbers.count {
            let n = numbers[i]
            if i + 1 < numbers.count {
                let m = numbers[i + 1]
                let joiner = n.lastPosition + 1
                // "từ 30 đến 35", and "2 đến 3" without "từ" (not after a date or year word).
                let fromTo = (analysis.keyIs(joiner, Keys.den) || analysis.keyIs(joiner, Keys.toi))
                    && (analysis.keyIs(n.position - 1, Keys.tu) || !analysis.keyIs(n.position - 1, oneOf: dateWords))
                let dash = (analysis.keyIs(joiner, Keys.hyphen) || analysis.keyIs(joiner, Keys.enDash))
                    && !analysis.keyIs(m.lastPosition + 1, Keys.slash) && !analysis.keyIs(n.position - 1, Keys.slash)
                    && phraseEnding(at: n.position, in: analysis, table: lexicons.organisationHeads) == nil
                // "từ 10 đến 20 nghìn": a scale after the upper bound applies to the lower one too.
                let low = m.scale > 1 && n.scale == 1 && n.value * m.scale <= m.value ? n.value * m.scale : n.value
                if m.position == n.lastPosition + 2, fromTo || dash, m.value > low {
                    let first = fromTo && analysis.keyIs(n.position - 1, Keys.tu) ? n.position - 1 : n.position
                    out.append(Figure(first: first, position: n.position, last: m.lastPosition,
                                      value: low, valueMax: m.value, inWords: n.inWords))
                    i += 2
                    continue
                }
            }
            let value = writtenWithThousandsComma(n, analysis, lexicons: lexicons) ? n.value * 1000 : n.value
            out.append(Figure(first: n.position, position: n.position, last: n.lastPosition, value: value, valueMax: nil,
                              inWords: n.inWords))
            i += 1
        }
        return out
    }

    /// Whether a number written "1,126" counts people or party units right after it ("1,126 đảng
    /// viên", "2,615 quần chúng ưu tú"): whole things, so the comma groups thousands the English way
    /// rather than marking three decimals.
    static func writtenWithThousandsComma(_ n: NumberSpan, _ analysis: TextAnalysis, lexicons: Lexicons) -> Bool {
        guard !n.inWords, n.scale == 1, n.position == n.lastPosition, n.lastPosition + 1 < analysis.contentTokens.count
        else { return false }
        let key = analysis.tokens[analysis.contentTokens[n.position]].key.utf8
        // (Most numbers are shorter: asked first, without copying the key.)
        guard (5...7).contains(key.count) else { return false }
        var commaAt: Int?
        for (i, b) in key.enumerated() {
            if b == UInt8(ascii: ",") {
                guard commaAt == nil else { return false }
                commaAt = i
            } else if !(0x30...0x39).contains(b) {
                return false
            }
        }
        guard commaAt == key.count - 4, let unit = lexicons.units.longestMatch(analysis, at: n.lastPosition + 1) else { return false }
        return unit.value.role == .person || unit.value.role == .organisation
    }

    /// Words of a date: after one, "2 đến 3" without "từ" is no range ("ngày 2 đến 3 tháng 5").
    private static let dateWords: KeySet = [Keys.nam, Keys.ngay, Keys.thang, Keys.slash]

    /// The dates in digits and those written out, in text order (the few written out are rare:
    /// most texts have none, and the digits' list is returned as it is).
    static func mergingDates(_ digits: [DateSpan], _ words: [DateSpan]) -> [DateSpan] {
        guard !words.isEmpty else { return digits }
        let added = words.filter { w in !digits.contains { $0.start < w.end && w.start < $0.end } }
        return (digits + added).sorted { $0.start < $1.start }
    }

    /// Days and months without a year after a word of a day ("Ngày 12/3, 1.200 công nhân …",
    /// "Sáng 9/1"), as code point ranges: no figures (`DateRecognizer` reads dates with a year).
    static func dayMonths(_ analysis: TextAnalysis) -> [(Int, Int)] {
        let content = analysis.contentTokens
        guard content.count >= 4 else { return [] }
        var out: [(Int, Int)] = []
        func value(_ t: Token) -> Int? {
            t.kind == .number && t.end - t.start <= 2 ? Int(analysis.slice(t.start, t.end)) : nil
        }
        for p in 1..<(content.count - 2) where analysis.keyIs(p - 1, oneOf: dayWords) {
            let day = analysis.tokens[content[p]], slash = analysis.tokens[content[p + 1]], month = analysis.tokens[content[p + 2]]
            guard slash.hasKey(Keys.slash), day.end == slash.start, slash.end == month.start,
                  let d = value(day), let m = value(month), (1...31).contains(d), (1...12).contains(m) else { continue }
            out.append((day.start, month.end))
        }
        return out
    }

    /// Words of a day or an occasion before its date (grammar): "ngày 12/3", "Sáng 9/1", "dịp 19/5",
    /// "Quốc khánh 2/9", "kỷ niệm 30/4".
    private static let dayWords: KeySet = [Keys.ngay, KeyConstant(folding: "sáng"), KeyConstant(folding: "chiều"),
                                           KeyConstant(folding: "tối"), KeyConstant(folding: "trưa"), KeyConstant(folding: "đêm"),
                                           KeyConstant(folding: "hôm"), Keys.dip, Keys.dot, KeyConstant(folding: "khánh"),
                                           KeyConstant(folding: "niệm")]

    /// Separators that continue a list or range of numbers ("16, 17 năm", "30 - 40", "2 và 3").
    static let listSeparators: KeySet = [Keys.comma, Keys.hyphen, Keys.enDash, Keys.va, Keys.den]

    /// For each figure, the last position of the chain of figures joined by `listSeparators` that
    /// starts with it; built from the end, in one pass.
    static func listEnds(_ figures: [Figure], figureAt: PositionIndex, _ analysis: TextAnalysis) -> [Int] {
        let content = analysis.contentTokens
        var ends = figures.map(\.last)
        for i in figures.indices.reversed() {
            WorkCounter.tick()
            let q = figures[i].last
            if q + 2 < content.count, listSeparators.contains(analysis.tokens[content[q + 1]]),
               let next = figureAt[q + 2], next > i {
                ends[i] = ends[next]
            }
        }
        return ends
    }

    /// Resolves the subjects of the article's organisation mentions, leaving out those inside
    /// `excluded` (code point ranges: the issuers and titles of document references).
    func resolveSubjects(excluding excluded: [Range<Int>]) {
        subjects = SubjectResolver(analysis: analysis, mentions: mentions, excluded: excluded)
    }

    /// Whether a new statement about a whole area opens between two content positions (see
    /// `wholeClauseStarts`).
    func wholeClauseOpens(after start: Int, before end: Int) -> Bool {
        let i = wholeClauseStarts.partitioningIndex { $0 > start }
        return i < wholeClauseStarts.count && wholeClauseStarts[i] < end
    }

    /// The nearest breakdown marker that ends at or before content position `position`, as its
    /// start, or nil.
    func breakdownMarker(before position: Int) -> Int? {
        var i = breakdownMarkers.partitioningIndex { $0.start >= position } - 1
        while i >= 0 && breakdownMarkers[i].start + breakdownMarkers[i].length > position {
            WorkCounter.tick()
            i -= 1
        }
        return i >= 0 ? breakdownMarkers[i].start : nil
    }

    /// The end (content position after it) of the organisation mention starting at `p`, if any.
    func mentionEnd(startingAt p: Int) -> Int? {
        mention(startingAt: p)?.endPosition
    }

    /// The organisation mention that starts at content position `p`, if one does.
    func mention(startingAt p: Int) -> OrganisationMention? {
        let i = mentions.partitioningIndex { $0.firstPosition >= p }
        return i < mentions.count && mentions[i].firstPosition == p ? mentions[i] : nil
    }

    /// The index of the last organisation mention starting before `p`, when it ends right at `p`.
    func mentionIndex(endingAt p: Int) -> Int? {
        let i = mentions.partitioningIndex { $0.firstPosition >= p } - 1
        return i >= 0 && mentions[i].endPosition == p ? i : nil
    }

    /// Forgets the periods in document references with their issuers and titles (code point
    /// ranges): a time in a title ("Quy định số 124-QĐ/TW … về kiểm điểm và đánh giá, xếp loại chất
    /// lượng hằng năm") is no figure's. (Their verbs still count: "ban hành Nghị quyết số 07-NQ/ĐU
    /// về … phát triển đảng viên …, mỗi khu phố kết nạp ít nhất 1 đảng viên".)
    func forgetPeriods(in extents: [Range<Int>]) {
        guard !extents.isEmpty else { return }
        periods.removeAll { period in extents.contains { $0.contains(period.start) } }
    }

    /// Marks the content positions whose tokens overlap `start..<end` as blocked.
    private func block(_ start: Int, _ end: Int) {
        var p = position(atOrAfter: start)
        let content = analysis.contentTokens
        while p < content.count && analysis.tokens[content[p]].start < end {
            WorkCounter.tick()
            blocked[p] = true
            p += 1
        }
    }

    /// The first content position whose token ends after `offset`.
    func position(atOrAfter offset: Int) -> Int { analysis.position(atOrAfter: offset) }

    /// The first content position of the hedge that ends right before `p` ("gần", "trên", "ít
    /// nhất"), or `p` when there is none: where a figure's words begin.
    func hedgeStart(_ p: Int) -> Int {
        phraseEnding(at: p, in: analysis, table: lexicons.qualifiersBefore)?.start ?? p
    }

    /// Whether a line ends between content positions `p` and `p + 1`.
    func lineBreak(after p: Int) -> Bool { analysis.lineBreak(after: p) }

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
        let hasAliases = !aliases.isEmpty  // most texts define none: no string hashed per token
        let aliasKeys = KeySet(aliases.keys)  // tested by the token's hash first
        for p in 0..<analysis.contentTokens.count {
            if let m = lexicons.units.longestMatch(analysis, at: p) { out.append(m); continue }
            if hasAliases, case let token = analysis.tokens[analysis.contentTokens[p]], aliasKeys.contains(token),
               let alias = aliases[token.key] { out.append((1, alias)); continue }
            out.append(nil)
        }
        return out
    }

    /// Abbreviations defined in the text for counted nouns: "<noun> (<ABBR>)".
    static func unitAliases(_ analysis: TextAnalysis, _ lexicons: Lexicons) -> [String: UnitEntry] {
        var aliases: [String: UnitEntry] = [:]
        let content = analysis.contentTokens
        func token(_ p: Int) -> Token { analysis.tokens[content[p]] }
        let opening = Keys.openingBracket, closing = Keys.closingBracket  // read once (see `KeyConstant`)
        for p in 0..<content.count where token(p).hasKey(opening) && p + 2 < content.count && token(p + 2).hasKey(closing) {
            WorkCounter.tick()
            let abbr = analysis.text(of: token(p + 1))
            guard token(p + 1).kind == .word, abbr.count >= 2, abbr.count <= 8,
                  abbr.unicodeScalars.allSatisfy({ $0.isUppercaseLetter }) else { continue }
            // The longest noun phrase that ends right before the bracket.
            if let m = phraseEnding(at: p, in: analysis, table: lexicons.units) { aliases[token(p + 1).key] = m.value }
        }
        return aliases
    }

    /// Marks the content positions of the figure at `position` as used by a fact.
    func markUsed(figureAt position: Int) {
        guard let i = figureAt[position] else { return }
        for q in figures[i].first...figures[i].last { used[q] = true }
    }

    /// Whether a figure ends at content position `p`.
    func isFigureEnd(_ p: Int) -> Bool {
        figureEndingAt[p] != nil
    }

    func token(_ p: Int) -> Token {
        WorkCounter.tick()
        return analysis.tokens[analysis.contentTokens[p]]
    }
    func key(_ p: Int) -> String { p >= 0 && p < analysis.contentTokens.count ? token(p).key : "" }
    /// Whether the token at content position `p` has the key `constant` (false outside the text).
    @inline(__always)
    func keyIs(_ p: Int, _ constant: KeyConstant) -> Bool {
        p >= 0 && p < analysis.contentTokens.count && token(p).hasKey(constant)
    }
    /// Whether the key of the token at content position `p` is in `set` (false outside the text).
    @inline(__always)
    func keyIs(_ p: Int, oneOf set: KeySet) -> Bool {
        p >= 0 && p < analysis.contentTokens.count && set.contains(token(p))
    }
    var positionCount: Int { analysis.contentTokens.count }

    /// Clause punctuation.
    static let clauseBreaks: Set<String> = [";", ".", "!", "?", ":", "…"]
    static let clauseBreakKeys = KeySet(clauseBreaks)

    /// Whether the number at `position` ends a clause-free stretch: clause punctuation at `p`.
    func isClauseBreak(_ p: Int) -> Bool {
        p >= 0 && p < positionCount && Self.clauseBreakKeys.contains(token(p))
    }

    /// Whether content position `p` holds clause punctuation or a comma (`isClauseBreak(p)` or ","),
    /// read from `lastClauseEnd` without looking at the token.
    func isClauseBreakOrComma(_ p: Int) -> Bool {
        p >= 0 && p < positionCount && lastClauseEnd[p] == p
    }

    /// Whether `p` and `q` are in the same sentence.
    func sameSentence(_ p: Int, _ q: Int) -> Bool {
        analysis.contentSentence[p] == analysis.contentSentence[q]
    }

    /// The longest sentence reported whole in evidence, in code points; see `sentenceText`.
    static let maximumSentenceLength = 2_000
    /// How much of a longer sentence is reported on each side of the evidence, in code points.
    static let sentenceContext = 500

    /// The text of the sentence holding the evidence `start..<end`, without the spaces around it.
    ///
    /// A sentence longer than `maximumSentenceLength` (a table or a list flattened into one line, a
    /// page without full stops) is cut to the words within `sentenceContext` code points of the
    /// evidence: otherwise each of its many facts would carry it whole, and output and time would
    /// grow with the square of its length.
    func sentenceText(around start: Int, _ end: Int) -> String {
        let index = analysis.sentenceIndex(at: start)
        let r = analysis.sentences[index]
        var first = r.lowerBound, last = r.upperBound
        // Each piece of text is sliced once, however many facts it holds: a sentence of ordinary
        // length whole; a longer one by windows on a fixed grid, the window holding the evidence.
        var key = index << 20
        var grid = false
        if last - first > Self.maximumSentenceLength {
            let cell = (start - first) / Self.sentenceContext
            let lower = max(first, first + cell * Self.sentenceContext - Self.sentenceContext / 2)
            let upper = min(last, first + (cell + 1) * Self.sentenceContext + Self.sentenceContext / 2)
            guard end <= upper else { return Self.window(analysis, first, last, start, end) }
            key |= cell + 1
            grid = true
            (first, last) = (lower, upper)
        }
        if let known = sentenceMemo.texts[key] { return known }
        let text = grid ? Self.window(analysis, first, last, first, last) : Self.window(analysis, first, last, -1, -1)
        sentenceMemo.texts[key] = text
        return text
    }

    /// The text of `first..<last`, cut to whole words when it is a window into a longer sentence
    /// (keeping `start..<end`), without the spaces at its ends.
    private static func window(_ analysis: TextAnalysis, _ lower: Int, _ upper: Int, _ start: Int, _ end: Int) -> String {
        let s = analysis.scalars
        var a = lower, b = upper
        if start == lower && end == upper {
            // A grid window: move the edges to word boundaries, inwards.
            if a > 0 { while a < b && !s[a - 1].isWhitespace { a += 1 } }
            if b < s.count { while b > a && !s[b].isWhitespace { b -= 1 } }
            if b <= a { (a, b) = (lower, upper) }
        }
        while a < b && s[a].isWhitespace { a += 1 }
        while b > a && s[b - 1].isWhitespace { b -= 1 }
        return analysis.slice(a, b)
    }

    /// Sentence texts already sliced for evidence, by sentence index.
    final class SentenceMemo: @unchecked Sendable {
        /// Keyed by sentence index (shifted) and grid window (0 for a whole sentence).
        @exclusivity(unchecked) var texts: [Int: String] = [:]
    }

    /// The texts of sentences that hold evidence (one per article; rules run on one thread).
    let sentenceMemo = SentenceMemo()

    /// What `isNotFigure` found from the text at each position: -1 not yet asked, 0 a figure,
    /// 1 not one.
    final class NotFigureMemo: @unchecked Sendable {
        @exclusivity(unchecked) var known: [Int8] = []
    }

    /// Answers of `isNotFigure` (one per article; rules run on one thread).
    let notFigureMemo = NotFigureMemo()

    /// The introductions of the article's lists, read once for the count rule and `PlanScope`.
    lazy var listIntros = ListIntros(analysis)

    /// Evidence for the text between two content positions (inclusive).
    func evidence(from first: Int, to last: Int) -> Evidence {
        let start = token(first).start, end = token(last).end
        return Evidence(text: analysis.slice(start, end), sentence: sentenceText(around: start, end), start: start, end: end)
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

/// Runs the fact rules over an analysed text: document references, percentages, training, then
/// counts (so that numbers used by one rule are not read again by the next), then merges repeats.
enum FactExtractor {
    /// - Parameter headlineEnd: code point offset where the headline (title line) ends, or 0.
    static func facts(in analysis: TextAnalysis, lexicons: Lexicons, headlineEnd: Int = 0) -> [Fact] {
        let ctx = FactContext(analysis: analysis, lexicons: lexicons)
        var facts = DocumentRefRule.apply(ctx)
        let percents = PercentRecognizer.recognize(analysis, numbers: ctx.numbers)
        facts += PercentageRule.apply(ctx, percents: percents)
        facts += TrainingRule.apply(ctx)
        facts += CountRule.apply(ctx)
        facts = withoutRetractions(facts, ctx)
        facts = withoutSlips(facts, ctx)
        facts = PlanScope.apply(facts, ctx)
        let subheadings = subheadings(analysis, after: headlineEnd)
        // A subheading's figure may state one of the paragraph under it, as a bullet heading's does
        // ("Quỳnh Xá: Kết nạp 02 đảng viên trẻ", then "Chi bộ QTDND Quỳnh Xá … kết nạp 02 đảng viên").
        let headings = (figureHeadings(analysis, after: headlineEnd) + subheadings).sorted { $0.lowerBound < $1.lowerBound }
        let merged = FactMerger.merge(facts, restatementEnd: headlineEnd,
                                      subheadings: subheadings + captions(analysis, after: headlineEnd),
                                      lead: lead(analysis, after: headlineEnd),
                                      figureHeadings: headings)
        return FactMerger.mergeAnswered(merged, exchanges: exchanges(ctx, after: headlineEnd))
    }

    /// The questions after the headline and the answers after them. A question is a line that opens
    /// with an interviewer's label and a colon ("PV:", "Hỏi:", `corrections.tsv` role `asker`) or
    /// that ends with "?" (before closing quotes or brackets); its answer runs to the next question,
    /// over at most `answerLines` lines with text. An article with two questions or more reads as an
    /// interview: there, an answer's correction words (role `answer`) are looked for.
    static func exchanges(_ ctx: FactContext, after headlineEnd: Int) -> [FactMerger.Exchange] {
        let analysis = ctx.analysis, lines = analysis.lines, scalars = analysis.scalars
        var questions: [Int] = [], texts: [Int] = []
        for i in lines.starts.indices {
            let range = lines.range(ofLine: i)
            guard range.lowerBound >= headlineEnd,
                  let first = scalars[range].firstIndex(where: { $0 != " " && $0 != "\t" }),
                  var last = scalars[range].lastIndex(where: { $0 != " " && $0 != "\t" })
            else { continue }
            texts.append(i)
            while last > first, closers.contains(scalars[last]) { last -= 1 }
            var asked = scalars[last] == "?"
            if !asked {
                var p = ctx.position(atOrAfter: first)
                if p < ctx.positionCount, ctx.token(p).kind == .punct { p += 1 }
                if p < ctx.positionCount, ctx.token(p).start < range.upperBound,
                   let label = ctx.lexicons.interviewAskers.longestMatch(analysis, at: p) {
                    asked = ctx.keyIs(p + label.length, Keys.colon)
                }
            }
            if asked { questions.append(i) }
        }
        guard !questions.isEmpty else { return [] }
        let interview = questions.count >= 2
        var out: [FactMerger.Exchange] = []
        var t = 0  // the first line with text after the question (both lists are in order)
        for (k, q) in questions.enumerated() {
            let next = k + 1 < questions.count ? questions[k + 1] : lines.starts.count
            while t < texts.count && texts[t] <= q { t += 1 }
            var u = t
            while u < texts.count && texts[u] < next && u - t < answerLines { u += 1 }
            guard u > t else { continue }
            let last = texts[u - 1]
            let answer = lines.range(ofLine: q + 1).lowerBound..<lines.range(ofLine: last).upperBound
            var correction: Int?
            if interview {
                var p = ctx.position(atOrAfter: answer.lowerBound)
                while p < ctx.positionCount, ctx.token(p).start < answer.upperBound {
                    if ctx.lexicons.answerCorrections.longestMatch(analysis, at: p) != nil {
                        correction = ctx.token(p).start
                        break
                    }
                    p += 1
                }
            }
            out.append(FactMerger.Exchange(question: lines.range(ofLine: q), answer: answer, correction: correction))
        }
        return out
    }

    /// The most lines with text an answer runs over.
    static let answerLines = 3

    /// Closing quotes and brackets after a question mark.
    private static let closers: Set<Unicode.Scalar> = ["\"", "\u{201D}", "\u{2019}", "'", ")", "\u{BB}", "]"]

    /// `facts` without the figures a speaker takes back: "kết nạp được 45 đảng viên mới... xin nói lại,
    /// không phải 45 mà là 54 đồng chí" drops the 45 (a `slip` word of `corrections.tsv`, the figure,
    /// "mà", another figure; the facts of the first figure's value before it, in its sentence or the
    /// one before).
    static func withoutSlips(_ facts: [Fact], _ ctx: FactContext) -> [Fact] {
        let analysis = ctx.analysis
        var taken: [(value: Double, before: Int, from: Int)] = []
        // ("mà" after the figure first: a key test, cheaper than the phrase lookup.)
        for figure in ctx.figures where figure.first > 0 && ctx.keyIs(figure.last + 1, Keys.maThat) {
            guard let slip = phraseEnding(at: figure.first, in: analysis, table: ctx.lexicons.slipWords) else { continue }
            var next = figure.last + 2
            if ctx.keyIs(next, Keys.la) { next += 1 }
            guard let i = ctx.figureAt[next], ctx.figures[i].first == next, ctx.figures[i].value != figure.value else { continue }
            let sentence = analysis.sentenceIndex(ofContent: slip.start)
            let from = analysis.sentences[max(0, sentence - 1)].lowerBound
            taken.append((figure.value, ctx.token(slip.start).start, from))
        }
        guard !taken.isEmpty else { return facts }
        return facts.filter { fact in
            !taken.contains { $0.value == fact.value && fact.evidence.start >= $0.from && fact.evidence.start < $0.before }
        }
    }

    /// `facts` without those of correction notices that add nothing (`corrections.tsv`): a line
    /// opening with "Đính chính" is a notice; its figures in a sentence with a retraction word ("ghi
    /// nhầm … là 321") are the wrong ones printed before, and its others ("Số liệu đúng là 312")
    /// restate the article's own when a fact outside the notice has the same value. An editor's note
    /// ("Ghi chú của Tòa soạn: Trong thư gốc, bạn đọc ghi …") loses only its retracted figures.
    static func withoutRetractions(_ facts: [Fact], _ ctx: FactContext) -> [Fact] {
        let analysis = ctx.analysis, lines = analysis.lines
        // The lines of notices, and whether each corrects (an editor's note only retracts).
        var notices: [(line: Range<Int>, corrects: Bool)] = []
        // A heading that is the opener alone ("ĐÍNH CHÍNH") makes the next line with text a notice.
        var headingOpened: Bool?
        for i in lines.starts.indices {
            let line = lines.range(ofLine: i)
            let p = ctx.position(atOrAfter: line.lowerBound)
            guard p < ctx.positionCount, ctx.token(p).start < line.upperBound else { continue }
            if let corrects = headingOpened { notices.append((line, corrects)); headingOpened = nil; continue }
            // After a list mark or a footnote's mark ("* Đính chính: …", "(*) Đính chính: …").
            var q = p
            while q - p < 3 && ctx.token(q).kind == .punct && q + 1 < ctx.positionCount && ctx.token(q + 1).start < line.upperBound { q += 1 }
            if let opener = ctx.lexicons.correctionOpeners.longestMatch(analysis, at: q) {
                notices.append((line, opener.value))
                var end = q + opener.length
                if end < ctx.positionCount, ctx.keyIs(end, Keys.colon) { end += 1 }
                if end >= ctx.positionCount || ctx.token(end).start >= line.upperBound { headingOpened = opener.value }
            }
        }
        guard !notices.isEmpty else { return facts }
        func notice(of fact: Fact) -> Int? { notices.firstIndex { $0.line.contains(fact.evidence.start) } }
        func retracted(_ fact: Fact) -> Bool {
            let sentence = analysis.sentences[analysis.sentenceIndex(at: fact.evidence.start)]
            var p = ctx.position(atOrAfter: sentence.lowerBound)
            while p < ctx.positionCount && ctx.token(p).start < sentence.upperBound {
                // (Not the words of the opener: "Ghi chú của Tòa soạn".)
                if let opener = ctx.lexicons.correctionOpeners.longestMatch(analysis, at: p) { p += opener.length; continue }
                if ctx.lexicons.retractionWords.longestMatch(analysis, at: p) != nil { return true }
                p += 1
            }
            return false
        }
        let valuesOutside = Set(facts.filter { notice(of: $0) == nil }.compactMap(\.value))
        var kept: [Fact] = []
        // The last retracted count of each notice: "… ghi Đảng bộ xã A kết nạp 61 đảng viên. Số liệu
        // đúng là 16 đảng viên": the right figure counts what the wrong one counted.
        var lastRetracted: [Int: Fact] = [:]
        for var fact in facts {
            guard let n = notice(of: fact) else { kept.append(fact); continue }
            if retracted(fact) {
                if fact.kind == .count { lastRetracted[n] = fact }
                continue
            }
            guard notices[n].corrects else { kept.append(fact); continue }
            if fact.value.map({ valuesOutside.contains($0) }) ?? false { continue }
            if fact.kind == .count, let wrong = lastRetracted[n], wrong.unit == fact.unit, wrong.value != fact.value {
                fact.measure = wrong.measure
                fact.subject = wrong.subject
                fact.subjectExplicit = wrong.subjectExplicit
                fact.period = fact.period ?? wrong.period
                fact.modality = wrong.modality
            }
            kept.append(fact)
        }
        return kept
    }

    /// Bullet lines that head a paragraph with a figure and a few words ("- 412 đảng viên mới",
    /// "• 98,1% tổ sản xuất có đảng viên"), as "figures that stand out" pieces print them: a
    /// bullet, a figure, two to eight words, ending on a word or "%" (not on a list's punctuation).
    static func figureHeadings(_ analysis: TextAnalysis, after headlineEnd: Int) -> [Range<Int>] {
        let scalars = analysis.scalars
        // The bullet counts as a word: three to nine.
        return lines(analysis, after: headlineEnd, words: 3...9) { first, last in
            OrganisationRecognizer.listMarks.contains(scalars[first]) && first + 2 <= last && scalars[first + 1] == " "
                && scalars[first + 2].properties.numericType != nil
                && (scalars[last].properties.isAlphabetic || scalars[last] == "%")
        }
    }

    /// Lines after the headline that read as subheadings ("Báo cáo tại hội nghị: hơn một nghìn mô
    /// hình, cách làm hay"): three to twenty words, opening with a capital letter and ending on a
    /// word (not on a sentence's or a list's punctuation, nor on a figure as a row of a table does).
    static func subheadings(_ analysis: TextAnalysis, after headlineEnd: Int) -> [Range<Int>] {
        let scalars = analysis.scalars
        return lines(analysis, after: headlineEnd, words: 3...20) { first, last in
            scalars[first].properties.isUppercase && (scalars[last].properties.isAlphabetic || scalars[last] == "\u{201D}")
        }
    }

    /// The lead (sapo): the first line after the headline long enough to be a paragraph (fifteen
    /// words or more) and short enough to be a lead (`leadLength`). Like a headline, it may restate
    /// a body figure, rounded ("Hơn 180 hộ làm bún" for the 186 households told below).
    static func lead(_ analysis: TextAnalysis, after headlineEnd: Int) -> Range<Int>? {
        let scalars = analysis.scalars
        let first = lines(analysis, after: headlineEnd, words: 15...Int.max, limit: 1) { first, _ in
            !OrganisationRecognizer.listMarks.contains(scalars[first])
        }.first
        return first.flatMap { $0.count <= leadLength ? $0 : nil }
    }

    /// The most code points a lead has (some 150 words). A longer first paragraph is the body
    /// itself (its figures are compared with each other as repeats, not as restatements).
    static let leadLength = 1_000

    /// Photo captions after the headline ("Ảnh: Hơn 3.400 công nhân Công ty … làm việc theo hai ca"):
    /// like a headline, they may restate a body figure, rounded.
    static func captions(_ analysis: TextAnalysis, after headlineEnd: Int) -> [Range<Int>] {
        let scalars = analysis.scalars
        return lines(analysis, after: headlineEnd, words: 1...Int.max) { first, last in
            HTMLText.isCaption(scalars[first...last])
        }
    }

    /// The lines starting at or after `headlineEnd` whose text, trimmed of spaces and tabs to the
    /// code points `first...last`, `matches`, and holds a number of words in `words`.
    private static func lines(_ analysis: TextAnalysis, after headlineEnd: Int, words: ClosedRange<Int>, limit: Int = .max,
                              where matches: (_ first: Int, _ last: Int) -> Bool) -> [Range<Int>] {
        let lines = analysis.lines, scalars = analysis.scalars
        var out: [Range<Int>] = []
        for i in lines.starts.indices where out.count < limit {
            let range = lines.range(ofLine: i)
            guard range.lowerBound >= headlineEnd,
                  let first = scalars[range].firstIndex(where: { $0 != " " && $0 != "\t" }),
                  let last = scalars[range].lastIndex(where: { $0 != " " && $0 != "\t" }),
                  matches(first, last)
            else { continue }
            var count = 1
            for k in first..<last where scalars[k] == " " && scalars[k + 1] != " " { count += 1 }
            if words.contains(count) { out.append(range) }
        }
        return out
    }
}

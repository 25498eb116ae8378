/// Builds `document_ref` facts from document codes: the type named before (`Chỉ thị số`), or from the
/// code's letters; the date after (`, ngày 21/01/2019`); the issuer (`của Ban Bí thư …`) and title
/// (`về …`) that follow.
enum DocumentRefRule {
    /// Whether a licence ("Giấy phép … số 123/GP-BTTTT") names the code: an ignored type within a
    /// few words before it, with no other document type between.
    static func ignored(_ ctx: FactContext, before p: Int) -> Bool {
        var e = p
        while e > 0 && p - e <= 8 && ctx.sameSentence(e - 1, p) && !ctx.isClauseBreak(e - 1) {
            if phraseEnding(at: e, in: ctx.analysis, table: ctx.lexicons.ignoredDocumentTypes) != nil { return true }
            if e < p && phraseEnding(at: e, in: ctx.analysis, table: ctx.lexicons.documentTypes) != nil { return false }
            e -= 1
        }
        return false
    }

    /// The issue date given before the document: "Ngày 21/01/2019, Ban Bí thư ban hành Chỉ thị số
    /// 28-CT/TW" — a full date earlier in the sentence with "ban hành" between it and the type.
    static func issueDateBefore(_ ctx: FactContext, typeStart: Int) -> String? {
        let typeOffset = ctx.token(typeStart).start
        let sentence = ctx.analysis.sentenceIndex(at: typeOffset)
        // Dates and codes are in text order and do not overlap: bisect, then walk back through the
        // sentence only.
        var d = ctx.dates.partitioningIndex { $0.end > typeOffset } - 1
        while d >= 0 && ctx.dates[d].day == nil && ctx.analysis.sentenceIndex(at: ctx.dates[d].start) == sentence {
            WorkCounter.tick()
            d -= 1
        }
        guard d >= 0, ctx.analysis.sentenceIndex(at: ctx.dates[d].start) == sentence else { return nil }
        let date = ctx.dates[d]
        let between = FoldedKey.fold(ctx.analysis.slice(date.end, typeOffset))
        let code = ctx.codes.partitioningIndex { $0.start >= date.end }
        guard between.contains(Self.issued), !(code < ctx.codes.count && ctx.codes[code].start < typeOffset)
        else { return nil }
        return date.iso
    }

    private static let issued = FoldedKey.fold("ban hành")

    /// Whether the text between a code and a date holds only spaces, commas and "ngày".
    static func onlyDateLead(_ text: String) -> Bool {
        var rest = Substring(FoldedKey.fold(text))
        while let c = rest.first {
            if rest.hasPrefix(Keys.ngay.key) { rest = rest.dropFirst(Keys.ngay.key.count); continue }
            guard c == " " || c == "," || c == "(" else { return false }
            rest = rest.dropFirst()
        }
        return true
    }

    static func apply(_ ctx: FactContext) -> [Fact] {
        var facts: [Fact] = []
        var extents: [Range<Int>] = []
        for code in ctx.codes {
            let first = ctx.position(atOrAfter: code.start)
            let last = ctx.position(atOrAfter: code.end - 1)
            var start = first
            var typeBefore = first
            if typeBefore > 0 && ctx.keyIs(typeBefore - 1, Keys.so) { typeBefore -= 1 }
            var docType: String?
            if ignored(ctx, before: typeBefore) { continue }
            if let t = phraseEnding(at: typeBefore, in: ctx.analysis, table: ctx.lexicons.documentTypes) {
                docType = ctx.analysis.slice(ctx.token(t.start).start, ctx.token(typeBefore - 1).end)
                docType = t.value.count == docType!.count ? t.value : docType
                start = t.start
            } else if let letters = code.typeLetters {
                docType = ctx.lexicons.documentTypeByLetters[letters]
            }
            // "…, không phải Kết luận số 12-KL/TU": the wrong reference, denied.
            if ctx.isDenied(start) { continue }
            let (fact, extent) = reference(ctx, start: start, last: last, figure: code.start..<code.end, docType: docType,
                                           number: code.number)
            facts.append(fact)
            extents.append(extent)
        }
        for short in shortForms(ctx) {
            let (fact, extent) = reference(ctx, start: short.start, last: short.last, figure: short.figure,
                                           docType: short.docType, number: short.number)
            facts.append(fact)
            extents.append(extent)
        }
        facts.sort { $0.evidence.start < $1.evidence.start }
        // Organisations named as issuers or in titles are not what the article's figures are about.
        ctx.resolveSubjects(excluding: extents)
        ctx.forgetPeriods(in: extents)
        return facts
    }

    /// A document reference from its type (content positions `start`…) through its number (…`last`),
    /// with the date, issuer and title that follow; and the extent it covers.
    private static func reference(_ ctx: FactContext, start: Int, last: Int, figure: Range<Int>, docType: String?,
                                  number: String) -> (Fact, Range<Int>) {
        var last = last
        var fact = Fact(kind: .documentRef, evidence: ctx.evidence(from: start, to: last))
        fact.figure = figure
        fact.docType = docType
        fact.number = number
        // The date: right after the number, through "," and "ngày" (also glued: "ngày12/4/2021").
        var q = last + 1
        let next = ctx.dates.partitioningIndex { $0.start >= figure.upperBound }
        if next < ctx.dates.count, case let date = ctx.dates[next], date.start - figure.upperBound <= 12, date.day != nil,
           Self.onlyDateLead(ctx.analysis.slice(figure.upperBound, date.start)) {
            fact.date = date.iso
            last = ctx.position(atOrAfter: date.end - 1)
            q = last + 1
        }
        if fact.date == nil, let issued = issueDateBefore(ctx, typeStart: start) { fact.date = issued }
        if ctx.keyIs(q, Keys.comma) { q += 1 }
        if ctx.keyIs(q, Keys.cua) {
            var r = q + 1
            while r < ctx.positionCount && r - q <= 15 && !ctx.isClauseBreakOrComma(r) && !ctx.keyIs(r, Keys.ve)
                    && ctx.sameSentence(r, q) {
                r += 1
            }
            fact.issuer = ctx.text(from: q + 1, to: r)
            q = r
        }
        if ctx.keyIs(q, Keys.ve) {
            var r = q + 1
            while r < ctx.positionCount && r - q <= 40 && !ctx.isClauseBreak(r) && ctx.sameSentence(r, q)
                    && !(ctx.keyIs(r, Keys.comma) && r + 1 < ctx.positionCount
                         // ", Chỉ thị số …": the next document; ", Hội Người cao tuổi xã còn vận động …":
                         // the main clause after a reference that opened the sentence.
                         // ", chi bộ chuyển sang sinh hoạt …": a party body in lower case, too.
                         // ", năm học qua nhà trường đã mở …": a period opens the main clause.
                         // ", 18,4% số chi bộ …": so does a figure.
                         && (ctx.lexicons.documentTypes.longestMatch(ctx.analysis, at: r + 1) != nil
                             || ctx.isCountingFigure(at: r + 1)
                             || ctx.mentionEnd(startingAt: r + 1) != nil || ctx.periodStarts(at: r + 1)
                             || ctx.lexicons.organisationHeads.longestMatch(ctx.analysis, at: r + 1)?.value.kind == .party)) {
                r += 1
            }
            fact.title = ctx.text(from: q + 1, to: r)
            q = r
        }
        fact.evidence = ctx.evidence(from: start, to: last)
        return (fact, ctx.token(start).start..<ctx.token(max(last, min(q, ctx.positionCount) - 1)).end)
    }

    /// A document named by its type and a bare number, without a code: "Chỉ thị 05 của Bộ Chính
    /// trị", "Nghị quyết số 57". Not a programme's name ("Chương trình 135"). Only a number of at most three digits right after a capitalised type
    /// (and "số"), not part of a code, and not the number of a code in the article: "Chỉ thị 05"
    /// after "Chỉ thị số 05-CT/TW" is that document again.
    private static func shortForms(_ ctx: FactContext)
        -> [(start: Int, last: Int, figure: Range<Int>, docType: String, number: String)] {
        var out: [(start: Int, last: Int, figure: Range<Int>, docType: String, number: String)] = []
        // The leading numbers of the article's codes ("05" of "05-CT/TW"), made when first needed.
        var codeNumbers: Set<Substring>?
        for n in ctx.numbers where !n.inWords && n.position == n.lastPosition {
            WorkCounter.tick()
            let p = n.position
            guard (1...Self.shortNumberDigits).contains(n.end - n.start), p > 0,
                  ctx.analysis.scalars[n.start..<n.end].allSatisfy(\.isASCIIDigit) else { continue }
            // Not a code ("05-CT/TW"), a date or a list ("05/2024", "05, 06").
            if p + 1 < ctx.positionCount, ctx.token(p + 1).start == n.end,
               ctx.keyIs(p + 1, Keys.slash) || ctx.keyIs(p + 1, Keys.hyphen) || ctx.keyIs(p + 1, Keys.enDash) { continue }
            // Not a count or a duration ("Kế hoạch 5 năm", "Đề án 3 giai đoạn"); a date may follow
            // ("Chỉ thị 05 ngày 15/5/2016").
            if p + 1 < ctx.positionCount, ctx.token(p + 1).kind == .word {
                if ctx.unit(at: p + 1) != nil { continue }
                let dated = ctx.keyIs(p + 1, Keys.ngay) && p + 2 < ctx.positionCount && ctx.token(p + 2).kind == .number
                if !dated, ctx.lexicons.notFigureAfter.longestMatch(ctx.analysis, at: p + 1) != nil { continue }
            }
            let typeEnd = ctx.keyIs(p - 1, Keys.so) ? p - 1 : p
            guard let t = phraseEnding(at: typeEnd, in: ctx.analysis, table: ctx.lexicons.documentTypes),
                  ctx.token(t.start).isCapitalized, !ignored(ctx, before: typeEnd) else { continue }
            // "Chương trình 135" is a programme's name; "Chương trình số 12" a paper.
            if typeEnd == p && ctx.lexicons.programmeDocumentTypes.contains(t.value) { continue }
            let code = ctx.codes.partitioningIndex { $0.end > n.start }
            if code < ctx.codes.count && ctx.codes[code].start <= n.start { continue }  // inside a code
            if codeNumbers == nil {
                codeNumbers = Set(ctx.codes.map { $0.number.prefix { $0 != "-" && $0 != "/" } })
            }
            let digits = ctx.analysis.slice(n.start, n.end)
            if codeNumbers!.contains(Substring(digits)) { continue }
            out.append((t.start, p, n.start..<n.end, t.value, digits))
        }
        return out
    }

    /// The most digits of a document's bare number ("Quy định 144"); a longer number is a year or a count.
    static let shortNumberDigits = 3
}

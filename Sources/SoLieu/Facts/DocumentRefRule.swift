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
            var last = ctx.position(atOrAfter: code.end - 1)
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
            var fact = Fact(kind: .documentRef, evidence: ctx.evidence(from: start, to: last))
            fact.figure = code.start..<code.end
            fact.docType = docType
            fact.number = code.number
            // The date: right after the code, through "," and "ngày" (also glued: "ngày12/4/2021").
            var q = last + 1
            let next = ctx.dates.partitioningIndex { $0.start >= code.end }
            if next < ctx.dates.count, case let date = ctx.dates[next], date.start - code.end <= 12, date.day != nil,
               Self.onlyDateLead(ctx.analysis.slice(code.end, date.start)) {
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
                             && (ctx.lexicons.documentTypes.longestMatch(ctx.analysis, at: r + 1) != nil
                                 || ctx.mentionEnd(startingAt: r + 1) != nil)) {
                    r += 1
                }
                fact.title = ctx.text(from: q + 1, to: r)
                q = r
            }
            fact.evidence = ctx.evidence(from: start, to: last)
            facts.append(fact)
            extents.append(ctx.token(start).start..<ctx.token(max(last, min(q, ctx.positionCount) - 1)).end)
        }
        // Organisations named as issuers or in titles are not what the article's figures are about.
        ctx.resolveSubjects(excluding: extents)
        return facts
    }
}

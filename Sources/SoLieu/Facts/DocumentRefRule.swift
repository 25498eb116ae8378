/// Builds `document_ref` facts from document codes: the type named before (`Chỉ thị số`), or from the
/// code's letters; the date after (`, ngày 21/01/2019`); the issuer (`của Ban Bí thư …`) and title
/// (`về …`) that follow.
enum DocumentRefRule {
    /// Whether the text between a code and a date holds only spaces, commas and "ngày".
    static func onlyDateLead(_ text: String) -> Bool {
        let rest = FoldedKey.fold(text).replacingOccurrences(of: Keys.ngay, with: "")
        return rest.allSatisfy { $0 == " " || $0 == "," || $0 == "(" }
    }

    static func apply(_ ctx: inout FactContext) -> [Fact] {
        var facts: [Fact] = []
        var extents: [Range<Int>] = []
        for code in ctx.codes {
            let first = ctx.position(atOrAfter: code.start)
            var last = ctx.position(atOrAfter: code.end - 1)
            var start = first
            var typeBefore = first
            if typeBefore > 0 && ctx.key(typeBefore - 1) == Keys.so { typeBefore -= 1 }
            var docType: String?
            if phraseEnding(at: typeBefore, in: ctx.analysis, table: ctx.lexicons.ignoredDocumentTypes) != nil { continue }
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
            if let date = ctx.dates.first(where: { $0.start >= code.end && $0.start - code.end <= 12 }), date.day != nil,
               Self.onlyDateLead(ctx.analysis.slice(code.end, date.start)) {
                fact.date = date.iso
                last = ctx.position(atOrAfter: date.end - 1)
                q = last + 1
            }
            if ctx.key(q) == "," { q += 1 }
            if ctx.key(q) == Keys.cua {
                var r = q + 1
                while r < ctx.positionCount && r - q <= 15 && !ctx.isClauseBreak(r) && ctx.key(r) != Keys.ve
                        && ctx.key(r) != "," && ctx.sameSentence(r, q) {
                    r += 1
                }
                fact.issuer = ctx.text(from: q + 1, to: r)
                q = r
            }
            if ctx.key(q) == Keys.ve {
                var r = q + 1
                while r < ctx.positionCount && r - q <= 40 && !ctx.isClauseBreak(r) && ctx.sameSentence(r, q)
                        && !(ctx.key(r) == "," && r + 1 < ctx.positionCount && ctx.lexicons.documentTypes.longestMatch(ctx.analysis, at: r + 1) != nil) {
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
        ctx.subjects = SubjectResolver(analysis: ctx.analysis, mentions: ctx.mentions, excluded: extents)
        return facts
    }
}

/// A place named alone at the head of a sentence: after "Ở" or "Tại", by the name of an area named
/// before ("Ở Tiên Hưng, …" after "xã Tiên Hưng"), or as what an area word after "là" says it is
/// ("Bình Lãng là xã có 3 giáo xứ", "Mường Pồng từng là xã …"): a mention of that area, as written.
extension OrganisationRecognizer {
    /// Adds the mentions of such names, in order.
    static func addBareAreaNames(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis, lexicons: Lexicons) {
        let content = analysis.contentTokens
        guard !mentions.isEmpty, content.count > 1 else { return }
        // The names of the areas named so far (keys of their capitalised words) and their levels.
        var areas: [String: OrganisationLevel] = [:]
        var added: [OrganisationMention] = []
        var m = 0
        var startsMention = Set(mentions.map(\.firstPosition))
        for p in 0..<(content.count - 1) where analysis.keyIs(p, oneOf: openers) {
            WorkCounter.tick()
            while m < mentions.count && mentions[m].endPosition <= p {
                let named = mentions[m]
                if named.form == .named, isArea(named.level), let name = nameKeys(named, analysis) { areas[name] = named.level }
                m += 1
            }
            guard analysis.tokens[content[p]].isCapitalized, opensSentence(analysis, p), !startsMention.contains(p + 1) else { continue }
            var q = p + 1
            while q < content.count && analysis.tokens[content[q]].kind == .word && analysis.tokens[content[q]].isCapitalized { q += 1 }
            guard q > p + 1, q - p <= 5, analysis.keyIs(q, Keys.comma),
                  let level = areas[analysis.keys(from: p + 1, to: q)] else { continue }
            added.append(mention(analysis, p + 1, q, .named, level))
            startsMention.insert(p + 1)
        }
        added += placesNamedBefore(analysis, mentions: mentions, startsMention: &startsMention)
        added += namesSaidToBeAreas(analysis, lexicons: lexicons, startsMention: startsMention)
        added += lineLabels(analysis, mentions: mentions, startsMention: startsMention)
        guard !added.isEmpty else { return }
        // ("Xuân Đài Thượng là xã …": a head read inside the place's name, "Đài Thượng", is none.)
        let inside = mentions.filter { m in
            !added.contains { $0.firstPosition < m.firstPosition && m.endPosition <= $0.endPosition }
        }
        mentions = (inside + added).sorted { $0.start < $1.start }
    }

    /// "Minh Phú Thượng phát triển được 7 đảng viên", "…, ở Tân Hòa Lộc là 38,5%" after "Đảng bộ xã
    /// Minh Phú Thượng", "xã Tân Hòa Lộc": the name of an area named before (two words or more),
    /// alone, opening a sentence or a clause (after "," or ";", or after "và" that follows such a
    /// name) before a lower-case word or a figure, or after "ở" or "tại" inside one (a place of its
    /// sentence only). An area is named before by its head word, or in a list after one ("bốn xã A
    /// Lin, Tà Lao Thượng, Ba Tầng Trên và Hướng Linh Tây").
    private static func placesNamedBefore(_ analysis: TextAnalysis, mentions: [OrganisationMention],
                                          startsMention: inout Set<Int>) -> [OrganisationMention] {
        let content = analysis.contentTokens
        var areas: [String: OrganisationLevel] = [:]
        var found: [OrganisationMention] = []
        func isCapitalizedWord(_ p: Int) -> Bool {
            analysis.tokens[content[p]].kind == .word && analysis.tokens[content[p]].isCapitalized
        }
        // Areas named by a head word or listed after one, by the content position after the name.
        var named: [(end: Int, name: String, level: OrganisationLevel)] = []
        for m in mentions where m.form == .named && isArea(m.level) {
            guard let name = nameKeys(m, analysis) else { continue }
            named.append((m.endPosition, name, m.level))
            named += listedAfter(m, analysis)
        }
        named.sort { $0.end < $1.end }
        let mentionEnds = Set(mentions.map(\.endPosition))
        var n = 0
        var p = 1
        while p < content.count - 1 {
            defer { p += 1 }
            WorkCounter.tick()
            while n < named.count && named[n].end <= p {
                areas[named[n].name] = named[n].level
                n += 1
            }
            guard !areas.isEmpty, isCapitalizedWord(p), !startsMention.contains(p) else { continue }
            let afterLink = analysis.keyIs(p - 1, oneOf: openers) && !opensSentence(analysis, p - 1)
            // (Not a name listed after another place: "Đảng bộ các xã Yên Trạch, Đồng Quang và Khe Mo".)
            let afterPlace = mentionEnds.contains(p - 1) || found.last?.endPosition == p - 1
            let opensClause = opensSentence(analysis, p)
                || ((analysis.keyIs(p - 1, Keys.comma) || analysis.keyIs(p - 1, Keys.semicolon)) && !afterPlace)
                || (analysis.keyIs(p - 1, Keys.va) && found.last?.endPosition == p - 1)
            guard afterLink || opensClause else { continue }
            var q = p
            while q < content.count && q - p < 5 && isCapitalizedWord(q) { q += 1 }
            let next = q < content.count ? analysis.tokens[content[q]].kind : .punct
            guard q - p >= 2, q < content.count, let level = areas[analysis.keys(from: p, to: q)],
                  afterLink || ((next == .word || (next == .number && !opensSentence(analysis, p))) && !analysis.lineBreak(after: q - 1))
            else { continue }
            var place = mention(analysis, p, q, .named, level)
            place.carriesOver = !afterLink
            found.append(place)
            startsMention.insert(p)
            p = q - 1
        }
        return found
    }

    /// The names listed after a named area, each of its level: "Tà Lao Thượng", "Ba Tầng Trên" and
    /// "Hướng Linh Tây" after "xã A Lin" in "bốn xã A Lin, Tà Lao Thượng, Ba Tầng Trên và Hướng Linh
    /// Tây". Names of capitalised words only, joined by "," and a last "và", each ending with a
    /// comma, "và" or a lower-case word; a head word ends the list.
    private static func listedAfter(_ m: OrganisationMention, _ analysis: TextAnalysis)
        -> [(end: Int, name: String, level: OrganisationLevel)] {
        let content = analysis.contentTokens
        var listed: [(end: Int, name: String, level: OrganisationLevel)] = []
        var q = m.endPosition
        while q + 1 < content.count, analysis.keyIs(q, Keys.comma) || analysis.keyIs(q, Keys.va),
              analysis.sentenceIndex(ofContent: q) == analysis.sentenceIndex(ofContent: m.firstPosition) {
            WorkCounter.tick()
            let last = analysis.keyIs(q, Keys.va)
            var r = q + 1
            while r < content.count && r - q <= 5 && analysis.tokens[content[r]].kind == .word
                    && analysis.tokens[content[r]].isCapitalized && !analysis.lineBreak(after: r - 1) { r += 1 }
            guard r - q >= 3, r - q <= 5 else { break }  // two to four words
            listed.append((r, analysis.keys(from: q + 1, to: r), m.level))
            if last { break }
            q = r
        }
        // A list has a "và" before its last name; commas alone join other things ("xã A, Bình Định").
        return listed.count >= 2 || (listed.count == 1 && analysis.keyIs(m.endPosition, Keys.va)) ? listed : []
    }

    /// "Bình Lãng là xã …": capitalised words opening a sentence, then "là" (or "từng là", "vốn là")
    /// and a lower-case area word, which gives the place's level.
    private static func namesSaidToBeAreas(_ analysis: TextAnalysis, lexicons: Lexicons,
                                           startsMention: Set<Int>) -> [OrganisationMention] {
        let content = analysis.contentTokens
        var found: [OrganisationMention] = []
        func isCapitalizedWord(_ p: Int) -> Bool {
            analysis.tokens[content[p]].kind == .word && analysis.tokens[content[p]].isCapitalized
        }
        let la = Keys.la  // see `KeyConstant`
        for r in 1..<max(1, content.count - 1) where analysis.keyIs(r, la) {
            WorkCounter.tick()
            let end = analysis.keyIs(r - 1, oneOf: beforeLa) ? r - 1 : r
            var start = end
            while start > 0 && end - start < 4 && !opensSentence(analysis, start) && isCapitalizedWord(start - 1) { start -= 1 }
            guard start < end, opensSentence(analysis, start), !startsMention.contains(start),
                  !isCapitalizedWord(r + 1),
                  let area = lexicons.organisationHeads.longestMatch(analysis, at: r + 1), area.value.kind == .area
            else { continue }
            found.append(mention(analysis, start, end, .named, area.value.level))
        }
        return found
    }

    /// "* Phú Hòa: Trao Huy hiệu Đảng cho 14 đảng viên": a line after the first opening, after a
    /// list mark, with the bare name of a place the article names with its area word somewhere
    /// ("Đảng ủy xã Phú Hòa"), then a colon. The line is about that place; the name stays in its
    /// line only.
    private static func lineLabels(_ analysis: TextAnalysis, mentions: [OrganisationMention],
                                   startsMention: Set<Int>) -> [OrganisationMention] {
        let content = analysis.contentTokens
        var areas: [String: OrganisationLevel] = [:]
        for m in mentions where m.form == .named && isArea(m.level) {
            if let name = nameKeys(m, analysis), areas[name] == nil { areas[name] = m.level }
        }
        guard !areas.isEmpty else { return [] }
        var found: [OrganisationMention] = []
        // The first content position of each line after the first (not the headline: "Bắc Kạn: 6
        // tháng đầu năm kết nạp 418 đảng viên" restates the body).
        var p = 0
        for lineStart in analysis.lines.starts.dropFirst() {
            WorkCounter.tick()
            while p < content.count && analysis.tokens[content[p]].start < lineStart { p += 1 }
            guard p < content.count else { break }
            guard analysis.lineBreak(after: p - 1) else { continue }
            var first = p
            while first < content.count && analysis.tokens[content[first]].kind != .word && !analysis.lineBreak(after: first)
                && first - p < 2 { first += 1 }
            var q = first
            while q < content.count && q - first < 5 && analysis.tokens[content[q]].kind == .word
                && analysis.tokens[content[q]].isCapitalized { q += 1 }
            guard q > first + 1, analysis.keyIs(q, Keys.colon), !startsMention.contains(first),
                  let level = areas[analysis.keys(from: first, to: q)] else { continue }
            var m = mention(analysis, first, q, .named, level)
            m.carriesOver = false
            found.append(m)
        }
        return found
    }

    /// Words between a place's name and "là" ("từng là", "vốn là").
    private static let beforeLa: KeySet = [Keys.tung, Keys.von]

    /// Words that open a sentence with a place.
    private static let openers: KeySet = [Keys.o, Keys.tai]

    /// The keys of the capitalised words that end a named area ("Tiên Hưng" of "xã Tiên Hưng").
    private static func nameKeys(_ m: OrganisationMention, _ analysis: TextAnalysis) -> String? {
        var s = m.endPosition
        while s > m.firstPosition && analysis.tokens[analysis.contentTokens[s - 1]].isCapitalized
            && analysis.tokens[analysis.contentTokens[s - 1]].kind == .word { s -= 1 }
        guard s < m.endPosition, s > m.firstPosition else { return nil }
        return analysis.keys(from: s, to: m.endPosition)
    }

    /// Whether content position `p` opens a sentence.
    static func opensSentence(_ analysis: TextAnalysis, _ p: Int) -> Bool {
        p == 0 || analysis.sentenceIndex(ofContent: p)
            != analysis.sentenceIndex(ofContent: p - 1)
    }
}

/// Former units of a merger (`former_units.tsv`): the units a new one was made of are places in
/// its history, not what later figures are about.
extension OrganisationRecognizer {
    /// Marks as locators the units listed after a merge word ("được thành lập trên cơ sở sáp nhập
    /// phường Hưng Thạnh, phường Tân Phú và một phần phường Hưng Phú") and names followed by a
    /// former word ("xã Tân Phú cũ"). A merge word followed by a comma ("Sau sáp nhập, xã …") or by
    /// "vào" (the unit merged into) lists nothing; a list ends after its item joined by "và".
    static func markFormerUnits(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis, lexicons: Lexicons) {
        guard !mentions.isEmpty else { return }
        let count = analysis.contentTokens.count
        func sentence(_ p: Int) -> Int { Int(analysis.contentSentence[p]) }
        var mentionAt = PositionIndex(count: count)
        var former: [Int] = []
        var formerBareNames: [(end: Int, key: String)] = []
        func isName(_ q: Int) -> Bool {
            let token = analysis.tokens[analysis.contentTokens[q]]
            return token.kind == .word && token.isCapitalized
        }
        /// Folded keys of the capitalised names listed from position `start` in sentence `s`,
        /// joined by `listJoins`; the one after "và" (or the first, when `lastOnly`) ends the list.
        /// They are read with the level word of the list's first unit.
        func bareNames(from start: Int, sentence s: Int, lastOnly: Bool) -> [(end: Int, key: String)] {
            var names: [(end: Int, key: String)] = []
            var r = start
            var last = lastOnly
            while true {
                var e = r
                while e < count, sentence(e) == s, mentionAt[e] == nil, isName(e) { e += 1 }
                guard e > r else { break }
                let first = analysis.tokens[analysis.contentTokens[r]].start
                let end = analysis.tokens[analysis.contentTokens[e - 1]].end
                names.append((e, FoldedKey.fold(analysis.slice(first, end))))
                var j = e
                var joinedByAnd = false
                while j < count && j - e < 2 && analysis.keyIs(j, oneOf: listJoins) {
                    if analysis.keyIs(j, Keys.va) { joinedByAnd = true }
                    j += 1
                }
                guard !last, j > e else { break }
                last = joinedByAnd
                r = j
            }
            return names
        }
        for (i, m) in mentions.enumerated() {
            mentionAt[m.firstPosition] = i
            if m.endPosition < count, sentence(m.endPosition) == sentence(m.firstPosition),
               lexicons.formerWords.longestMatch(analysis, at: m.endPosition) != nil {
                mentions[i].isLocator = true
            }
        }
        var p = 0
        while p < count {
            WorkCounter.tick()
            guard let merge = lexicons.mergeWords.longestMatch(analysis, at: p) else { p += 1; continue }
            var q = p + merge.length
            p = q
            // (Not what follows "vào", "thành": "sáp nhập thành xã Nghĩa Lâm Đông" names the new unit.)
            guard q < count, !analysis.keyIs(q, Keys.comma), !analysis.keyIs(q, Keys.vao), !analysis.keyIs(q, Keys.thanhInto),
                  sentence(q) == sentence(q - 1) else { continue }
            // (Nor a bare area word, lower case, with no name after it: "sáp nhập thôn năm 2019,
            // Đảng bộ xã …" merged hamlets in general, not the unit named next.)
            if mentionAt[q] == nil, !isName(q), let head = lexicons.organisationHeads.longestMatch(analysis, at: q),
               head.value.kind == .area, q + head.length >= count || !isName(q + head.length) { continue }
            // The first unit listed, within a short description ("toàn bộ diện tích tự nhiên, quy mô
            // dân số của …").
            // ("hợp nhất Báo Hải Lâm và Đài Phát thanh …, Đảng bộ …": a name no head word marks, then
            // "và": the first unit found is the list's last.)
            var lastItem = false
            while q < count && q - p < 16 && mentionAt[q] == nil && sentence(q) == sentence(p) && !analysis.keyIs(q, oneOf: clauseEnds) {
                if analysis.keyIs(q, Keys.va), q > 0, isName(q - 1) { lastItem = true }
                q += 1
            }
            guard q < count, var i = mentionAt[q], sentence(q) == sentence(p) else { continue }
            // "hợp nhất Đảng bộ 3 xã Phong Lạc, Lạc Sơn và Tân Phong": the party word before a count
            // of the units merged names none of them; the units follow.
            if mentions[i].form == .anaphor, mentions[i].level == .dangBo {
                var r = mentions[i].endPosition
                while r < count && r - mentions[i].endPosition < 3 && mentionAt[r] == nil
                        && analysis.tokens[analysis.contentTokens[r]].kind == .number { r += 1 }
                if r < count, r > mentions[i].endPosition, let next = mentionAt[r], sentence(r) == sentence(p) { i = next }
            }
            while true {
                mentions[i].isLocator = true
                mentions[i].namesFormerUnit = true
                former.append(i)
                if lastItem { break }
                var r = mentions[i].endPosition
                var joinedByAnd = false
                while r < count && r - mentions[i].endPosition < 4 && mentionAt[r] == nil && analysis.keyIs(r, oneOf: listJoins) {
                    if analysis.keyIs(r, Keys.va) { joinedByAnd = true }
                    r += 1
                }
                guard r > mentions[i].endPosition, r < count, sentence(r) == sentence(p) else { break }
                guard let next = mentionAt[r] else {
                    // "ba phường Kim Tân, Lũy Bắc và Hòa Nam": the rest of the list are bare names
                    // that share the first unit's level word.
                    formerBareNames += bareNames(from: r, sentence: sentence(p), lastOnly: joinedByAnd)
                        .map { ($0.end, mentions[i].headKey + " " + $0.key) }
                    break
                }
                i = next
                if joinedByAnd {
                    mentions[i].isLocator = true
                    mentions[i].namesFormerUnit = true
                    former.append(i)
                    break
                }
            }
            p = max(p, mentions[i].endPosition)
        }
        // "Trước khi ghép, Chi bộ thôn 3 có 9 đảng viên, Chi bộ thôn 4 có 11 đảng viên": a former
        // word of two words or more, or an opener of `former_units.tsv`, opening a sentence makes
        // the units it names former ones, subjects in it only.
        // (Asked once per sentence: the mentions come in text order.)
        var asked: (sentence: Int, opens: Bool) = (-1, false)
        for i in mentions.indices where mentions[i].form == .named && !mentions[i].isLocator {
            let s = sentence(mentions[i].firstPosition)
            if s != asked.sentence {
                let first = analysis.position(atOrAfter: analysis.sentences[s].lowerBound)
                let opens = first < mentions[i].firstPosition
                    && (lexicons.formerOpeners.longestMatch(analysis, at: first) != nil
                        || (lexicons.formerWords.longestMatch(analysis, at: first)?.length ?? 0) >= 2)
                asked = (s, opens)
            }
            guard asked.opens else { continue }
            mentions[i].carriesOver = false
            mentions[i].namesFormerUnit = true
        }
        // Later mentions of a merged unit ("Đảng bộ xã Tân Mỹ" after "sáp nhập xã Phong Lạc và xã
        // Tân Mỹ") still name it for figures of their sentence, but do not stay in view.
        var formerNames: [(end: Int, key: String)] = []
        for i in former where mentions[i].form == .named {
            formerNames.append((mentions[i].endPosition, FoldedKey.fold(mentions[i].text)))
        }
        formerNames += formerBareNames
        guard !formerNames.isEmpty else { return }
        for i in mentions.indices where !mentions[i].isLocator && mentions[i].form == .named {
            let key = FoldedKey.fold(mentions[i].text)
            if formerNames.contains(where: { $0.end <= mentions[i].firstPosition && (key == $0.key || key.hasSuffix(" " + $0.key)) }) {
                mentions[i].carriesOver = false
                mentions[i].namesFormerUnit = true
            }
        }
    }

    /// Words between the items of a list of merged units ("các" after a party word: "hợp nhất Đảng
    /// bộ các xã Yên Lạc, Hòa Bình Thượng và Sơn Thủy").
    private static let listJoins: KeySet = [Keys.comma, Keys.va, KeyConstant(folding: "một"), KeyConstant(folding: "phần"),
                                            KeyConstant(folding: "toàn"), KeyConstant(folding: "bộ"), KeyConstant(folding: "các")]
}

/// Long official names made whole by the short name given for them in brackets.
extension OrganisationRecognizer {
    /// The most content tokens between a name's head and the bracket of its short name.
    static let longNameLength = 24

    /// A short name in brackets: "(Ban QLDA Giao thông)", "(gọi tắt là Trung tâm)", "(BVĐK tỉnh)".
    private struct ShortName {
        /// The key of its first word ("ban").
        let key: String
        /// For an acronym, its initial as a key ("b" of "BVĐK"): the initial of the head it stands for.
        let initial: Unicode.Scalar?
        /// The position of an acronym that no lexicon knows, which then names the organisation later.
        let acronymAt: Int?
        /// The content positions of its first word and of the closing bracket.
        let nameStart: Int, close: Int
        /// Whether it is one capitalised word of five letters or more that is no head ("Agribank",
        /// "Viettel"): a trade name, which may stand for any institution's name before it.
        var isBrand = false
    }

    /// The end of a region named right after a short name's bracket by a word that is no area of
    /// its own and capitalised words on the same line: "Đảng bộ Bảo hiểm xã hội (BHXH) khu vực Trà
    /// Giang". Nil when none follows.
    private static func regionAfter(_ analysis: TextAnalysis, bracketClose close: Int, lexicons: Lexicons) -> Int? {
        let content = analysis.contentTokens
        guard close + 2 < content.count, let head = lexicons.organisationHeads.longestMatch(analysis, at: close + 1),
              head.value.kind == .descriptor, !analysis.tokens[content[close + 1]].isCapitalized else { return nil }
        var q = close + 1 + head.length
        while q < content.count, analysis.tokens[content[q]].isCapitalized, analysis.tokens[content[q]].kind == .word,
              !analysis.lineBreak(after: q - 1) { q += 1 }
        return q > close + 1 + head.length ? q : nil
    }

    /// Extends a name to the bracket of its short name: "Ban Quản lý dự án Đầu tư xây dựng các công
    /// trình giao thông tỉnh Tây Lĩnh (Ban QLDA Giao thông)", "Trung tâm Phát triển quỹ đất huyện
    /// (gọi tắt là Trung tâm)". Names of institutions are often long and in lower case, so the
    /// head's reading stops early ("xây dựng" may be a verb); the bracket tells where the name ends.
    /// The short name must begin with the same head word, or be an acronym with the head's initial,
    /// and only words and places may stand between the head and the bracket. The mentions in
    /// between (the places of the name) become one named mention, with the flags of the one that
    /// began at the head. Its text, and that of the short name wherever it names the organisation
    /// later (alone or after party words; an unknown acronym opening a name), is the long name with
    /// the short one as written: "Bệnh viện Đa khoa tỉnh Bình Lâm (BVĐK tỉnh)".
    static func markBracketedAliases(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis,
                                     lexicons: Lexicons) {
        let content = analysis.contentTokens
        func token(_ p: Int) -> Token { analysis.tokens[content[p]] }
        let opening = Keys.openingBracket  // read once (see `KeyConstant`)
        // Short names by their keys, with the long names and short names they stand for.
        var shortNames: [String: String] = [:]
        // The commas inside names read whole ("Sở Văn hóa, Thể thao và Du lịch"), found once.
        var commasInNames = Set<Int>()
        for m in mentions where m.endPosition - m.firstPosition > 2 {
            for q in (m.firstPosition + 1)..<(m.endPosition - 1) where analysis.keyIs(q, Keys.comma) { commasInNames.insert(q) }
        }
        var p = 1
        while p < content.count {
            defer { p += 1 }
            WorkCounter.tick()
            guard token(p).hasKey(opening), let alias = aliasHead(analysis, bracketAt: p, lexicons: lexicons),
                  let start = headOfLongName(analysis, before: p, alias: alias, mentions: mentions,
                                             commasInNames: commasInNames, lexicons: lexicons)
            else { continue }
            // "Sở Văn hóa, Thể thao và Du lịch (VHTTDL) tỉnh Hòa Lâm": the place right after the
            // bracket is the name's.
            // So is a branch named after it: "Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank)
            // Chi nhánh tỉnh Điện Biên".
            let placeAfter = mentions.first {
                $0.firstPosition == alias.close + 1 && $0.form != .whole
                    && (isArea($0.level) || ($0.form == .named && $0.level == .entity && !$0.isMass && !$0.isProvider))
                    && !analysis.scalars[token(alias.close).end..<$0.start].contains("\n")
            }
            let end = placeAfter?.endPosition ?? regionAfter(analysis, bracketClose: alias.close, lexicons: lexicons) ?? p
            // "Bệnh viện Đa khoa tỉnh Bình Lâm (BVĐK tỉnh)": the name with its short name, as written.
            let named = analysis.slice(token(start).start, token(max(alias.close, end - 1)).end)
            shortNames[FoldedKey.fold(analysis.slice(token(alias.nameStart).start, token(alias.close - 1).end))] = named
            defer {
                if let i = mentions.firstIndex(where: { $0.firstPosition == start && $0.endPosition == end }) { mentions[i].text = named }
            }
            let covered = mentions.indices.filter { mentions[$0].firstPosition < end && mentions[$0].endPosition > start }
            // Already one mention up to the bracket: only its acronym to add.
            if end == p, covered.count == 1, mentions[covered[0]].firstPosition == start, mentions[covered[0]].endPosition == p {
                if let acronym = alias.acronymAt { addAcronymMentions(&mentions, analysis, acronym: acronym, after: p, lexicons: lexicons) }
                continue
            }
            let first = covered.first.map { mentions[$0] }.flatMap { $0.firstPosition == start ? $0 : nil }
            var m = mention(analysis, start, end, .named, first?.level ?? .entity)
            if let first {
                m.headKey = first.headKey
                m.isProvider = first.isProvider
                m.hasProviderHead = first.hasProviderHead
                m.isMass = first.isMass
                m.hasCellHead = first.hasCellHead
            } else if let head = lexicons.organisationHeads.longestMatch(analysis, at: start) {
                m.headKey = analysis.keys(from: start, to: start + head.length)
                m.isProvider = head.value.kind == .provider
                m.hasProviderHead = m.isProvider
            }
            m.innerAreas = innerAreas(analysis, from: start, to: end, lexicons: lexicons)
            let insertAt = covered.first ?? mentions.firstIndex { $0.firstPosition >= p } ?? mentions.count
            mentions.removeSubrange(insertAt..<(insertAt + covered.count))
            mentions.insert(m, at: insertAt)
            if let acronym = alias.acronymAt { addAcronymMentions(&mentions, analysis, acronym: acronym, after: p, lexicons: lexicons) }
        }
        // "Đài KTTV tỉnh hiện quản lý …", "Đảng bộ BVĐK tỉnh": a short name, alone or after party
        // words, is the long name it stands for; also an abbreviated head naming itself before the
        // bracket ("Đảng bộ BQL kết nạp 3 đảng viên" in a headline, then "… (gọi tắt là BQL)").
        guard !shortNames.isEmpty else { return }
        for i in mentions.indices where mentions[i].form == .named || (mentions[i].form == .anaphor && mentions[i].namesItself) {
            let key = FoldedKey.fold(mentions[i].text)
            let bare = FoldedKey.fold(withoutLeadingPartyWords(mentions[i], analysis, lexicons))
            // "(Đảng ủy) Sở GD&ĐT" after "Sở Giáo dục và Đào tạo (GD&ĐT)": the head and the acronym of
            // the rest.
            var afterHead = ""
            let words = (bare.isEmpty ? key : bare).spaceSeparatedWords
            let headAt = mentions[i].firstPosition + (bare.isEmpty ? 0 : words.isEmpty ? 0 : partyHeadLength(mentions[i], analysis, lexicons))
            if let head = lexicons.organisationHeads.longestMatch(analysis, at: headAt), head.value.kind == .entity, words.count > head.length {
                afterHead = words.dropFirst(head.length).joined(separator: " ")
            }
            if let named = shortNames[key] ?? shortNames[bare] ?? (afterHead.isEmpty ? nil : shortNames[afterHead]) {
                mentions[i].text = named
            }
        }
    }

    /// The number of content tokens of the party head a mention opens with (0 when none).
    static func partyHeadLength(_ m: OrganisationMention, _ analysis: TextAnalysis, _ lexicons: Lexicons) -> Int {
        guard let head = lexicons.organisationHeads.longestMatch(analysis, at: m.firstPosition), head.value.kind == .party
        else { return 0 }
        return head.length
    }

    /// A mention's text after the party head it opens with ("BVĐK tỉnh" of "Đảng bộ BVĐK tỉnh").
    static func withoutLeadingPartyWords(_ m: OrganisationMention, _ analysis: TextAnalysis, _ lexicons: Lexicons) -> String {
        guard let head = lexicons.organisationHeads.longestMatch(analysis, at: m.firstPosition), head.value.kind == .party,
              m.firstPosition + head.length < m.endPosition else { return "" }
        let content = analysis.contentTokens
        return analysis.slice(analysis.tokens[content[m.firstPosition + head.length]].start, analysis.tokens[content[m.endPosition - 1]].end)
    }

    /// Names the organisation by its acronym wherever the acronym opens a name after the bracket
    /// that gave it: "(BVĐK tỉnh)", then "BVĐK tỉnh có 1.124 cán bộ" names the hospital. The
    /// acronym is no head of `organisations.tsv`; its name runs on as an institution's does.
    private static func addAcronymMentions(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis, acronym: Int,
                                           after p: Int, lexicons: Lexicons) {
        let content = analysis.contentTokens
        let key = analysis.tokens[content[acronym]].key
        var j = p + 1
        while j < content.count {
            defer { j += 1 }
            guard j != acronym, analysis.tokens[content[j]].key == key else { continue }
            WorkCounter.tick()
            let end = max(j + 1, readName(analysis, from: j, entity: true, allowNumber: false, lexicons: lexicons))
            // Only area words read as references ("BVĐK tỉnh") give way to the name.
            let overlapping = mentions.indices.filter { mentions[$0].firstPosition < end && mentions[$0].endPosition > j }
            guard overlapping.allSatisfy({ mentions[$0].form == .anaphor && isArea(mentions[$0].level) && mentions[$0].firstPosition > j })
            else { continue }
            var m = mention(analysis, j, end, .named, .entity)
            m.headKey = key
            m.innerAreas = innerAreas(analysis, from: j + 1, to: end, lexicons: lexicons)
            let at = overlapping.first ?? mentions.firstIndex { $0.firstPosition > j } ?? mentions.count
            mentions.removeSubrange(at..<(at + overlapping.count))
            mentions.insert(m, at: at)
            j = end - 1
        }
    }

    /// The first key of the short name in the bracket at `p`, or its initial when it is an acronym:
    /// "(Ban QLDA Giao thông)" → "ban", "(BQLDA)" → "b", "(gọi tắt là Trung tâm)" → "trung". None
    /// when the bracket holds no short name on its line (a place, a date, a list).
    private static func aliasHead(_ analysis: TextAnalysis, bracketAt p: Int, lexicons: Lexicons) -> ShortName? {
        let content = analysis.contentTokens
        var q = p + 1
        if let marker = lexicons.aliasMarkers.longestMatch(analysis, at: q) { q += marker.length }
        guard q < content.count else { return nil }
        let first = analysis.tokens[content[q]]
        // "(PC07)": letters and digits read as one number token.
        let code = first.kind == .number && analysis.text(of: first).unicodeScalars.first.map { $0.isUppercaseLetter } ?? false
        guard first.kind == .word && first.isCapitalized || code,
              lexicons.organisationHeads.longestMatch(analysis, at: q)?.value.kind != .area else { return nil }
        // The short name closes its bracket within a few words, all of them words.
        var r = q
        // "(GD&ĐT)", "(LĐ-TB&XH)": an acronym's parts joined by a sign with no space.
        func joinsAcronym(_ r: Int) -> Bool {
            let t = analysis.tokens[content[r]]
            return (t.hasKey(Keys.ampersand) || t.hasKey(Keys.hyphen)) && r + 1 < content.count
                && analysis.tokens[content[r - 1]].end == t.start && analysis.tokens[content[r + 1]].start == t.end
                && analysis.tokens[content[r + 1]].kind == .word
        }
        while r < content.count, r - q < 8, analysis.tokens[content[r]].kind == .word || joinsAcronym(r) || (r == q && code) { r += 1 }
        guard r > q, r < content.count, analysis.keyIs(r, Keys.closingBracket) else { return nil }
        let text = analysis.text(of: first)
        // "(PC07)", "(PA05)": a police department's code is an acronym with a number.
        let letters = text.unicodeScalars.prefix { $0.isUppercaseLetter }
        if letters.count >= 2, text.unicodeScalars.dropFirst(letters.count).allSatisfy({ $0.isASCIIDigit }) {
            // The acronym names the organisation later only when the name ends at the bracket, not
            // for a part of it: "Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh tỉnh Lâm Bắc".
            let next = r + 1
            let nameGoesOn = next < content.count && analysis.tokens[content[next]].kind == .word
                && !analysis.tokens[content[next]].isCapitalized && lexicons.nameStops.longestMatch(analysis, at: next) == nil
                && lexicons.triggers.longestMatch(analysis, at: next) == nil
            let known = lexicons.organisationHeads.longestMatch(analysis, at: q) != nil
            return ShortName(key: first.key, initial: FoldedKey.fold(String(text.unicodeScalars.first!)).unicodeScalars.first,
                             acronymAt: known || nameGoesOn ? nil : q, nameStart: q, close: r)
        }
        var short = ShortName(key: first.key, initial: nil, acronymAt: nil, nameStart: q, close: r)
        short.isBrand = r == q + 1 && text.unicodeScalars.count >= 5 && lexicons.organisationHeads.longestMatch(analysis, at: q) == nil
        return short
    }

    /// The position of the nearest head before the bracket at `p` that the short name stands for,
    /// reached back over words and mentions only (no punctuation but a comma inside a name, no
    /// figure) on the same line.
    /// Whether an acronym in brackets spells the words from `start` to `end` by their initials
    /// ("BHXH" of "Bảo hiểm xã hội").
    private static func spells(_ alias: ShortName, _ analysis: TextAnalysis, from start: Int, to end: Int) -> Bool {
        guard alias.initial != nil, alias.close == alias.nameStart + 1 else { return false }
        let letters = Array(FoldedKey.fold(analysis.text(of: analysis.tokens[analysis.contentTokens[alias.nameStart]])).unicodeScalars)
        guard letters.count == end - start else { return false }
        return (start..<end).allSatisfy { analysis.tokens[analysis.contentTokens[$0]].key.unicodeScalars.first == letters[$0 - start] }
    }

    private static func headOfLongName(_ analysis: TextAnalysis, before p: Int, alias: ShortName,
                                       mentions: [OrganisationMention], commasInNames: Set<Int>, lexicons: Lexicons) -> Int? {
        let content = analysis.contentTokens
        var j = p - 1
        // "…, tỉnh Ninh Bình (sau đây gọi tắt là BQL)": the places after the name are passed over.
        while j > 0, let place = mentions.last(where: { $0.endPosition == j + 1 && $0.form == .named && isArea($0.level) }),
              place.firstPosition > 0, analysis.keyIs(place.firstPosition - 1, Keys.comma) {
            j = place.firstPosition - 2
        }
        while j >= 0, p - j <= longNameLength {
            let t = analysis.tokens[content[j]]
            // A comma inside a name read whole ("Sở Văn hóa, Thể thao và Du lịch") is passed over,
            // and a dash between words ("Khu di tích lịch sử – văn hóa").
            let insideName = commasInNames.contains(j) || ((t.hasKey(Keys.enDash) || t.hasKey(Keys.hyphen))
                && j > 0 && analysis.tokens[content[j - 1]].kind == .word && analysis.tokens[content[j + 1]].kind == .word)
            guard t.kind == .word || insideName, !analysis.scalars[t.end..<analysis.tokens[content[j + 1]].start].contains("\n")
            else { return nil }
            // The head may be the whole name when the acronym spells it: "Bảo hiểm xã hội (BHXH)".
            if t.isCapitalized, let head = lexicons.organisationHeads.longestMatch(analysis, at: j),
               [.entity, .provider, .office].contains(head.value.kind),
               j + head.length < p || (j + head.length == p && spells(alias, analysis, from: j, to: p)) {
                // An acronym stands for the head ("BVĐK" of "Bệnh viện Đa khoa") or for the name after
                // it ("VHTTDL" of "Sở Văn hóa, Thể thao và Du lịch").
                let initialAfterHead = analysis.tokens[content[j + head.length]].key.unicodeScalars.first
                let matches = alias.isBrand
                    || (alias.initial.map { t.key.unicodeScalars.first == $0 || initialAfterHead == $0 } ?? (t.key == alias.key))
                guard matches else { return nil }
                // A party head chained before it ("Đảng bộ Ban …") belongs to the same mention.
                if let m = mentions.first(where: { $0.firstPosition < j && $0.endPosition > j }) { return m.firstPosition }
                return j
            }
            j -= 1
        }
        return nil
    }
}

extension OrganisationRecognizer {
    /// Gives a name that follows another after a comma and an alias marker (`aliases.tsv`: "Chi bộ
    /// Phòng chức năng, còn gọi là Chi bộ Hành chính 1, …") the first name's text: both name one
    /// organisation, known by its first name.
    static func markCommaAliases(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis, lexicons: Lexicons) {
        guard mentions.count > 1 else { return }
        for i in 1..<mentions.count where mentions[i].form == .named && mentions[i - 1].form == .named {
            let comma = mentions[i - 1].endPosition
            guard analysis.keyIs(comma, Keys.comma),
                  let marker = lexicons.aliasMarkers.longestMatch(analysis, at: comma + 1),
                  comma + 1 + marker.length == mentions[i].firstPosition else { continue }
            mentions[i].text = mentions[i - 1].text
            mentions[i].carriesOver = mentions[i - 1].carriesOver
        }
    }
}

/// Acronyms of names given in full elsewhere in the article, without a bracket to tie them.
extension OrganisationRecognizer {
    /// The fewest letters an acronym must have to be matched by initials ("NĐĐK", "MTTQ").
    static let acronymMinimumLetters = 3

    /// Names an acronym by the full name whose words it abbreviates: "Đảng bộ NĐĐK" after (or
    /// before) "Đảng ủy Công ty cổ phần Nhiệt điện Đông Khê" is "Đảng bộ Công ty cổ phần Nhiệt
    /// điện Đông Khê": the acronym's letters are the initials of consecutive words of that name.
    /// Only a named mention whose name is one upper-case word that no lexicon knows, and only a name
    /// of an organisation, not a place; the nearest one before it, else the first after it.
    static func markAcronymNames(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis, lexicons: Lexicons) {
        let content = analysis.contentTokens
        func token(_ p: Int) -> Token { analysis.tokens[content[p]] }
        var initials: [[Unicode.Scalar]?] = Array(repeating: nil, count: mentions.count)
        func initialsOf(_ i: Int) -> [Unicode.Scalar] {
            if let known = initials[i] { return known }
            let m = mentions[i]
            let found = (m.firstPosition..<m.endPosition).compactMap { p -> Unicode.Scalar? in
                token(p).kind == .word ? token(p).key.unicodeScalars.first : nil
            }
            initials[i] = found
            return found
        }
        // Acronyms named this way, by key: "NĐĐK" alone later ("NĐĐK đã kết nạp mới 19 đảng viên")
        // names the same organisation.
        var acronymNames: [String: String] = [:]
        for i in mentions.indices where mentions[i].form == .named && !isArea(mentions[i].level) {
            let m = mentions[i]
            let headLength = partyHeadLength(m, analysis, lexicons)
            guard headLength > 0, m.endPosition == m.firstPosition + headLength + 1 else { continue }
            let word = token(m.firstPosition + headLength)
            let letters = analysis.text(of: word).unicodeScalars
            guard word.kind == .word, letters.count >= acronymMinimumLetters, letters.allSatisfy({ $0.properties.isUppercase }),
                  lexicons.organisationHeads.longestMatch(analysis, at: m.firstPosition + headLength) == nil
            else { continue }
            let wanted = letters.compactMap { FoldedKey.fold(String($0)).unicodeScalars.first }
            func abbreviates(_ j: Int) -> Bool {
                let n = mentions[j]
                guard j != i, n.form == .named, !isArea(n.level), !n.isMass,
                      n.endPosition - n.firstPosition >= wanted.count + 1 else { return false }
                let words = initialsOf(j)
                guard words.count > wanted.count else { return false }
                return (0...(words.count - wanted.count)).contains { Array(words[$0..<($0 + wanted.count)]) == wanted }
            }
            guard let full = (0..<i).reversed().first(where: abbreviates) ?? ((i + 1)..<mentions.count).first(where: abbreviates)
            else { continue }
            let name = withoutLeadingPartyWords(mentions[full], analysis, lexicons)
            let head = analysis.slice(token(m.firstPosition).start, token(m.firstPosition + headLength - 1).end)
            mentions[i].text = head + " " + (name.isEmpty ? mentions[full].text : name)
            acronymNames[word.key] = name.isEmpty ? mentions[full].text : name
        }
        markAreaInitials(&mentions, analysis, lexicons: lexicons)
        guard !acronymNames.isEmpty else { return }
        addBareAcronyms(&mentions, analysis, names: acronymNames)
    }

    /// Names a place written by its initials ("xã HKT", in a message or a post) by the place of the
    /// same level named before whose name's words those are ("xã Hưng Khánh Tây").
    private static func markAreaInitials(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis, lexicons: Lexicons) {
        let content = analysis.contentTokens
        func token(_ p: Int) -> Token { analysis.tokens[content[p]] }
        /// The position after the area word a mention opens with, or nil.
        func nameStart(_ m: OrganisationMention) -> Int? {
            guard let head = lexicons.organisationHeads.longestMatch(analysis, at: m.firstPosition), head.value.kind == .area,
                  m.firstPosition + head.length < m.endPosition else { return nil }
            return m.firstPosition + head.length
        }
        for i in mentions.indices where mentions[i].form == .named && isArea(mentions[i].level) {
            let m = mentions[i]
            guard let start = nameStart(m), m.endPosition == start + 1 else { continue }
            let word = token(start)
            let letters = analysis.text(of: word).unicodeScalars
            guard word.kind == .word, letters.count >= acronymMinimumLetters, letters.allSatisfy({ $0.properties.isUppercase })
            else { continue }
            let wanted = letters.compactMap { FoldedKey.fold(String($0)).unicodeScalars.first }
            let full = (0..<i).reversed().first { j in
                let n = mentions[j]
                guard n.form == .named, n.level == m.level, let from = nameStart(n), n.endPosition - from == wanted.count else { return false }
                return (from..<n.endPosition).map { token($0).key.unicodeScalars.first } == wanted.map { Optional($0) }
            }
            guard let full, let from = nameStart(mentions[full]) else { continue }
            let head = analysis.slice(token(m.firstPosition).start, token(start - 1).end)
            mentions[i].text = head + " " + analysis.slice(token(from).start, token(mentions[full].endPosition - 1).end)
        }
    }

    /// Adds a named mention for each acronym of `names` standing alone outside any mention, written
    /// in capitals: the organisation it was found to abbreviate.
    private static func addBareAcronyms(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis, names: [String: String]) {
        let content = analysis.contentTokens
        var covered = Array(repeating: false, count: content.count)
        for m in mentions { for p in m.firstPosition..<m.endPosition { covered[p] = true } }
        let keys = KeySet(names.keys)
        var added: [OrganisationMention] = []
        for p in content.indices where !covered[p] {
            let t = analysis.tokens[content[p]]
            guard t.kind == .word, keys.contains(t), let name = names[t.key],
                  analysis.text(of: t).unicodeScalars.allSatisfy({ $0.properties.isUppercase }) else { continue }
            var m = mention(analysis, p, p + 1, .named, .entity)
            m.text = name
            m.headKey = t.key
            added.append(m)
        }
        guard !added.isEmpty else { return }
        mentions = (mentions + added).sorted { $0.start < $1.start }
    }
}

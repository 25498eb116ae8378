/// A place named alone after "Ở" or "Tại" at the head of a sentence, by the name of an area named
/// before ("Ở Tiên Hưng, …" after "xã Tiên Hưng"): a mention of that area, as written.
extension OrganisationRecognizer {
    /// Adds the mentions of such names, in order.
    static func addBareAreaNames(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis) {
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
        guard !added.isEmpty else { return }
        mentions = (mentions + added).sorted { $0.start < $1.start }
    }

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
    private static func opensSentence(_ analysis: TextAnalysis, _ p: Int) -> Bool {
        p == 0 || analysis.sentenceIndex(at: analysis.tokens[analysis.contentTokens[p]].start)
            != analysis.sentenceIndex(at: analysis.tokens[analysis.contentTokens[p - 1]].start)
    }
}

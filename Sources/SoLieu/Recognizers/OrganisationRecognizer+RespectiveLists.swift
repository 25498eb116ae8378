/// Organisations listed for figures given to them in turn ("Chi bộ A, Chi bộ B và Chi bộ C lần
/// lượt là 4, 5 và 3"): each is the subject of its own figure, and none stays in view after.
extension OrganisationRecognizer {
    /// Marks as not carrying over the two or more named mentions joined by "," or "và" that end
    /// right before a respective marker (`breakdowns.tsv`, role `respective`).
    static func markRespectiveLists(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis, lexicons: Lexicons) {
        guard mentions.count >= 2 else { return }
        let count = analysis.contentTokens.count
        var byEnd = PositionIndex(count: count + 1)
        for (i, m) in mentions.enumerated() where m.form == .named && !m.isLocator { byEnd[m.endPosition] = i }
        var p = 0
        while p < count {
            WorkCounter.tick()
            guard let marker = lexicons.respectiveMarkers.longestMatch(analysis, at: p) else { p += 1; continue }
            defer { p += marker.length }
            var end = p
            if analysis.keyIs(end - 1, Keys.comma) { end -= 1 }
            var chain: [Int] = []
            while let i = byEnd[end] {
                chain.append(i)
                var q = mentions[i].firstPosition
                var joined = false
                while q > 0 && analysis.keyIs(q - 1, oneOf: Keys.listJoins) {
                    q -= 1
                    joined = true
                }
                guard joined else { break }
                end = q
            }
            guard chain.count >= 2 else { continue }
            for i in chain { mentions[i].carriesOver = false }
        }
    }

}

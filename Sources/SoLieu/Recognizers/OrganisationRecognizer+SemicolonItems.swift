/// Units that each open an item of a sentence split by semicolons: "Đội Nhào lộn có 18 người,
/// trong đó 6 đảng viên; Đội Xiếc thú 11 người, 3 đảng viên; Đội Ảo thuật 14 người, …". Each item is
/// about its own unit; none stays in view after the sentence (the figures after it are about the
/// whole the units are parts of).
extension OrganisationRecognizer {
    /// Marks as not carrying over the named units (not areas) that open two or more items of one
    /// sentence: at its start or right after a semicolon, one of them at least after a semicolon.
    static func markSemicolonItems(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis) {
        var run: [Int] = []
        var runSentence = -1
        var afterSemicolon = false
        func close() {
            if run.count >= 2 && afterSemicolon {
                for i in run { mentions[i].carriesOver = false }
            }
            run = []
            afterSemicolon = false
        }
        for (i, m) in mentions.enumerated() where m.form == .named && !isArea(m.level) && !m.isLocator {
            let p = m.firstPosition
            let sentence = analysis.sentenceIndex(ofContent: p)
            if sentence != runSentence { close(); runSentence = sentence }
            let opensSentence = p == 0 || analysis.sentenceIndex(ofContent: p - 1) != sentence
            let opensItem = p > 0 && analysis.keyIs(p - 1, Keys.semicolon)
            guard opensSentence || opensItem else { continue }
            run.append(i)
            if opensItem { afterSemicolon = true }
        }
        close()
    }
}

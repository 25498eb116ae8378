/// Units told apart by a number, with the place each serves in brackets after it: "Chi nhánh khu
/// vực 1 (Phú Lạc)", "Tổ đảng số 3 (Bến Cát)".
extension OrganisationRecognizer {
    /// The most words of a place's name in the bracket after a numbered unit.
    static let bracketedPlaceWords = 4

    /// Gives a named mention that ends on a number the bracket right after it, when the bracket
    /// holds only a capitalised name on the same line: its text becomes "Chi bộ Chi nhánh khu vực 1
    /// (Phú Lạc)", the name readers know the unit by. Its span is unchanged.
    static func markNumberedPlaces(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis) {
        let content = analysis.contentTokens
        func token(_ p: Int) -> Token { analysis.tokens[content[p]] }
        for i in mentions.indices where mentions[i].form == .named {
            WorkCounter.tick()
            let end = mentions[i].endPosition
            guard end < content.count, token(end - 1).kind == .number, analysis.keyIs(end, Keys.openingBracket) else { continue }
            var q = end + 1
            while q < content.count, q - end <= bracketedPlaceWords, token(q).kind == .word, token(q).isCapitalized { q += 1 }
            guard q > end + 1, q < content.count, analysis.keyIs(q, Keys.closingBracket),
                  !analysis.scalars[token(end - 1).end..<token(q).end].contains("\n"),
                  i + 1 == mentions.count || mentions[i + 1].firstPosition > q else { continue }
            mentions[i].text = analysis.slice(mentions[i].start, token(q).end)
        }
    }
}

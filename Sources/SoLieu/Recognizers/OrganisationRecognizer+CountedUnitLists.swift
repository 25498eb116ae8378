/// The units a count of units is made of ("4 chi bộ trực thuộc gồm Chi bộ Văn phòng, Chi bộ Đội
/// Nghiệp vụ và Chi bộ Đội Kiểm soát, với tổng số 66 đảng viên"): named to say what the count holds,
/// they are not what the figures after the list are about.
extension OrganisationRecognizer {
    /// Marks as locators the two or more named mentions, joined by "," or "và", that follow "gồm"
    /// (or "là") right after a counted noun of organisations, when the list ends at a clause's
    /// punctuation (an item with a figure of its own, "… và Chi bộ D có 10 đảng viên", stays).
    static func markCountedUnitLists(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis, lexicons: Lexicons) {
        var i = 0
        while i < mentions.count {
            WorkCounter.tick()
            let first = mentions[i].firstPosition
            guard mentions[i].form == .named, first >= 3,
                  analysis.keyIs(first - 1, Keys.gom) || analysis.keyIs(first - 1, Keys.la),
                  let noun = phraseEnding(at: first - 1, in: analysis, table: lexicons.units), noun.value.role == .organisation,
                  noun.start > 0, analysis.tokens[analysis.contentTokens[noun.start - 1]].kind == .number
            else { i += 1; continue }
            var last = i
            while last + 1 < mentions.count, mentions[last + 1].form == .named,
                  case let gap = mentions[last].endPosition..<mentions[last + 1].firstPosition, !gap.isEmpty,
                  gap.allSatisfy({ analysis.keyIs($0, oneOf: Keys.listJoins) }) {
                last += 1
            }
            let after = mentions[last].endPosition
            let closes = after >= analysis.contentTokens.count
                || analysis.keyIs(after, oneOf: [Keys.comma, Keys.semicolon, Keys.fullStop])
            if last > i && closes {
                for k in i...last {
                    mentions[k].isLocator = true
                    mentions[k].carriesOver = false
                }
            }
            i = last + 1
        }
    }

    /// Marks as not carrying over the named mentions after a colon that follows a count of
    /// organisations, in digits or in words, in the colon's sentence ("sinh hoạt tại 2 tổ đảng: Tổ đảng Trạm Cồn Nhạn có 10
    /// đảng viên, Tổ đảng Trạm Cửa Lân có 7 đảng viên"): each is the subject of its own figures, and
    /// none is what the sentences after are about.
    static func markEnumeratedUnits(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis, lexicons: Lexicons) {
        let content = analysis.contentTokens
        var m = 0
        for p in content.indices where analysis.keyIs(p, Keys.colon) {
            WorkCounter.tick()
            guard let noun = phraseEnding(at: p, in: analysis, table: lexicons.units), noun.value.role == .organisation,
                  noun.start > 0, case let count = analysis.tokens[content[noun.start - 1]],
                  count.kind == .number || lexicons.numberWord(count) != nil else { continue }  // "5 chi bộ:", "năm chi bộ:"
            let sentence = analysis.sentenceIndex(ofContent: p)
            while m < mentions.count && mentions[m].firstPosition <= p { m += 1 }
            var k = m
            while k < mentions.count, analysis.sentenceIndex(ofContent: mentions[k].firstPosition) == sentence {
                if mentions[k].form == .named { mentions[k].carriesOver = false }
                k += 1
            }
        }
    }
}

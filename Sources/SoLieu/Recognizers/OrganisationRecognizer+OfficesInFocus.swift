/// A state office serving the public (`organisations.tsv`, kind `office`) is a subject of its
/// sentence only when it is named in passing ("nộp hồ sơ tại Trung tâm Phục vụ hành chính công xã").
/// Named in the headline, it is what the article is about ("Trung tâm Phục vụ hành chính công xã Phú
/// Lâm Tây: chi bộ 9 đảng viên …"): there its mentions are institutions like any other, in view
/// after their sentence and antecedents of "Trung tâm" and its cell.
extension OrganisationRecognizer {
    /// Makes ordinary institutions of the offices whose head the headline names.
    static func markOfficesInFocus(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis) {
        guard let first = mentions.first, first.isOffice, analysis.contentTokens.count > 0 else { return }
        let headline = analysis.lines.line(of: analysis.tokens[analysis.contentTokens[0]].start)
        guard analysis.lines.line(of: first.start) == headline else { return }
        let head = first.headKey
        for i in mentions.indices where mentions[i].isOffice && mentions[i].headKey == head {
            mentions[i].isMass = false
        }
    }
}

/// Units listed one per line: the rows of a table of units, or short lines of one sentence that
/// each open with a unit's name (a line ending in ":" introduces a list and is none of it) ("Khu phố Đồng Mới 68 đảng viên, 4 Kết nạp mới." then "Trường THCS Lũy Bắc 27 đảng
/// viên, …"). Each row is about its own unit; none stays in view after the list.
extension OrganisationRecognizer {
    /// The longest line, in code points, still read as a row of a list.
    static let unitListRowLength = 200

    /// Marks as not carrying over the mentions on two or more short lines in a row that each open
    /// with a named mention.
    static func markUnitLists(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis) {
        guard mentions.count >= 2 else { return }
        let lines = analysis.lines
        // The mentions that open a short line, with their line.
        var openers: [(mention: Int, line: Int)] = []
        // ("Đảng bộ Công an tỉnh – 412": a unit of the area in view, named by its head, opens a row too.)
        for (i, m) in mentions.enumerated() where (m.form == .named || m.form == .anaphor && m.level == .entity) && !m.isLocator {
            let line = lines.line(of: m.start)
            let range = lines.range(ofLine: line)
            guard range.count <= unitListRowLength,
                  opensRow(analysis.scalars[range.lowerBound..<m.start]),
                  let last = analysis.scalars[range].lastIndex(where: { $0 != " " && $0 != "\t" }),
                  analysis.scalars[last] != ":",
                  analysis.sentenceIndex(ofContent: m.firstPosition) == analysis.sentenceIndex(at: last)
            else { continue }
            openers.append((i, line))
        }
        var rows: Set<Int> = []
        var runStart = 0
        for k in openers.indices {
            let next = k + 1
            if next < openers.count && openers[next].line == openers[k].line + 1 { continue }
            if next - runStart >= 2 {
                rows.formUnion(openers[runStart..<next].map(\.line))
            }
            runStart = next
        }
        guard !rows.isEmpty else { return }
        for i in mentions.indices where rows.contains(lines.line(of: mentions[i].start)) {
            mentions[i].carriesOver = false
            mentions[i].isListRow = true
        }
    }

    /// Whether the text before a mention on its line lets the mention open a row: list marks and
    /// spaces, or a short label of a column and its colon ("Tên chi bộ: Trường A – Đảng viên: 12").
    private static func opensRow(_ before: ArraySlice<Unicode.Scalar>) -> Bool {
        let blank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || listMarks.contains($0) }
        if before.allSatisfy(blank) { return true }
        guard let colon = before.lastIndex(of: ":"), before[(colon + 1)...].allSatisfy(blank) else { return false }
        let label = before[..<colon].drop(while: blank)
        return !label.isEmpty && label.count <= 24
            && label.allSatisfy { $0.properties.isAlphabetic || $0 == " " }
            && label.filter({ $0 == " " }).count <= 3
    }

    /// Marks as not carrying over a named unit that opens a labelled item of one sentence ("b) Đảng
    /// bộ bộ phận Nhà máy Luyện thép số 1 có 5 chi bộ; 3/5 chi bộ …" between "a)" and "c)" items of
    /// the whole organisation): the item is about it, the items after it are not.
    static func markLabelledItems(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis) {
        let lines = analysis.lines, scalars = analysis.scalars
        for i in mentions.indices where mentions[i].form == .named && !mentions[i].isLocator && mentions[i].carriesOver {
            let m = mentions[i]
            let range = lines.range(ofLine: lines.line(of: m.start))
            guard m.start - range.lowerBound <= 6,
                  let opening = ListItemOpening(of: range, in: scalars, marks: listMarks), opening.kind == .label,
                  opening.reaches(m.start, in: scalars),
                  let last = scalars[range].lastIndex(where: { $0 != " " && $0 != "\t" }),
                  analysis.sentenceIndex(ofContent: m.firstPosition) == analysis.sentenceIndex(at: last)
            else { continue }
            mentions[i].carriesOver = false
        }
    }

    /// Marks that open an item or a row of a list.
    static let listMarks: Set<Unicode.Scalar> = ["-", "–", "+", "•", "*", "·"]

    /// Marks as not carrying over the places of a list of places with bare figures ("…, trong đó
    /// phường Bình Thủy 17, phường Văn Yên 12 và xã Cẩm Hưng 9."): a place named after ",", ";",
    /// "và" or a breakdown marker, right before a number that ends its item. Each is the subject of
    /// its own figure only.
    static func markGappedPlaces(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis, lexicons: Lexicons) {
        let content = analysis.contentTokens
        for i in mentions.indices where mentions[i].form == .named && isArea(mentions[i].level) && mentions[i].carriesOver {
            WorkCounter.tick()
            let m = mentions[i], n = m.endPosition
            guard m.firstPosition > 0, n + 1 < content.count, analysis.tokens[content[n]].kind == .number,
                  !analysis.lineBreak(after: n - 1), analysis.endsListItem(after: n),
                  analysis.keyIs(m.firstPosition - 1, Keys.comma) || analysis.keyIs(m.firstPosition - 1, Keys.semicolon)
                    || analysis.keyIs(m.firstPosition - 1, Keys.va)
                    || phraseEnding(at: m.firstPosition, in: analysis, table: lexicons.breakdownMarkers) != nil
            else { continue }
            mentions[i].carriesOver = false
            mentions[i].isListRow = true
        }
    }
}

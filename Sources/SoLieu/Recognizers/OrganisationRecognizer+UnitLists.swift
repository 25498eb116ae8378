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
                  analysis.scalars[range.lowerBound..<m.start].allSatisfy({ $0 == " " || $0 == "\t" || listMarks.contains($0) }),
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
}

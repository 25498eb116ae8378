/// Decides which organisation a figure is about.
///
/// Each mention is first resolved in text order: a name stands for itself; "Chi bộ" alone refers
/// back to the last named cell; "Đảng bộ", "Đảng ủy" alone to the last named organisation above a
/// cell; an area word alone ("thành phố", "Thành ủy") to the last named one of its level; a whole
/// area ("toàn tỉnh") is a subject as worded. A figure then takes, in order of preference: the
/// nearest mention before it in its sentence; a mention after it in its sentence introduced by
/// `như`, `của`, `tại`, `ở`, `thuộc`; the nearest resolved mention before it in the article.
struct SubjectResolver {
    let mentions: [OrganisationMention]
    /// The subject text each mention stands for, when known.
    let resolved: [String?]
    private let sentenceOf: [Int]
    private let analysis: TextAnalysis

    static let forwardLinks: Set<String> = [Keys.nhu, Keys.cua, Keys.tai, Keys.o]

    /// - Parameter excluded: code point ranges whose mentions are never subjects (the issuers and
    ///   titles of document references).
    init(analysis: TextAnalysis, mentions: [OrganisationMention], excluded: [Range<Int>] = []) {
        self.analysis = analysis
        var mentions = mentions
        for i in mentions.indices where excluded.contains(where: { $0.contains(mentions[i].start) }) {
            mentions[i].isLocator = true
        }
        self.mentions = mentions
        var resolved: [String?] = []
        var lastByLevel: [OrganisationLevel: String] = [:]
        var lastAreaByLevel: [OrganisationLevel: String] = [:]  // area names alone ("huyện Yên Khánh")
        var lastAboveCell: String?
        var named: [OrganisationMention] = []
        for m in mentions {
            if m.isLocator || m.isProvider { resolved.append(nil); continue }
            switch m.form {
            case .named:
                resolved.append(m.text)
                for area in m.innerAreas {
                    lastByLevel[area.level] = area.text
                    lastAreaByLevel[area.level] = area.text
                }
                lastByLevel[m.level] = m.text
                if m.level != .chiBo && m.level != .hamlet { lastAboveCell = m.text }
                named.append(m)
            case .whole where m.level == .dangBo:
                resolved.append(lastAboveCell ?? m.text)  // "toàn Đảng bộ": the party organisation in view
            case .whole:
                // "toàn xã" after "xã An Hải Đông" is "toàn xã An Hải Đông".
                let area = m.text.split(separator: " ").dropFirst().joined(separator: " ")
                if let antecedent = lastAreaByLevel[m.level] ?? lastByLevel[m.level], !area.isEmpty,
                   FoldedKey.fold(antecedent).hasPrefix(FoldedKey.fold(area) + " ") {
                    resolved.append(String(m.text.split(separator: " ").first!) + " " + antecedent)
                } else {
                    resolved.append(m.text)
                }
            case .anaphor:
                switch m.level {
                case .dangBo: resolved.append(lastAboveCell)
                case .entity:
                    // "Đảng ủy Công ty", "Đảng bộ Đồn": the last name with the same head word.
                    let same = named.last { !m.headKey.isEmpty && ($0.headKey.hasPrefix(m.headKey) || $0.text.contains(m.text)) }
                    resolved.append(same?.text ?? (m.namesItself ? m.text : lastAboveCell))
                default: resolved.append(lastByLevel[m.level])
                }
            }
        }
        self.resolved = resolved
        sentenceOf = mentions.map { analysis.sentenceIndex(at: $0.start) }
    }

    /// The subject of a figure whose first token is at content position `position`.
    func subject(at position: Int) -> String? { resolve(at: position).text }

    /// The subject of a figure, and whether its own sentence names it (rather than an earlier one).
    func resolve(at position: Int) -> (text: String?, explicit: Bool) {
        let offset = analysis.tokens[analysis.contentTokens[position]].start
        let sentence = analysis.sentenceIndex(at: offset)
        // Index of the first mention starting at or after the figure.
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        while i >= 0 && sentenceOf[i] == sentence {
            if let r = resolved[i] { return (r, true) }
            i -= 1
        }
        var j = lo
        while j < mentions.count && sentenceOf[j] == sentence {
            let before = mentions[j].firstPosition - 1
            if before >= 0, Self.forwardLinks.contains(analysis.tokens[analysis.contentTokens[before]].key),
               let r = resolved[j] {
                return (r, true)
            }
            j += 1
        }
        while i >= 0 {
            if let r = resolved[i], mentions[i].carriesOver { return (r, false) }
            i -= 1
        }
        return (providerFallback(sentence), false)
    }

    /// With nothing else in view, the place a training provider of the sentence serves
    /// ("Trung tâm Chính trị huyện Hàm Phú mở 21 lớp" is about Hàm Phú).
    private func providerFallback(_ sentence: Int) -> String? {
        var best: String?
        for (i, m) in mentions.enumerated() where sentenceOf[i] <= sentence && m.isProvider {
            if let area = m.innerAreas.first { best = area.text }
        }
        return best
    }
}

/// Decides which organisation a figure is about.
///
/// Each mention is first resolved in text order: a name stands for itself; "Chi bộ" alone refers
/// back to the last named cell; "Đảng bộ", "Đảng ủy" alone to the last named organisation above a
/// cell; an area word alone ("thành phố", "Thành ủy") to the last named one of its level; a whole
/// area ("toàn tỉnh") is a subject as worded. A figure then takes, in order of preference: the
/// nearest mention before it in its sentence; a mention after it in its sentence introduced by
/// `như`, `của`, `tại`, `ở`, `thuộc`; the nearest resolved mention before it in the article.
final class SubjectResolver {
    let mentions: [OrganisationMention]
    /// The subject text each mention stands for, when known.
    let resolved: [String?]
    private let sentenceOf: [Int]
    private let analysis: TextAnalysis
    /// Indices computed once so that resolving a figure never walks over many mentions (an article
    /// full of unresolved "Đảng bộ" would otherwise cost the square of its length):
    /// `lastResolved[i]`, the last mention at or before `i` that stands for a subject;
    /// `lastCarrying[i]`, the same among those that carry over to later sentences;
    /// `nextLinked[i]`, the first mention at or after `i` with a subject and a forward link before it;
    /// `providerArea[i]`, the area served by the last training provider at or before `i`.
    private let lastResolved: [Int?], lastCarrying: [Int?], nextLinked: [Int?], providerArea: [String?]
    /// `lastCarryingAbove[i]`: the last carrying mention at or before `i` above the cell level.
    private let lastCarryingAbove: [Int?]
    /// `lastProvider[i]`: the last mention at or before `i` headed by a provider word.
    private let lastProvider: [Int?]
    /// For a mention headed by a provider word, its name with the area it serves: as written when
    /// it names the area, else completed by the area of its level in view; nil when unknown.
    private let providerNames: [String?]
    /// `revertTo[i]`: for a mention that names one of several areas given as examples in its
    /// paragraph, the organisation above them in view before it, which figures of later paragraphs
    /// are about.
    private let revertTo: [String?]
    /// `lastNamed[i]`: the last mention at or before `i` that stands for a subject, carrying over
    /// or not, but not a row of a list of units.
    private let lastNamed: [Int?]

    /// How far, in content positions, a linked mention may start after a figure's first token and
    /// still be taken before the mentions ahead of it: the number, a noun of up to three words and
    /// the link word.
    static let linkedReach = 5

    static let forwardLinks: KeySet = [Keys.nhu, Keys.cua, Keys.tai, Keys.o, Keys.thuoc]
    /// First-person words after a unit's name: the speaker's own unit ("Chi bộ Hiệp hội chúng tôi").
    static let firstPerson: KeySet = [KeyConstant(folding: "chúng"), KeyConstant(folding: "tôi"), KeyConstant(folding: "mình")]

    /// The links after which a cell right after a figure is the figure's: "thuộc", "của".
    static let cellLinks: KeySet = [Keys.thuoc, Keys.cua]
    /// Words after which an area word names the area itself, not a place qualifying a noun: "(địa)
    /// bàn", "trong", the party words of "đảng bộ xã", "đảng ủy huyện" in lower case, and the end of
    /// a time before the clause's subject ("năm qua xã đã cử …", "năm nay xã phấn đấu …").
    static let areaItselfBefore = KeySet(["bàn", "trong", "bộ", "ủy", "uỷ", "qua", "nay", "này"].map(FoldedKey.fold))


    /// The levels of areas, in the order `completedByAnyLevel` tries them.
    private static let areaLevels: [OrganisationLevel] = [.province, .city, .town, .district, .commune, .hamlet]

    /// `text` completed by the area in view whose leading words match most of its last words ("…
    /// thị xã" by "thị xã Bến Lội" rather than by "xã Tân Phong"); levels are tried in a fixed
    /// order, so the answer never depends on a dictionary's order.
    static func completedByAnyLevel(_ text: String, areas: [OrganisationLevel: String]) -> String? {
        var best: (text: String, replaced: Int)?
        let words = text.spaceSeparatedWordCount
        for level in areaLevels {
            guard let area = areas[level], let done = completed(text, by: area) else { continue }
            let replaced = words - (done.spaceSeparatedWordCount - area.spaceSeparatedWordCount)
            if best.map({ replaced > $0.replaced }) ?? true { best = (done, replaced) }
        }
        return best?.text
    }

    /// `text` ending in an area word completed by the area named before with the same word:
    /// "Hội LHPN xã" and "xã Tân Phong" give "Hội LHPN xã Tân Phong", "toàn xã" gives "toàn xã Tân
    /// Phong"; nil when the words differ.
    static func completed(_ text: String, by area: String) -> String? {
        // "Toàn huyện" after "toàn huyện Sơn Đình": completed by "huyện Sơn Đình".
        if case let areaWords = area.spaceSeparatedWords, areaWords.count > 1, FoldedKey.fold(String(areaWords[0])) == toan {
            return completed(text, by: areaWords.dropFirst().joined(separator: " "))
        }
        let words = text.spaceSeparatedWords
        let foldedArea = FoldedKey.fold(area)
        for k in stride(from: min(3, words.count - 1), through: 1, by: -1) {
            let tail = words.suffix(k).joined(separator: " ")
            if foldedArea.hasPrefix(FoldedKey.fold(tail) + " ") {
                return words.dropLast(k).joined(separator: " ") + " " + area
            }
        }
        return nil
    }

    /// - Parameter excluded: code point ranges whose mentions are never subjects (the issuers and
    ///   titles of document references).
    init(analysis: TextAnalysis, mentions: [OrganisationMention], excluded: [Range<Int>] = []) {
        self.analysis = analysis
        var mentions = mentions
        for i in mentions.indices where excluded.contains(where: { WorkCounter.tick(); return $0.contains(mentions[i].start) }) {
            mentions[i].isLocator = true
            mentions[i].locatesPrevious = false
        }
        self.mentions = mentions
        var resolved: [String?] = []
        var lastByLevel: [OrganisationLevel: String] = [:]
        var lastAreaByLevel: [OrganisationLevel: String] = [:]  // area names alone ("huyện Yên Khánh")
        var lastAboveCell: String?
        var lastAboveCellRank: Int?
        var cellNames: Set<String> = []  // the folded names, without party words, of named cells
        // Where the last cell was named, and the last institution named by its own name alone (no
        // party words before it: "QTDND An Bài Thượng"), with where.
        var lastCellAt: Int?
        var lastBareEntity: (at: Int, text: String)?
        // The last hamlet named at the head of its clause ("Xóm Đồng Lạnh. Chi bộ có 48 đảng viên"),
        // with where: the place whose cell a later "Chi bộ" is, when named since the last cell.
        var lastHamlet: (at: Int, text: String)?
        // Where a cell was last named or referred to by its head ("Chi bộ Đồn"): a hamlet named before
        // it is not the place of a later "Chi bộ".
        var lastCellReferenceAt = -1
        // The texts of units named as parts or examples of what was counted (`isListedPart`).
        var partNames = Set<String>()
        var anyAreaByLevel: [OrganisationLevel: String] = [:]
        var named: [OrganisationMention] = []
        // Party bodies named to locate a unit ("Chi bộ … trực thuộc Đảng bộ Sở Nông nghiệp và Môi
        // trường"): no subject there, but what "toàn Đảng bộ Sở" may mean right after.
        var locatingBodies: [String] = []
        // "Đảng ủy Công ty" resolved so far, by its head and text: the index in `named` of the
        // answer and how many names were searched, so that each name is searched once per form.
        var entityAnswers: [String: (answer: Int?, searched: Int)] = [:]
        // Institutions named by their heads and area word alone, which named themselves ("Đảng ủy
        // Khối các cơ quan và doanh nghiệp tỉnh"): the last one by each leading run of the words
        // of its heads ("khối", "khối các", …), so that a shorter form finds it in one lookup.
        var selfNamedByHeadPrefix: [String: String] = [:]
        // The same for the words after the party words, and those words of each name.
        var bareAnswers: [String: (answer: Int?, searched: Int)] = [:]
        var namedBare: [String] = []
        /// The index in `named` of the last name whose words after its party words are `bare` or
        /// begin with it; each name is searched once per form.
        func lastNamed(withBareWords bare: String) -> Int? {
            guard !bare.isEmpty else { return nil }
            var (found, seen) = bareAnswers[bare] ?? (nil, 0)
            for i in seen..<named.count {
                WorkCounter.tick()
                if namedBare.count <= i { namedBare.append(Self.withoutPartyWords(named[i].text)) }
                // "Nông trường" in "Công ty TNHH MTV Nông trường Thung Khải": words of the name too.
                if namedBare[i] == bare || namedBare[i].hasPrefix(bare + " ") || namedBare[i].contains(" " + bare + " ") {
                    found = i
                }
            }
            bareAnswers[bare] = (found, named.count)
            return found
        }
        /// The index in `named` of the last name at `m`'s level that begins with `m`'s words after
        /// its party words and has at least two more (`m` of one or two words, naming no area).
        /// Names are indexed once, by their level and first one and two words (`longerByPrefix`).
        struct NamePrefix: Hashable { let level: OrganisationLevel; let words: String }
        var longerByPrefix: [NamePrefix: Int] = [:]
        var prefixesIndexed = 0
        func shortenedName(_ m: OrganisationMention) -> Int? {
            guard m.innerAreas.isEmpty, m.areaLevel == nil, !named.isEmpty else { return nil }
            while prefixesIndexed < named.count {
                WorkCounter.tick()
                // (The bare words of each name, shared with `lastNamed(withBareWords:)`.)
                while namedBare.count <= prefixesIndexed { namedBare.append(Self.withoutPartyWords(named[namedBare.count].text)) }
                let words = namedBare[prefixesIndexed].spaceSeparatedWords
                for length in 1...2 where words.count >= length + 2 {
                    let prefix = NamePrefix(level: named[prefixesIndexed].level, words: words.prefix(length).joined(separator: " "))
                    longerByPrefix[prefix] = prefixesIndexed
                }
                prefixesIndexed += 1
            }
            let bare = Self.withoutPartyWords(m.text)
            let words = bare.spaceSeparatedWordCount
            guard words >= 1, words <= 2 else { return nil }
            // "Đảng ủy Vườn" after "Đảng bộ Vườn quốc gia Tà Pìn": a party body's short name may
            // begin the name of an institution with a party body.
            return longerByPrefix[NamePrefix(level: m.level, words: bare)]
                ?? (m.level == .dangBo ? longerByPrefix[NamePrefix(level: .entity, words: bare)] : nil)
        }
        // Institutions above the one in view, named after a visiting official's title: no subject,
        // but what "Toàn Khối" refers to when nothing in view has that head.
        var aboveNamed: [String] = []
        // Named mass organisations by the keys of their head words ("tỉnh đoàn" → "Tỉnh đoàn Bình Lâm").
        var massByHead: [String: String] = [:]
        // Named training providers, by the folded words of their text ("Trường Chính trị tỉnh A").
        var providers: [String] = [], providerTexts: [String] = []
        var providerNames: [String?] = []
        // A paragraph that names several areas of one level below the organisation in view, as
        // examples ("Ở cơ sở, Đảng bộ xã A … Đảng bộ thị trấn B … Ngược lại, Đảng bộ xã C …"), leaves
        // that organisation in view after it: the line being read, the organisation in view when it
        // began, the areas it named by level, and what to go back to after it (`revertTo` per mention).
        var lineEnd = -1  // where the line being read ends (looked up once per line, not per mention)
        var aboveAtLineStart: (text: String, rank: Int)?
        var lineAreas: [OrganisationLevel: [String]] = [:]  // (a few per line: compared, not hashed)
        var examplesParent: (text: String, rank: Int, examples: [String])?
        var revertTo: [String?] = []
        for m in mentions {
            if m.start > lineEnd {
                if let parent = examplesParent, let current = lastAboveCell, parent.examples.contains(current) {
                    lastAboveCell = parent.text
                    lastAboveCellRank = parent.rank
                }
                examplesParent = nil
                lineEnd = analysis.lines.range(ofLine: analysis.lines.line(of: m.start)).upperBound
                aboveAtLineStart = lastAboveCell.flatMap { text in lastAboveCellRank.map { (text, $0) } }
                lineAreas = [:]
            }
            defer {
                let r = resolved.last ?? nil
                revertTo.append(examplesParent.flatMap { parent in r.map { parent.examples.contains($0) } == true ? parent.text : nil })
            }
            // "Trung tâm Chính trị huyện" after "huyện Diễn Lộc": "Trung tâm Chính trị huyện Diễn Lộc".
            let providerName = m.hasProviderHead && !m.isLocator
                ? (m.innerAreas.isEmpty ? Self.completedByAnyLevel(m.text, areas: lastAreaByLevel) : m.text)
                : nil
            providerNames.append(providerName)
            // (What "Trung tâm" refers to later: the name completed by its area.)
            if m.isProvider && !m.isLocator && m.form == .named {
                providers.append(FoldedKey.fold(m.text))
                providerTexts.append(providerName ?? m.text)
            }
            // Every area named, in view or not ("(xã Hưng Phú, huyện Kim Giang)", "Bí thư Đảng ủy xã
            // Hưng Phú"): what "Toàn xã" means when no area of its level is in view.
            if m.form == .named, OrganisationRecognizer.isArea(m.level) { anyAreaByLevel[m.level] = m.text }
            for area in m.innerAreas { anyAreaByLevel[area.level] = area.text }
            if m.isLocator, m.form == .named, m.level == .dangBo || m.level == .entity, !m.isMass {
                locatingBodies.append(m.text)
            }
            // "(Chi bộ Khu vực 2: 2 đồng chí; …)": the subject of its bracketed figure, not in view.
            if m.labelsBracketedFigure {
                resolved.append(m.text)
                continue
            }
            if m.isLocator || m.isProvider {
                // "…, Công ty TNHH MTV Nông trường Thung Khải (huyện Tương Lĩnh)": a parent named to
                // locate a unit is no subject here, but "Đảng bộ Nông trường" may refer to it later.
                if m.locatesPrevious, m.form == .named, m.level == .entity, !m.isMass, !m.hasProviderHead, !m.namesFormerUnit {
                    named.append(m)
                }
                resolved.append(nil)
                continue
            }
            // A mass organisation names itself, and changes nothing in view.
            // Its area is one named ("Tỉnh đoàn Bình Lâm": the province Bình Lâm). Its head alone
            // ("Tỉnh đoàn") is the last one named with that head.
            if m.isMass {
                let words = analysis.keys(from: m.firstPosition, to: m.endPosition)
                if m.headKey.isEmpty || m.headKey == words {
                    // "Hội LHPN xã" after "xã Tân Phong": the one of the area in view.
                    let ofArea = m.areaLevel.flatMap { lastAreaByLevel[$0] }.flatMap { Self.completed(m.text, by: $0) }
                    // "Đoàn trường" after "Trường Giáo dục chuyên biệt Hướng Dương": the one of the
                    // institution named before by the head word it ends in.
                    var ofEntity: String?
                    if massByHead[words] == nil, ofArea == nil, m.endPosition - m.firstPosition >= 2 {
                        let last = analysis.keys(from: m.endPosition - 1, to: m.endPosition)
                        if let j = named.lastIndex(where: { $0.level == .entity && !$0.isMass && $0.headKey.hasPrefix(last) }),
                           Self.withoutPartyWords(named[j].text).prefix(while: { $0 != " " }) == last,
                           let space = m.text.lastIndex(of: " ") {
                            ofEntity = m.text[..<space] + " " + Self.droppingPartyWords(named[j].text)
                        }
                    }
                    resolved.append(massByHead[words] ?? ofArea ?? ofEntity ?? m.text)
                } else {
                    resolved.append(m.text)
                    massByHead[m.headKey] = m.text
                }
                for area in m.innerAreas {
                    lastByLevel[area.level] = area.text
                    lastAreaByLevel[area.level] = area.text
                }
                continue
            }
            // "Dự đại hội có đồng chí A, Phó Bí thư Huyện ủy Yên Hà, cùng 148 đại biểu": a visiting
            // official's organisation, above the one in view, is no subject.
            // The same for an institution named by its area word ("…, Phó Bí thư Đảng ủy UBND tỉnh").
            if m.followsTitle, m.form == .named || m.namesItself, let rank = lastAboveCellRank,
               OrganisationRecognizer.rank(m.areaLevel ?? m.trailingAreaLevel ?? m.level) > rank {
                aboveNamed.append(m.text)
                resolved.append(nil)
                continue
            }
            switch m.form {
            case .named:
                // "Đảng bộ Cơ quan" after "Đảng bộ Cơ quan Ủy ban MTTQ tỉnh Lâm Đồng": the first words
                // of a name given before, at the same level, are that name shortened.
                if let longer = shortenedName(m) {
                    resolved.append(named[longer].text)
                    if m.carriesOver, named[longer].level != .chiBo, named[longer].level != .hamlet {
                        lastAboveCell = named[longer].text
                        lastAboveCellRank = OrganisationRecognizer.rank(named[longer].level)
                    }
                    continue
                }
                var m = m
                // "Đảng bộ Cục THADS tỉnh" after "tỉnh Thanh Hóa": the institution of the area in view.
                if m.innerAreas.isEmpty, let level = m.trailingAreaLevel, let area = lastAreaByLevel[level],
                   let whole = Self.completed(m.text, by: area) {
                    m.text = whole
                }
                resolved.append(m.text)
                // A merged unit named again is no antecedent ("toàn xã" after "xã Tân Mỹ"); nor is a
                // row of a list ("…, phường Văn Yên 12 và xã Cẩm Hưng 9" then "Đảng ủy phường …").
                if !m.namesFormerUnit && !m.isListRow {
                    for area in m.innerAreas {
                        lastByLevel[area.level] = area.text
                        lastAreaByLevel[area.level] = area.text
                    }
                    lastByLevel[m.level] = m.text
                }
                // A unit whose party organisation was named a cell ("Chi bộ Trường Mầm non Hoa Sen"),
                // named again ("Hiệu trưởng Trường Mầm non Hoa Sen"), is no antecedent of "Đảng bộ".
                if m.level == .chiBo { cellNames.insert(Self.withoutPartyWords(m.text)); lastCellAt = resolved.count - 1 }
                // (Not a sector in lower case: "thi đỗ vào ngành Kỹ thuật hàng không" names no unit.)
                let bareEntity = m.level == .entity && !Self.opensWithPartyWord(m, analysis)
                    && analysis.tokens[analysis.contentTokens[m.firstPosition]].isCapitalized
                // (Not a person's workplace after a title: "…, nay là Phó Trưởng Phòng Thí nghiệm A".)
                if bareEntity, !m.isMass, !m.hasProviderHead, m.carriesOver, !m.followsTitle {
                    lastBareEntity = (resolved.count - 1, m.text)
                }
                // (Not a hamlet qualifying a noun: "tại nhà văn hóa xóm Đồng Lạnh".)
                if m.level == .hamlet, m.carriesOver, !m.isListRow, !m.namesFormerUnit, !m.followsTitle,
                   Self.headsClause(m, analysis) {
                    lastHamlet = (resolved.count - 1, m.text)
                }
                // A unit listed before as a part of the one in view ("… như Trung tâm A, …"), named
                // again, leaves that one in view ("Trung tâm A có 6 đảng viên. … Đảng ủy cử …").
                if m.isListedPart, m.form == .named { partNames.insert(m.text) }
                let namesPart = bareEntity && partNames.contains(m.text)
                if m.level != .chiBo && m.level != .hamlet && m.carriesOver && !namesPart && !m.hasDepartmentHead
                    && (cellNames.isEmpty || !cellNames.contains(Self.withoutPartyWords(m.text))) {
                    lastAboveCell = m.text
                    lastAboveCellRank = OrganisationRecognizer.rank(m.level)
                    if OrganisationRecognizer.isArea(m.level), !m.isListRow {
                        if !(lineAreas[m.level]?.contains(m.text) ?? false) { lineAreas[m.level, default: []].append(m.text) }
                        if let areas = lineAreas[m.level], areas.count >= 2, let above = aboveAtLineStart,
                           above.rank > OrganisationRecognizer.rank(m.level) {
                            examplesParent = (above.text, above.rank, areas)
                        }
                    }
                }
                named.append(m)
            case .whole where m.level == .dangBo:
                // "toàn Đảng bộ tỉnh" after "tỉnh Hải Đông" is "toàn Đảng bộ tỉnh Hải Đông".
                // "Toàn Đảng bộ Chi cục" after "Chi cục Kiểm lâm tỉnh Quảng Lâm": that institution.
                let bare = Self.withoutPartyWords(String(m.text.drop { $0 != " " }.dropFirst()))
                let institution = m.areaLevel == nil ? lastNamed(withBareWords: bare) : nil
                if let level = m.areaLevel, let area = lastAreaByLevel[level],
                   let whole = Self.completed(m.text, by: area) {
                    resolved.append(whole)
                } else if let institution {
                    resolved.append(named[institution].text)
                } else if !bare.isEmpty, let body = locatingBodies.last(where: { name in
                    WorkCounter.tick()
                    let words = Self.withoutPartyWords(name)
                    return words == bare || words.hasPrefix(bare + " ")
                }) {
                    resolved.append(body)
                } else {
                    resolved.append(lastAboveCell ?? m.text)  // "toàn Đảng bộ": the party organisation in view
                }
            case .whole:
                // "toàn xã" after "xã An Hải Đông" is "toàn xã An Hải Đông".
                let antecedent = lastAreaByLevel[m.level] ?? lastByLevel[m.level]
                // ("Toàn xã" after "Đảng ủy xã Hưng Phú": the area of the party body named.)
                if let whole = antecedent.flatMap({ Self.completed(m.text, by: $0) ?? Self.completed(m.text, by: Self.droppingPartyWords($0)) })
                    ?? anyAreaByLevel[m.level].flatMap({ Self.completed(m.text, by: Self.droppingPartyWords($0)) }) {
                    resolved.append(whole)
                } else if m.level == .entity, case let kind = String(m.text.drop { $0 != " " }.dropFirst()),
                          let institution = lastNamed(withBareWords: Self.withoutPartyWords(kind)),
                          let name = Self.name(startingWith: kind, in: named[institution].text),
                          let whole = Self.completed(m.text, by: name) {
                    // "Toàn Công ty" after "Đảng ủy Công ty Cổ phần Gang thép Khe Cát": that company.
                    resolved.append(whole)
                } else if m.level == .entity, case let kind = String(m.text.drop { $0 != " " }.dropFirst()),
                          case let bare = Self.withoutPartyWords(kind), !bare.isEmpty,
                          let above = aboveNamed.suffix(Self.aboveNamedReach).last(where: { name in
                              WorkCounter.tick()
                              let words = Self.withoutPartyWords(name)
                              return words == bare || words.hasPrefix(bare + " ")
                          }),
                          let name = Self.name(startingWith: kind, in: above),
                          let whole = Self.completed(m.text, by: name) {
                    // "Toàn Khối" after "…, Phó Bí thư Đảng ủy Khối các cơ quan tỉnh": that bloc.
                    resolved.append(whole)
                } else {
                    resolved.append(m.text)
                }
            case .anaphor:
                switch m.level {
                case .dangBo: resolved.append(lastAboveCell)
                case .entity:
                    // "Đảng ủy Công ty", "Đảng bộ Đồn": the last name with the same head word.
                    let form = m.headKey + "\u{1}" + m.text
                    var (answer, searched) = entityAnswers[form] ?? (nil, 0)
                    if !m.headKey.isEmpty {
                        // Not a cell named after a part of the institution ("Chi bộ Văn phòng Công ty"
                        // for a later "Công ty").
                        let bare = Self.withoutPartyWords(m.text)
                        for i in searched..<named.count {
                            WorkCounter.tick()
                            if named[i].headKey.hasPrefix(m.headKey) || named[i].text.contains(m.text),
                               !(Self.isCell(named[i]) && Self.withoutPartyWords(named[i].text).hasSuffix(" " + bare)) { answer = i }
                        }
                    }
                    entityAnswers[form] = (answer, named.count)
                    if answer == nil {
                        // "Đảng ủy Công an huyện" after "Đảng bộ Công an huyện Phù Tiên Đông": the
                        // same words once the party words are set aside.
                        answer = lastNamed(withBareWords: Self.withoutPartyWords(m.text))
                    }
                    // "nhà trường" after "Trường Chính trị tỉnh A": a provider, which names itself.
                    let provider = answer == nil && !m.headKey.isEmpty
                        ? providers.lastIndex(where: { $0.hasPrefix(m.headKey + " ") }).map { last in
                            // "Trung tâm Chính trị huyện" after "Trung tâm Chính trị huyện Quỳnh Lâm": the
                            // full name given before.
                            providers[..<last].lastIndex(where: { $0.hasPrefix(providers[last] + " ") }).map { providerTexts[$0] }
                                ?? providerTexts[last]
                        } : nil
                    // "Đảng ủy Khối" after "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh" named itself: that one.
                    // (Not a cell: "Chi bộ Quân sự" is the cell itself, not "Ban Chỉ huy Quân sự xã".)
                    let selfNamedBefore = answer == nil && provider == nil && m.namesItself && !m.headKey.isEmpty && !m.hasCellHead
                        ? selfNamedByHeadPrefix[m.headKey].flatMap { $0.count > m.text.count ? $0 : nil }
                        : nil
                    if answer == nil && provider == nil && m.namesItself && selfNamedBefore == nil {
                        var prefix = ""
                        for word in m.headKey.spaceSeparatedWords.prefix(Self.headPrefixWords) {
                            prefix += prefix.isEmpty ? String(word) : " " + word
                            selfNamedByHeadPrefix[prefix] = m.text
                        }
                    }
                    resolved.append(answer.map { named[$0].text } ?? provider ?? selfNamedBefore
                                    ?? (m.namesItself ? m.text : lastAboveCell))
                    if m.hasCellHead { lastCellReferenceAt = resolved.count - 1 }
                    // "8. Chi bộ Công an phường. Chi bộ có 31 đảng viên": a cell of an institution named
                    // by its area word is the cell a later "Chi bộ" refers to.
                    if m.hasCellHead, m.namesItself, m.areaLevel != nil, answer == nil, provider == nil, let r = resolved.last ?? nil {
                        lastByLevel[.chiBo] = r
                        lastCellAt = resolved.count - 1
                    }
                    // So is the cell of an institution named before by its head ("Chi bộ Đoàn Xiếc" after
                    // "Đoàn Xiếc Phú Lâm"): a later bare "chi bộ" is the institution's, unless one named since
                    // the last cell is (see the `.chiBo` case below).
                    // (Not a speaker's own, "Chi bộ Hiệp hội chúng tôi": another speaker's "Chi bộ" is theirs.)
                    else if m.hasCellHead, m.carriesOver, let a = answer, !Self.isCell(named[a]), !named[a].isMass,
                            !analysis.keyIs(m.endPosition, oneOf: Self.firstPerson) {
                        lastByLevel[.chiBo] = named[a].text
                    }
                    // "… nâng Chi bộ Hạt Kiểm lâm thành Đảng bộ cơ sở": the institution named before is
                    // in view again (not a cell, a mass organisation, or one after a title).
                    // "Đồn Biên phòng Cửa Vĩnh …. Đảng bộ Đồn …": an institution with a party body of its
                    // own, whose "Chi bộ" is none of its own.
                    // (Not the institution named again without party words: "Giám đốc Thư viện tỉnh".)
                    if let a = answer, !m.hasCellHead, lastBareEntity?.text == named[a].text,
                       Self.opensWithPartyWord(m, analysis) { lastBareEntity = nil }
                    if let a = answer, !Self.isCell(named[a]), !named[a].isMass, !named[a].hasDepartmentHead, !m.followsTitle, m.carriesOver,
                       cellNames.isEmpty || !cellNames.contains(Self.withoutPartyWords(named[a].text)) {
                        lastAboveCell = named[a].text
                        lastAboveCellRank = OrganisationRecognizer.rank(named[a].areaLevel ?? named[a].level)
                    }
                    // "Đảng bộ Khối các cơ quan tỉnh" opening an article with nothing in view: in view
                    // from now on, as a name is (not an institution mentioned in passing later).
                    if answer == nil, m.namesItself, m.carriesOver, !m.hasCellHead, lastAboveCell == nil {
                        lastAboveCell = m.text
                        lastAboveCellRank = OrganisationRecognizer.rank(m.areaLevel ?? m.level)
                        named.append(m)
                    }
                default:
                    // An area word that qualifies a noun ("trung tâm xã", "tại Hội sở tỉnh") names a
                    // place, not what a figure after it is about.
                    // ("Như vậy chi bộ hiện có …": a lower-case "chi bộ" recognised as a reference is one.)
                    let qualifies = m.level != .chiBo && Self.qualifiesNoun(m, analysis)
                    var r = qualifies ? nil : lastByLevel[m.level]
                    // "QTDND An Bài Thượng là quỹ nhỏ nhất huyện … Chi bộ có 6 đảng viên": the cell of
                    // an institution named since the last cell, which has no party body named of its own.
                    // (Not after a title: "Bí thư Chi bộ" is the cell in view.)
                    // The same for a hamlet named at the head of its clause ("Xóm Đồng Lạnh. Chi bộ có
                    // 48 đảng viên": "Chi bộ xóm Đồng Lạnh"), whichever was named last.
                    if m.level == .chiBo, !qualifies, !m.followsTitle {
                        let since = lastCellAt ?? -1
                        let entity = lastBareEntity.flatMap { $0.at > since ? $0 : nil }
                        let hamlet = lastHamlet.flatMap { $0.at > max(since, lastCellReferenceAt) ? $0 : nil }
                        if let hamlet, hamlet.at > entity?.at ?? -1 {
                            r = "Chi bộ " + hamlet.text.prefix(1).lowercased() + hamlet.text.dropFirst()
                        } else if let entity {
                            r = "Chi bộ " + entity.text
                        }
                        // Later "chi bộ" refer to it too.
                        if entity != nil || hamlet != nil, let r { lastByLevel[.chiBo] = r }
                    }
                    resolved.append(r)
                    // "Đảng bộ xã …, Đảng ủy đã kết nạp …": the party organisation now in view.
                    // (Not the area of the one in view after a noun and "trong": "Đảng bộ TAND tỉnh A
                    // … thẩm phán của ngành trong tỉnh … Đảng bộ kết nạp …" is the court's.)
                    // (Nor the owner of one figure: "tỷ lệ … của huyện đạt 87,5%".)
                    if let r, m.level != .chiBo && m.level != .hamlet, !qualifies, !OrganisationRecognizer.ownsFigureAfter(m, analysis),
                       !(Self.followsNounAndTrong(m, analysis) && lastAboveCell.map { $0 != r && $0.hasSuffix(" " + r) } == true) {
                        lastAboveCell = r
                        lastAboveCellRank = OrganisationRecognizer.rank(m.level)
                    }
                }
            }
        }
        self.resolved = resolved
        self.providerNames = providerNames
        self.revertTo = revertTo
        sentenceOf = mentions.map { analysis.sentenceIndex(ofContent: $0.firstPosition) }
        var lastResolved: [Int?] = [], lastCarrying: [Int?] = [], providerArea: [String?] = []
        var lastCarryingAbove: [Int?] = [], lastProvider: [Int?] = [], lastNamed: [Int?] = []
        for (i, m) in mentions.enumerated() {
            lastNamed.append(resolved[i] != nil && !m.isListRow ? i : lastNamed.last ?? nil)
            // A person's workplace after a title ("…, Phó Chủ tịch UBND huyện A, …") provides nothing.
            lastProvider.append(m.hasProviderHead && !m.isLocator && !m.followsTitle ? i : lastProvider.last ?? nil)
            lastResolved.append(resolved[i] != nil ? i : lastResolved.last ?? nil)
            lastCarrying.append(resolved[i] != nil && m.carriesOver && !m.isMass ? i : lastCarrying.last ?? nil)
            lastCarryingAbove.append(resolved[i] != nil && m.carriesOver && !m.isMass && !Self.isCell(m) ? i : lastCarryingAbove.last ?? nil)
            // A provider of an unnamed area ("Trường Chính trị tỉnh") stands for itself, unless an
            // earlier one named it.
            providerArea.append(m.isProvider && !m.followsTitle
                ? m.innerAreas.first?.text ?? providerArea.last ?? m.text : providerArea.last ?? nil)
        }
        var nextLinked = [Int?](repeating: nil, count: mentions.count + 1)
        for j in mentions.indices.reversed() {
            let before = mentions[j].firstPosition - 1
            let linked = analysis.keyIs(before, oneOf: Self.forwardLinks)
            nextLinked[j] = linked && resolved[j] != nil && !mentions[j].isListedPlace ? j : nextLinked[j + 1]
        }
        self.lastResolved = lastResolved
        self.lastCarryingAbove = lastCarryingAbove
        self.lastProvider = lastProvider
        self.lastCarrying = lastCarrying
        self.nextLinked = nextLinked
        self.lastNamed = lastNamed
        self.providerArea = providerArea
    }

    /// The folded words of an organisation's text after its leading party words ("Đảng ủy Công an
    /// huyện" → "cong^ an huye^n5").
    /// How many of the last institutions named after a visiting official's title "Toàn Khối" looks through.
    static let aboveNamedReach = 8

    /// How many leading words of an institution's heads index it for its shorter forms.
    static let headPrefixWords = 8

    /// The part of `text` from the first word of `kind` on, compared without case and diacritics:
    /// "Công ty Cổ phần Gang thép Khe Cát" in "Đảng ủy Công ty Cổ phần Gang thép Khe Cát".
    static func name(startingWith kind: String, in text: String) -> String? {
        guard let first = kind.spaceSeparatedWords.first.map({ FoldedKey.fold(String($0)) }) else { return nil }
        let words = text.spaceSeparatedWords
        guard let j = words.firstIndex(where: { FoldedKey.fold(String($0)) == first }) else { return nil }
        return words[j...].joined(separator: " ")
    }

    private static let toan = FoldedKey.fold("toàn")

    /// Whether a mention's first word is a party word ("Đảng bộ …", "Chi bộ …"), not an
    /// institution's own ("Thư viện tỉnh …").
    private static func opensWithPartyWord(_ m: OrganisationMention, _ analysis: TextAnalysis) -> Bool {
        partyWords.contains(analysis.tokens[analysis.contentTokens[m.firstPosition]].key)
    }

    /// `text` as written without its leading party words: "xã Hưng Phú" of "Đảng ủy xã Hưng Phú".
    static func droppingPartyWords(_ text: String) -> String {
        let words = text.spaceSeparatedWords
        let kept = words.drop { partyWords.contains(FoldedKey.fold(String($0))) }
        return kept.isEmpty ? text : kept.joined(separator: " ")
    }

    static func withoutPartyWords(_ text: String) -> String {
        let bare = FoldedKey.words(of: text, droppingLeading: partyWords, keepingOne: false)
        // "Đảng bộ cơ sở Công ty": a grassroots party organisation.
        return bare.hasPrefix(grassroots) ? String(bare.dropFirst(grassroots.count)) : bare
    }

    private static let grassroots = FoldedKey.fold("cơ") + " " + FoldedKey.fold("sở") + " "

    /// Whether a mention is a lower-case area word after a lower-case word of its clause, as in
    /// "trung tâm xã", "cán bộ xã", "của xã" (not "Ban Thường vụ Huyện ủy").
    static func qualifiesNoun(_ m: OrganisationMention, _ analysis: TextAnalysis) -> Bool {
        guard m.firstPosition > 0 else { return false }
        let content = analysis.contentTokens
        let t = analysis.tokens[content[m.firstPosition - 1]]
        guard t.kind == .word, !analysis.tokens[content[m.firstPosition]].isCapitalized,
              // "trên địa bàn huyện", "trong xã", "năm qua xã đã cử": the area itself (`areaItselfBefore`).
              !analysis.keyIs(m.firstPosition - 1, oneOf: areaItselfBefore) else { return false }
        // "tỷ lệ … hoàn thành tốt nhiệm vụ trở lên của huyện đạt 87,5%": whose figure follows.
        if OrganisationRecognizer.ownsFigureAfter(m, analysis) { return false }
        // "3 huyện phía Tây tỉnh": a part of the area by its direction.
        return !t.isCapitalized || analysis.keyIs(m.firstPosition - 2, Keys.phia)
    }


    /// Whether a mention heads its clause: first in its sentence, after punctuation, or after a
    /// capitalised word ("Ở xóm …"); not after a lower-case word or a number ("nhà văn hóa xóm
    /// Đồng Lạnh", "phòng số 12 khu B").
    static func headsClause(_ m: OrganisationMention, _ analysis: TextAnalysis) -> Bool {
        guard m.firstPosition > 0,
              analysis.sentenceIndex(ofContent: m.firstPosition - 1) == analysis.sentenceIndex(ofContent: m.firstPosition)
        else { return true }
        let t = analysis.tokens[analysis.contentTokens[m.firstPosition - 1]]
        return t.kind == .punct || (t.kind == .word && t.isCapitalized)
    }

    /// Whether a mention comes after "trong" after a lower-case word: "các cấp ủy trong tỉnh".
    static func followsNounAndTrong(_ m: OrganisationMention, _ analysis: TextAnalysis) -> Bool {
        guard m.firstPosition > 1, analysis.keyIs(m.firstPosition - 1, Keys.trong) else { return false }
        let before = analysis.tokens[analysis.contentTokens[m.firstPosition - 2]]
        return before.kind == .word && !before.isCapitalized
    }

    private static let partyWords: Set<String> = Set(["đảng", "bộ", "ủy", "uỷ", "chi"].map(FoldedKey.fold))

    /// The subject of a figure whose first token is at content position `position`.
    func subject(at position: Int) -> String? { resolve(at: position).text }

    /// The subject a name starting at content position `p` gives, when a named organisation starts
    /// there that is a subject at all (no locator, provider or listed place): "Công ty CP Giày Phúc
    /// Lộc" in "Hơn 3.400 công nhân Công ty CP Giày Phúc Lộc làm việc …".
    func namedSubject(startingAt p: Int) -> String? {
        let i = mentions.partitioningIndex { $0.firstPosition >= p }
        guard i < mentions.count, mentions[i].firstPosition == p, mentions[i].form == .named,
              !mentions[i].isLocator, !mentions[i].isProvider, !mentions[i].isListedPlace else { return nil }
        return resolved[i]
    }

    /// The organisation named at content position `p` as the parent of units counted right before
    /// it ("34 chi bộ trực thuộc Đảng ủy phường Hòa Mục"), a locator there but whose units they are.
    func parentNamed(startingAt p: Int) -> String? {
        let i = mentions.partitioningIndex { $0.firstPosition >= p }
        guard i < mentions.count, mentions[i].firstPosition == p, mentions[i].form == .named,
              !mentions[i].isMass, !mentions[i].isProvider else { return nil }
        return resolved[i] ?? mentions[i].text
    }

    /// The organisation named right before content position `end` after "thuộc" that follows a noun
    /// of units after "số" ("nâng số chi bộ trực thuộc Đảng ủy xã lên 16"): whose units are counted.
    func parentNamed(endingAt end: Int, lexicons: Lexicons) -> String? {
        let i = mentions.partitioningIndex { $0.endPosition >= end }
        guard i < mentions.count, mentions[i].endPosition == end, !mentions[i].isMass, !mentions[i].isProvider,
              analysis.keyIs(mentions[i].firstPosition - 1, Keys.thuoc) else { return nil }
        var s = mentions[i].firstPosition - 2
        while s >= 0 && mentions[i].firstPosition - s <= 5 && !analysis.keyIs(s, Keys.so) { s -= 1 }
        guard s >= 0, analysis.keyIs(s, Keys.so), let noun = lexicons.units.longestMatch(analysis, at: s + 1),
              noun.value.family == "party_units", s + 1 + noun.length == mentions[i].firstPosition else { return nil }
        if mentions[i].form == .named { return resolved[i] ?? mentions[i].text }
        // ("Đảng ủy xã" after "thuộc" is a locator, resolved to nothing: the last of its level.)
        return resolved[i] ?? mentions[..<i].lastIndex { $0.level == mentions[i].level && $0.form == .named }.flatMap { resolved[$0] }
    }

    /// How many mentions after a figure a sentence opening with "Với" is searched for its subject.
    static let afterCommaReach = 4

    /// Whether "với" (and "tổng số") comes right before content position `position` (a figure).
    private func followsWith(_ position: Int) -> Bool { analysis.keyIs(withStart(position), Keys.voi) }
    private static let cong = KeyConstant(folding: "cộng")

    /// Where "với" (and "tổng số") before a figure at `position` starts.
    private func withStart(_ position: Int) -> Int {
        var q = position - 1
        while q > 0 && position - q <= 3 && (analysis.keyIs(q, Keys.tong) || analysis.keyIs(q, Keys.so) || analysis.keyIs(q, Self.cong)) { q -= 1 }
        return q
    }

    /// Whether sentence `sentence` opens with "Với" ("Với 3.412 công nhân, …").
    private func opensWithVoi(_ sentence: Int) -> Bool {
        analysis.keyIs(analysis.position(atOrAfter: analysis.sentences[sentence].lowerBound), Keys.voi)
    }

    /// The subject of a figure at content position `position`, and whether its own sentence names
    /// it; `training` for the figures of a training fact, which a provider opening an earlier
    /// sentence of the paragraph may own.
    func resolve(at position: Int, training: Bool = false) -> (text: String?, explicit: Bool) {
        let offset = analysis.tokens[analysis.contentTokens[position]].start
        let sentence = analysis.sentenceIndex(at: offset)
        // Index of the first mention starting at or after the figure.
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        // "… 19 đảng viên ở Chi bộ Quân sự và 14 đảng viên ở Chi bộ Công an": a mention after "ở"
        // right after the figure and its noun ("tại" there is a venue more often); also a cell
        // after "thuộc" or "của" ("02 đồng chí thuộc Chi bộ Hướng dẫn viên", "khai trừ 1 đảng viên của
        // Chi bộ Trạm …").
        if let j = nextLinked[lo], sentenceOf[j] == sentence, mentions[j].firstPosition - position <= Self.linkedReach,
           analysis.keyIs(mentions[j].firstPosition - 1, Keys.o)
            || (analysis.keyIs(mentions[j].firstPosition - 1, oneOf: Self.cellLinks) && mentions[j].level == .chiBo),
           !mentions[j].isListedPlace, let r = resolved[j],
           // Not the next item of a list ("ở A là 38,5%, ở B là 44%").
           !(position..<mentions[j].firstPosition).contains(where: { analysis.keyIs($0, Keys.comma) }) {
            return (r, true)
        }
        // The nearest mention before the figure in its sentence; past the parts of a whole listed
        // before a figure of the whole ("có 14 chi bộ, gồm …, Chi bộ Quân sự phường, với tổng số 547
        // đảng viên": the whole's, named before the list or in view).
        if lo > 0, let i = lastResolved[lo - 1], sentenceOf[i] == sentence, let r = resolved[i] {
            /// The nearest mention resolved before `i` in the sentence, past those `passed` says to pass.
            func earlier(than i: Int, passing passed: (Int) -> Bool) -> String? {
                var j = i
                while j >= 0 && sentenceOf[j] == sentence && (passed(j) || resolved[j] == nil) { j -= 1 }
                return j >= 0 && sentenceOf[j] == sentence ? resolved[j] : nil
            }
            // ("kết nạp 5 đảng viên (Chi bộ A: 2 đồng chí; Chi bộ B: 3 đồng chí), nâng tổng số lên 31":
            // the units labelling figures in a closed bracket are passed over.)
            if mentions[i].labelsBracketedFigure,
               (mentions[i].endPosition..<position).contains(where: { analysis.keyIs($0, Keys.closingBracket) }) {
                if let before = earlier(than: i, passing: { mentions[$0].labelsBracketedFigure }) { return (before, true) }
            } else if mentions[i].isListedPart, followsWith(position),
                      let opener = OrganisationRecognizer.countedWholeOpener(at: mentions[i].firstPosition, analysis),
                      // (After a colon, only past the list: ", với tổng số 67 đảng viên", not "Chi bộ A
                      // với 20 đảng viên".)
                      !analysis.keyIs(opener, Keys.colon) || analysis.keyIs(withStart(position) - 1, Keys.comma) {
                if let whole = earlier(than: i, passing: { mentions[$0].isListedPart }) { return (whole, true) }
            } else {
                return (r, true)
            }
        }
        // A mention after it in its sentence, introduced by a forward link.
        if let j = nextLinked[lo], sentenceOf[j] == sentence, let r = resolved[j] { return (r, true) }
        // "Với 7 đảng viên, trong đó 3 đồng chí sắp nghỉ hưu, Chi bộ QTDND Thụy An Hạ …": a sentence
        // opening with "Với" and the figure has its subject after a comma.
        if lo < mentions.count, sentenceOf[lo] == sentence, opensWithVoi(sentence) {
            var j = lo
            while j < mentions.count && sentenceOf[j] == sentence && j - lo < Self.afterCommaReach {
                if analysis.keyIs(mentions[j].firstPosition - 1, Keys.comma), let r = resolved[j] { return (r, true) }
                j += 1
            }
        }
        // "Trung tâm Chính trị huyện Yên Thạch dẫn đầu với 34 lớp": a provider alone before the
        // figure in its sentence, named with the area it serves (as written, or completed by the area
        // of its level in view: "Trung tâm Chính trị huyện" after "huyện Diễn Lộc"); itself when set
        // apart by "Riêng" ("Riêng Trường Chính trị tỉnh tổ chức 29 lớp"); not one of several
        // ("Trường Chính trị tỉnh và 11 Trung tâm Chính trị cấp huyện đã mở 412 lớp"), nor a partner
        // after "với". Otherwise the figure is the organisation's in view.
        if lo > 0, let k = lastProvider[lo - 1], sentenceOf[k] == sentence {
            let m = mentions[k]
            if !analysis.keyIs(m.endPosition, oneOf: Keys.listJoins) {
                // The provider with its area: "Trung tâm Chính trị huyện Yên Thạch"; not a partner
                // ("Đảng ủy xã phối hợp với Trung tâm Chính trị huyện mở lớp …").
                if let name = providerNames[k], !analysis.keyIs(m.firstPosition - 1, Keys.voi) { return (name, true) }
                if analysis.keyIs(m.firstPosition - 1, Keys.rieng) { return (m.text, true) }
            }
        }
        // "Trung tâm Chính trị huyện mở 96 lớp … . Trong đó có 27 lớp …": a provider opening an
        // earlier sentence of the figure's paragraph, with no organisation named since, owns the
        // classes of the sentences after it (not a partner: "phối hợp Trung tâm Chính trị …").
        if training, lo > 0, let k = lastProvider[lo - 1], k == lo - 1, sentenceOf[k] != sentence,
           k == 0 || sentenceOf[k - 1] != sentenceOf[k], opensClause(mentions[k]),
           analysis.lines.line(of: mentions[k].start) == analysis.lines.line(of: offset) {
            return (providerNames[k] ?? mentions[k].text, false)
        }
        // The nearest one before it in the article; a cell named in an earlier paragraph gives way to
        // the organisation above it ("… sáp nhập Chi bộ khu dân cư 7 …" then a new paragraph of the
        // ward's figures).
        if lo > 0, let i = lastCarrying[lo - 1], let r = resolved[i] {
            let cellLine = analysis.lines.line(of: mentions[i].start), figureLine = analysis.lines.line(of: offset)
            if cellLine != figureLine, let parent = revertTo[i] { return (parent, false) }
            if Self.isCell(mentions[i]), cellLine != figureLine, !headsList(line: cellLine, through: figureLine),
               let j = lastCarryingAbove[lo - 1], let above = resolved[j] {
                return (above, false)
            }
            return (r, false)
        }
        // Nothing in view: the place a provider serves, else the last organisation named that is not
        // a row of a list: a mass organisation ("Hội LHPN huyện …", then "các cấp Hội giới thiệu 72
        // hội viên"), or one named in passing ("ở các nông trường của Công ty Cao su Ia Mơr").
        if let served = providerFallback(sentence) { return (served, false) }
        if lo > 0, let i = lastNamed[lo - 1] { return (resolved[i], false) }
        return (nil, false)
    }

    /// Whether a mention opens its clause: first in its sentence or right after punctuation.
    private func opensClause(_ m: OrganisationMention) -> Bool {
        let p = m.firstPosition
        return p == 0 || analysis.contentSentence[p - 1] != analysis.contentSentence[p]
            || analysis.tokens[analysis.contentTokens[p - 1]].kind == .punct
    }

    /// Whether line `heading` ends in a colon and every line after it through `last` is an item of
    /// a list ("Chi bộ Trường Mầm non Hoa Sen:" then "- Có 14 đảng viên …"): the items are about
    /// what the heading names.
    private func headsList(line heading: Int, through last: Int) -> Bool {
        let lines = analysis.lines, scalars = analysis.scalars
        let range = lines.range(ofLine: heading)
        guard last > heading, let end = scalars[range].lastIndex(where: { $0 != " " && $0 != "\t" }), scalars[end] == ":"
        else { return false }
        for line in heading + 1...last {
            guard let first = scalars[lines.range(ofLine: line)].first(where: { $0 != " " && $0 != "\t" }),
                  OrganisationRecognizer.listMarks.contains(first) else { return false }
        }
        return true
    }

    private static func isCell(_ m: OrganisationMention) -> Bool { m.level == .chiBo || m.level == .hamlet }

    /// With nothing else in view, the place a training provider of the sentence serves
    /// ("Trung tâm Chính trị huyện Hàm Phú mở 21 lớp" is about Hàm Phú), or the provider itself when
    /// its area is not named ("Trường Chính trị tỉnh mở 46 lớp").
    private func providerFallback(_ sentence: Int) -> String? {
        // The last mention in a sentence up to `sentence` (`sentenceOf` grows with the index).
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentenceOf[mid] <= sentence { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? providerArea[lo - 1] : nil
    }
}

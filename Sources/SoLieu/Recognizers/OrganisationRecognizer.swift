/// A mention of an organisation: a name (`Đảng bộ TP. Sông Công`), a word that refers back to one
/// (`Đảng bộ`, `Thành ủy`, `thành phố`), or a whole area (`toàn tỉnh`).
public struct OrganisationMention: Sendable {
    public enum Form: Sendable {
        /// A head word followed by a proper name.
        case named
        /// A head word alone, to be resolved to a name given before.
        case anaphor
        /// A whole area, a subject as worded.
        case whole
    }

    public let start: Int, end: Int
    /// Content positions covered: `firstPosition..<endPosition`.
    public let firstPosition: Int, endPosition: Int
    public let form: Form
    /// The level that resolution matches on.
    public let level: OrganisationLevel
    /// The mention as written; for a long name given a short one in brackets, and for that short
    /// name later, the long name with the short one ("Bệnh viện Đa khoa tỉnh Bình Lâm (BVĐK tỉnh)").
    public internal(set) var text: String
    /// Folded key of the last head word of the mention ("công ty", "đồn"), used to resolve
    /// "Đảng ủy Công ty" to the company named before.
    public var headKey = ""
    /// Named areas inside the mention ("xã An Hải Đông" in "Chi bộ Nghề cá xã An Hải Đông").
    public var innerAreas: [(level: OrganisationLevel, text: String)] = []
    /// A place given only to locate another organisation: inside brackets, or an area right after
    /// a name and a comma ("Đảng bộ Công ty X (huyện Y, tỉnh Z)"). Never a subject.
    public var isLocator = false
    /// A training provider ("Trung tâm Chính trị huyện"), or a partner ("phối hợp với …", "do …
    /// tổ chức"): never the subject of a figure.
    public var isProvider = false
    /// Headed by a provider word of `organisations.tsv` ("Trung tâm Chính trị", "UBND"), not only
    /// placed as a partner.
    public var hasProviderHead = false
    /// Whether the mention stays in view after its sentence. Not after "của" ("yêu cầu của …"),
    /// "theo" ("theo Ban Tổ chức …") or "Riêng" (an aside about one unit).
    public var carriesOver = true
    /// On a row of a list of units, one per line (see `markUnitLists`): about that row only.
    public var isListRow = false
    /// "Công an tỉnh", "Bộ Chỉ huy Quân sự huyện": an institution named by its area word alone. It
    /// refers back to a fuller name with the same head when there is one, else names itself.
    public var namesItself = false
    /// The level of the area word that ends such a name ("tỉnh" of "Đảng ủy UBND tỉnh"): the level
    /// of the institution.
    public var areaLevel: OrganisationLevel?
    /// The level of a bare area word that ends a name ("tỉnh" of "Đảng ủy Khối Doanh nghiệp
    /// tỉnh"): an institution of that area, above the units inside it.
    public var trailingAreaLevel: OrganisationLevel?
    /// Headed by a party word of a cell ("Chi bộ Đội Cảnh sát", "chi bộ Công an xã").
    public var hasCellHead = false
    /// Whether the name opens with a department's head word (`departments.tsv`: "Khoa Nhi").
    public var hasDepartmentHead = false
    /// Named right after a person's title ("đồng chí A, Phó Bí thư Huyện ủy Yên Hà, …"): the
    /// person's organisation, a subject only when it is not above the one in view (see
    /// `SubjectResolver`).
    public var followsTitle = false
    /// A unit merged into a new one, named again after the merger was told: a subject in its
    /// sentence only, and no antecedent.
    public var namesFormerUnit = false
    /// A mass organisation (`organisations.tsv`, kind `mass`): a subject of its sentence only, and
    /// no antecedent.
    public var isMass = false
    /// A state office serving the public (`organisations.tsv`, kind `office`).
    public var isOffice = false
    /// One of two or more places listed after "ở", "tại" ("thành lập 3 chi bộ ở Khoa A, Khoa B và
    /// Khoa C"): where the things counted are, shared out among them; no figure's subject alone.
    public var isListedPlace = false
    /// A parent named right after a unit to locate it ("Đội sản xuất Khe Nưa, Công ty TNHH MTV
    /// Nông trường Thung Khải"): no subject there, but an antecedent for a later reference to it.
    public var locatesPrevious = false
    /// A unit named as one of the parts or examples of what is counted ("5 chi bộ ở các đơn vị sự
    /// nghiệp như Trung tâm A, Trung tâm B", "gồm Chi bộ A, Chi bộ B"): a part of the organisation in
    /// view, which stays in view when the part is named again.
    public var isListedPart = false
    /// A unit labelling its figure inside brackets ("kết nạp 5 đảng viên (Chi bộ Khu vực 2: 2 đồng
    /// chí; …)"): that figure's subject, none after the bracket closes.
    public var labelsBracketedFigure = false
}

/// Finds organisation mentions from the head words of `organisations.tsv`.
///
/// A name is a run of capitalised words after a head (`xã Bá Xuyên`, `Chi bộ La Cảnh 2`), possibly
/// through further heads (`Đảng bộ TP. Sông Công`, `Đảng ủy xã Bá Xuyên`). Names of entities may hold
/// single lower-case words between capitalised ones (`Trường Cao đẳng Công nghiệp Việt Đức`) and
/// `số N` (`Công ty CP Phụ tùng máy số 1`). Lower-case party words (`các đảng bộ`) are not mentions.
public enum OrganisationRecognizer {
    /// Quantifiers that make a following area word generic ("các xã", and "cấp xã": a level of
    /// government), not a reference.
    /// Punctuation that ends a clause (and the search for the first unit of a merger's list).
    static let clauseEnds: KeySet = [Keys.semicolon, Keys.fullStop, Keys.colon, Keys.lineBreak]

    /// Words that follow the subject of a clause ("thôn có", "buôn đã").
    static let clauseVerbs = KeySet(["có", "đã", "đang", "được", "vẫn", "cũng", "hiện"].map(FoldedKey.fold))

    /// "sinh hoạt tại/ở": where members are members (grammar).
    static let sinh = KeyConstant(folding: "sinh"), hoat = KeyConstant(folding: "hoạt")
    static let membershipPlaces: KeySet = [Keys.tai, Keys.o]

    /// How many positions before a unit of a list the "tại"/"ở" of "sinh hoạt tại" may stand.
    static let membershipListReach = 12

    /// The position of the "tại" or "ở" right before `p`, or before the list of lower-case words,
    /// commas, list joins and other units that `p` continues ("ở các chi bộ khối phòng, ban, Đội A
    /// và Xưởng B").
    static func membershipPlace(before p: Int, _ analysis: TextAnalysis) -> Int? {
        // (Right after the place, or after a comma or "và" of the list: asked first.)
        guard p > 0, analysis.keyIs(p - 1, oneOf: membershipPlaces) || analysis.keyIs(p - 1, Keys.comma)
                || analysis.keyIs(p - 1, Keys.va) else { return nil }
        var q = p - 1
        while q >= 0 && p - q <= membershipListReach {
            if analysis.keyIs(q, oneOf: membershipPlaces) { return q }
            let t = analysis.tokens[analysis.contentTokens[q]]
            guard t.kind == .word || analysis.keyIs(q, Keys.comma) else { return nil }
            q -= 1
        }
        return nil
    }

    /// "tổ đảng": a party group within a cell (grammar).
    static let to = KeyConstant(folding: "tổ"), dangGroup = KeyConstant(folding: "đảng")

    /// Adverbs of time that may open a clause before its subject: "Hiện chi bộ có …", "Nay chi bộ …".
    /// The connectives "Như vậy", "Vì thế", "Do đó" too: "Như vậy chi bộ hiện có 27 đồng chí".
    static let clauseAdverbs = KeySet(["hiện", "nay", "vậy", "thế", "đó"].map(FoldedKey.fold))

    /// What comes before a number that is a year or the last part of a date, not a count: "năm
    /// 2025", "10/2025", "20-10-2025" (after a slash or a hyphen, a year only: "9/9 thôn" counts).
    static let yearOpeners: KeySet = [Keys.nam, Keys.slash, Keys.hyphen]

    static let quantifiers = KeySet(["các", "những", "mỗi", "nhiều", "mọi", "mấy", "từng", "cùng", "hai", "ba", "cấp"]
        .map(FoldedKey.fold))

    /// Mentions in `analysis`, in order, not overlapping.
    public static func recognize(_ analysis: TextAnalysis, lexicons: Lexicons) -> [OrganisationMention] {
        let content = analysis.contentTokens
        var mentions: [OrganisationMention] = []
        var p = 0
        while p < content.count {
            WorkCounter.tick()
            guard let head = lexicons.organisationHeads.longestMatch(analysis, at: p) else { p += 1; continue }
            // "… thi hành kỷ luật đảng", a blank line, then "Ủy ban Kiểm tra …": no head across
            // paragraphs (a line wrapped inside a paragraph may split one).
            if head.length > 1, (p..<(p + head.length - 1)).contains(where: { analysis.paragraphBreak(after: $0) }) { p += 1; continue }
            let headToken = analysis.tokens[content[p]]
            // "trường", "công ty", "hợp tác xã" in lower case are common nouns (an area word inside one
            // is none); descriptors only follow an area word; "văn bản", "xã hội" are words.
            if head.value.kind == .word
                || ((head.value.kind == .entity || head.value.kind == .provider || head.value.kind.isSentenceOnly)
                    && head.value.capitalized && !headToken.isCapitalized) {
                p += head.length
                continue
            }
            if head.value.kind == .descriptor || head.value.kind == .street {
                p += 1
                continue
            }
            // "đồng chí Nguyễn Khoa Nam", "đồng chí Y Khoa Byă": a capitalised head of an institution
            // right after a family name is a syllable of a person's name.
            if head.value.kind == .entity, headToken.isCapitalized, p > 0, analysis.tokens[content[p - 1]].isCapitalized,
               analysis.keyIs(p - 1, oneOf: lexicons.surnameKeys), analysis.contentSentence[p - 1] == analysis.contentSentence[p] {
                p += 1
                continue
            }
            // "Báo Sóc Trăng", "Vĩnh Sóc có 9 ấp": a capitalised village word after a capitalised
            // word of the same sentence is a syllable of a proper name.
            if head.value.kind == .area, head.value.level == .hamlet, headToken.isCapitalized, p > 0,
               analysis.tokens[content[p - 1]].kind == .word, analysis.tokens[content[p - 1]].isCapitalized,
               analysis.contentSentence[p - 1] == analysis.contentSentence[p] {
                p += 1
                continue
            }
            // "3 thôn", "100% thôn có chi bộ": the things counted, not a reference. (Not a year or a
            // date's last part: "Từ đầu năm 2025 Đảng bộ xã đã kết nạp …", "tháng 10/2025 Đảng ủy xã …".)
            let previousIsNumber = p > 0 && (analysis.tokens[content[p - 1]].kind == .number
                && !(p > 1 && analysis.keyIs(p - 2, oneOf: yearOpeners) && (analysis.keyIs(p - 2, Keys.nam) || FactContext.isYearKey(analysis.tokens[content[p - 1]].key)))
                || (p > 1 && analysis.tokens[content[p - 2]].kind == .number && analysis.keyIs(p - 1, Keys.percentSign)))
            let afterQuantifier = analysis.keyIs(p - 1, oneOf: quantifiers)
            if head.value.kind == .refer {
                // "Chi bộ A là đơn vị kết nạp nhiều nhất": after "là" it describes the subject
                // before it, it refers to nothing.
                // "Hiệu trưởng nhà trường": a person's title, not a reference.
                if !(afterQuantifier || previousIsNumber || analysis.keyIs(p - 1, Keys.la)),
                   phraseEnding(at: p, in: analysis, table: lexicons.personTitles) == nil {
                    var m = mention(analysis, p, p + head.length, .anaphor, head.value.level)
                    // "nhà trường": the school named before, by its head word.
                    if head.value.level == .entity { m.headKey = analysis.keys(from: p + head.length - 1, to: p + head.length) }
                    mentions.append(m)
                }
                p += head.length
                continue
            }
            if head.value.kind == .whole {
                // "toàn Đảng bộ Chi cục Kiểm lâm": an institution's name runs on as after its head.
                let institution = p + head.length < content.count && analysis.tokens[content[p + head.length]].isCapitalized
                    && lexicons.organisationHeads.longestMatch(analysis, at: p + head.length)?.value.kind == .entity
                // "toàn ngành Thống kê tỉnh": a sector's name runs on through lower-case words too.
                let sector = head.value.level == .entity && p + head.length < content.count
                    && analysis.tokens[content[p + head.length]].isCapitalized
                let nameEnd = readName(analysis, from: p + head.length, entity: institution || sector, allowNumber: false,
                                       lexicons: lexicons)
                // "toàn Đảng bộ Khối": a type of organisation, not a name: the whole one in view.
                let onlyType = nameEnd > p + head.length
                    && lexicons.organisationHeads.longestMatch(analysis, at: p + head.length).map {
                        $0.value.kind == .entity && $0.length == nameEnd - p - head.length
                    } ?? false
                // "toàn Đảng bộ tỉnh": the whole party organisation of the area word's level.
                if nameEnd == p + head.length, head.value.level == .dangBo, p + head.length < content.count,
                   !analysis.tokens[content[p + head.length]].isCapitalized,
                   let area = lexicons.organisationHeads.longestMatch(analysis, at: p + head.length), area.value.kind == .area,
                   readName(analysis, from: p + head.length + area.length, entity: false, allowNumber: false,
                            lexicons: lexicons) == p + head.length + area.length {
                    var m = mention(analysis, p, p + head.length + area.length, .whole, head.value.level)
                    m.areaLevel = area.value.level
                    mentions.append(m)
                    p += head.length + area.length
                    continue
                }
                var m = mention(analysis, p, max(nameEnd, p + head.length),
                                nameEnd > p + head.length && !onlyType ? .named : .whole, head.value.level)
                // A whole sector or company is the subject of its own sentence only: it is no party
                // organisation for a later "Đảng bộ" to refer to.
                if sector && !institution { m.carriesOver = false }
                mentions.append(m)
                p = max(nameEnd, p + head.length)
                continue
            }
            // Follow a chain of heads, then read a name.
            var q = p + head.length
            var lastHead = p..<(p + head.length)
            // A mass organisation of an area ("Tỉnh đoàn") is an entity; its level is its area's.
            var level = head.value.kind.isSentenceOnly ? .entity : head.value.level
            var sawEntity = head.value.kind == .entity || head.value.kind == .provider || head.value.kind.isSentenceOnly
            // (Not across a line break: "BIÊN BẢN SINH HOẠT CHI BỘ" over "Chi bộ Khu phố 7 – …".)
            while q < content.count, !analysis.lineBreak(after: q - 1), let inner = lexicons.organisationHeads.longestMatch(analysis, at: q),
                  inner.value.kind != .whole, inner.value.kind != .refer, inner.value.kind != .street, inner.value.kind != .word,
                  !(inner.value.capitalized && !analysis.tokens[content[q]].isCapitalized && inner.value.kind == .entity) {
                // "xã Bản Sen", "phường Thôn Hạ": a capitalised area word right after an area word
                // opens the name.
                if inner.value.kind == .area, analysis.tokens[content[q]].isCapitalized,
                   lexicons.organisationHeads.longestMatch(analysis, at: lastHead.lowerBound)?.value.kind == .area { break }
                if inner.value.kind == .descriptor {
                    guard lexicons.organisationHeads.longestMatch(analysis, at: lastHead.lowerBound)?.value.kind == .area else { break }
                    // "xóm Bãi Ngang,": a capitalised descriptor with no name after it is the name.
                    let after = q + inner.length
                    if analysis.tokens[content[q]].isCapitalized,
                       !(after < content.count && analysis.tokens[content[after]].isCapitalized) { break }
                    q += inner.length
                    continue
                }
                if !sawEntity { level = inner.value.level }
                // "Đảng bộ Trường Chính trị tỉnh": a school's own party organisation is an entity.
                if inner.value.kind == .entity || inner.value.kind == .provider { sawEntity = true; level = .entity }
                lastHead = q..<(q + inner.length)
                q += inner.length
            }
            // "Đảng bộ Nhà trường", "Chi bộ đơn vị": the party body of the one named before.
            if head.value.kind == .party, q == p + head.length, let refer = lexicons.organisationHeads.longestMatch(analysis, at: q),
               refer.value.kind == .refer {
                var m = mention(analysis, p, q + refer.length, .anaphor, refer.value.level)
                if refer.value.level == .entity { m.headKey = analysis.keys(from: q + refer.length - 1, to: q + refer.length) }
                mentions.append(m)
                p = q + refer.length
                continue
            }
            // Names of units and institutions run on through lower-case words; place names do not,
            // also after an institution's area word ("Trung tâm Chính trị huyện Yên Thạch dẫn đầu").
            let endsOnArea = (lastHead.lowerBound > p
                && lexicons.organisationHeads.longestMatch(analysis, at: lastHead.lowerBound)?.value.kind == .area)
                || (head.value.kind.isSentenceOnly && isArea(head.value.level))  // "Tỉnh đoàn Bình Lâm"
            // A party head of an area level ("Đảng ủy xã") is followed by a place name, which does not.
            let runsOn = (sawEntity && !endsOnArea)
                || (head.value.kind == .party && q == p + head.length && !isArea(head.value.level))
            // "Bí thư Chi bộ Lương Văn Bảy": a person right after a party word. (Places may bear
            // people's names: "TP. Hồ Chí Minh", "phường Lê Lợi".)
            // "Trưởng bản Giàng A Sử": the head of a village, by name.
            // ("Đảng ủy phường Trần Hưng Đạo", "Đảng ủy xã Nguyễn Văn Cừ": after a party word and an area
            // word, a place, unless a person's title comes before it: "Bí thư Đảng ủy xã Lê Văn Tám";
            // not "Tỉnh ủy Vũ Thị Thanh Nga", a person after the province's committee.)
            let areaPartyHead = head.value.kind == .party && isArea(head.value.level) && head.length > 1
                && lexicons.organisationHeads.longestMatch(analysis, at: p + head.length - 1)?.value.kind == .area
            let personFollows = (head.value.kind == .party || (head.value.kind == .area && analysis.keyIs(p - 1, Keys.truong)))
                && q == p + head.length && isPersonName(analysis, at: q, lexicons: lexicons)
                && (!areaPartyHead || phraseEnding(at: p, in: analysis, table: lexicons.personTitles) != nil)
            var nameEnd = personFollows ? q
                : readName(analysis, from: q, entity: runsOn, allowNumber: [.hamlet, .commune, .district].contains(level) || runsOn,
                           digitAfterName: runsOn || ![.commune, .district, .town, .city, .province].contains(level),
                           commonNouns: headToken.isCapitalized, lexicons: lexicons)
            // "Bí thư Chi bộ khu phố Đồng Mới Lê Văn Tám": after a person's title, the name of the
            // unit ends where the person's begins.
            // "Bí thư Đảng ủy Công ty Lâm Hoài Phong": right after an institution's head word, too.
            let chainEndsOnEntity = lastHead.lowerBound > p && analysis.tokens[content[lastHead.lowerBound]].isCapitalized
                && lexicons.organisationHeads.longestMatch(analysis, at: lastHead.lowerBound)?.value.kind == .entity
            // "Chi bộ Phòng khám đa khoa có 16 đảng viên", "Chi bộ Khối văn phòng:": a cell of a
            // department named in sentence case, its lower-case words running to a punctuation mark,
            // the line's end or a word that follows a subject (`Keys.afterSubject`).
            if nameEnd == q, head.value.kind == .party, head.value.level == .chiBo, chainEndsOnEntity, !personFollows {
                var r = q
                while r < content.count && r - q < 4 && analysis.tokens[content[r]].kind == .word
                        && !analysis.tokens[content[r]].isCapitalized && !analysis.keyIs(r, oneOf: Keys.afterSubject)
                        && lexicons.nameStops.longestMatch(analysis, at: r) == nil
                        && lexicons.triggers.longestMatch(analysis, at: r) == nil
                        // ("khoa", "văn phòng" in lower case are common nouns here.)
                        && lexicons.organisationHeads.longestMatch(analysis, at: r).map({ $0.value.kind == .entity && $0.value.capitalized }) ?? true
                        && !analysis.lineBreak(after: r - 1)
                        // (Up to "số" before a number: "Chi bộ Đội lái máy số 2".)
                        && !(analysis.keyIs(r, Keys.so) && r + 1 < content.count && analysis.tokens[content[r + 1]].kind == .number) {
                    r += 1
                    // "muối i-ốt": a word written with a hyphen is one word.
                    if analysis.keyIs(r, Keys.hyphen), isTightJoin(analysis, at: r), analysis.tokens[content[r + 1]].kind == .word { r += 2 }
                }
                // "Chi bộ Xí nghiệp chế biến muối i-ốt số 2": a number after "số" ends the name.
                // ("Chi bộ Đội sản xuất 5, …": a number right after the words, too.)
                var numbered = false
                if r > q, r + 1 < content.count, analysis.keyIs(r, Keys.so), analysis.tokens[content[r + 1]].kind == .number,
                   !analysis.lineBreak(after: r), lexicons.units.longestMatch(analysis, at: r + 2) == nil {
                    r += 2
                    numbered = true
                } else if r > q, r < content.count, analysis.tokens[content[r]].kind == .number, !analysis.lineBreak(after: r - 1),
                          r + 1 == content.count || analysis.tokens[content[r + 1]].kind == .punct {
                    r += 1
                    numbered = true
                }
                // ("Chi bộ Đội tàu kéo đẩy kết nạp 2 đồng chí": a trigger with its figure right after it.)
                // (Asked last: the other ends are cheaper.)
                func triggerWithFigure() -> Bool {
                    lexicons.triggers.longestMatch(analysis, at: r).map { trigger in
                        (r + trigger.length..<min(content.count, r + trigger.length + 2)).contains { analysis.tokens[content[$0]].kind == .number }
                    } ?? false
                }
                let ends = numbered || r == content.count || analysis.lineBreak(after: r - 1) || analysis.tokens[content[r]].kind == .punct
                    || analysis.keyIs(r, oneOf: Keys.afterSubject) || triggerWithFigure()
                if r > q, ends { nameEnd = r }
            }
            // "Giám đốc HTX Điểu Văn Thắng, người S'tiêng": a name of three words with a middle name
            // second is the person's right after the head word too.
            let personStart = chainEndsOnEntity || isFullPersonName(analysis, at: q, lexicons: lexicons) ? q : q + 1
            if nameEnd > personStart + 1, phraseEnding(at: p, in: analysis, table: lexicons.personTitles) != nil,
               let person = (personStart..<nameEnd - 1).first(where: { isPersonName(analysis, at: $0, lexicons: lexicons) }) {
                nameEnd = person
            }
            // "Đảng bộ Công an tỉnh", "Bộ Chỉ huy Quân sự huyện": an institution of an area, named
            // by the area word alone.
            let areaEnded = sawEntity && lastHead.lowerBound > p
                && lexicons.organisationHeads.longestMatch(analysis, at: lastHead.lowerBound)?.value.kind == .area
            // "Chi bộ Quân sự", "Chi bộ Công an": a party body of an institution named by its head.
            let entityEnded = sawEntity && head.value.kind == .party && lastHead.lowerBound > p
                && analysis.tokens[content[lastHead.lowerBound]].isCapitalized
                && lexicons.organisationHeads.longestMatch(analysis, at: lastHead.lowerBound)?.value.kind == .entity
            if (areaEnded || entityEnded) && nameEnd == q && head.value.kind != .provider && !head.value.kind.isSentenceOnly {
                var m = mention(analysis, p, q, .anaphor, .entity)
                m.headKey = analysis.keys(from: lastHead.lowerBound, to: lastHead.upperBound)
                let entityHead = (p..<lastHead.lowerBound).last {
                    [.entity, .provider].contains(lexicons.organisationHeads.longestMatch(analysis, at: $0)?.value.kind)
                }
                if let entityHead {
                    let e = lexicons.organisationHeads.longestMatch(analysis, at: entityHead)!
                    m.headKey = analysis.keys(from: entityHead, to: entityHead + e.length)
                }
                m.namesItself = true
                m.hasCellHead = head.value.kind == .party && head.value.level == .chiBo
                if areaEnded { m.areaLevel = lexicons.organisationHeads.longestMatch(analysis, at: lastHead.lowerBound)?.value.level }
                mentions.append(m)
                p = q
                continue
            }
            if nameEnd > q || (areaEnded && nameEnd == q) {
                let finalLevel = head.value.kind == .party && head.value.level == .chiBo ? .chiBo : level
                var m = mention(analysis, p, max(nameEnd, q), .named, finalLevel)
                m.hasDepartmentHead = head.value.kind == .entity && lexicons.departmentHeads.longestMatch(analysis, at: p) != nil
                m.isProvider = head.value.kind == .provider
                m.hasProviderHead = m.isProvider
                m.isMass = head.value.kind.isSentenceOnly
                m.isOffice = head.value.kind == .office
                m.headKey = analysis.keys(from: lastHead.lowerBound, to: lastHead.upperBound)
                // "Hội LHPN huyện Thạch Yên", then "Hội LHPN huyện": a mass organisation is known by
                // its head words through the area word; with no name after them, by its area's level.
                if m.isMass, lastHead.lowerBound > p, endsOnArea {
                    m.headKey = analysis.keys(from: p, to: lastHead.upperBound)
                    if nameEnd == q {
                        m.areaLevel = lexicons.organisationHeads.longestMatch(analysis, at: lastHead.lowerBound)?.value.level
                    }
                }
                m.innerAreas = innerAreas(analysis, from: lastHead.upperBound, to: nameEnd, lexicons: lexicons)
                if nameEnd > q, !analysis.tokens[content[nameEnd - 1]].isCapitalized,
                   let area = lexicons.organisationHeads.longestMatch(analysis, at: nameEnd - 1),
                   area.length == 1, area.value.kind == .area {
                    m.trailingAreaLevel = area.value.level
                }
                let lastArea = lastHead.lowerBound > p ? lexicons.organisationHeads.longestMatch(analysis, at: lastHead.lowerBound)
                    .flatMap { $0.value.kind == .area ? $0.value.level : nil } : nil
                if nameEnd > q, head.value.kind == .area || lastArea != nil {
                    // "Hội Nông dân tỉnh Hưng Thái": the province Hưng Thái, named.
                    m.innerAreas.insert((lastArea ?? level, analysis.slice(analysis.tokens[content[lastHead.lowerBound]].start,
                                                               analysis.tokens[content[nameEnd - 1]].end)), at: 0)
                }
                // "Tỉnh đoàn Bình Lâm": the youth union of the province Bình Lâm.
                if nameEnd > q, head.value.kind.isSentenceOnly, OrganisationRecognizer.isArea(head.value.level) {
                    m.innerAreas.insert((head.value.level, analysis.slice(analysis.tokens[content[q]].start,
                                                                          analysis.tokens[content[nameEnd - 1]].end)), at: 0)
                }
                mentions.append(m)
                p = max(nameEnd, q)
                continue
            }
            // No name: a reference back, when the head can be one.
            let generic = afterQuantifier || previousIsNumber
            switch head.value.kind {
            case .provider:
                var m = mention(analysis, p, q, .named, .entity)
                m.isProvider = true
                m.hasProviderHead = true
                m.innerAreas = innerAreas(analysis, from: p + head.length, to: q, lexicons: lexicons)
                mentions.append(m)
            case .mass where !generic, .office where !generic:
                // "Huyện đoàn", "Đoàn Thanh niên Công ty": named by its head words.
                var m = mention(analysis, p, q, .named, .entity)
                m.isMass = true
                m.isOffice = head.value.kind == .office
                mentions.append(m)
            case .entity where headToken.isCapitalized && !generic && q == p + head.length
                && (p == 0 || opensSentence(analysis, p) || opensSentence(analysis, p - 1) && analysis.tokens[content[p - 1]].kind == .word
                    // "…, cho biết: Trung tâm hiện có 21 viên chức": what a speaker says opens a clause.
                    || analysis.keyIs(p - 1, Keys.colon) && q < content.count && !analysis.tokens[content[q]].isCapitalized
                    || ((analysis.keyIs(p - 1, Keys.comma) || analysis.keyIs(p - 1, Keys.cua)) && q < content.count
                        && analysis.tokens[content[q]].kind == .word
                        && !analysis.tokens[content[q]].isCapitalized && !analysis.keyIs(q, Keys.va))):
                // "Công ty có 2.140 công nhân", "Đồn phối hợp với …": an institution's head word
                // alone, opening a sentence, after its first word ("Hiện Phòng quản lý 23 xe") or a
                // clause after a comma ("Tại Liên hoan …, Nhà hát đoạt 3 Huy chương Vàng"), or after
                // "của" ("cán bộ, chiến sĩ của Phòng đã …"), is the one named before by it.
                var m = mention(analysis, p, q, .anaphor, .entity)
                m.headKey = analysis.keys(from: p, to: q)
                mentions.append(m)
            case .party where !headToken.isCapitalized && !generic && head.value.level == .chiBo && q == p + head.length
                && (opensSentence(analysis, p) || analysis.keyIs(p - 1, Keys.comma) || analysis.keyIs(p - 1, oneOf: Self.clauseAdverbs))
                && q < content.count && analysis.tokens[content[q]].kind == .word && !analysis.tokens[content[q]].isCapitalized
                // Not in apposition to a unit just named ("Khoa Hồi sức, chi bộ có 19 đảng viên"), nor
                // a noun of units ("35 đảng bộ, chi bộ trực thuộc", "các đảng bộ, chi bộ cơ sở").
                && !(analysis.keyIs(p - 1, Keys.comma) && mentions.last?.endPosition == p - 1)
                && !(analysis.keyIs(p - 1, Keys.comma) && p > 1
                     && phraseEnding(at: p - 1, in: analysis, table: lexicons.organisationHeads)?.value.kind == .party)
                && (lexicons.units.longestMatch(analysis, at: p)?.length ?? 0) <= head.length:
                // "Từ năm 2021 đến nay, chi bộ kết nạp được 7 đảng viên", "Hiện chi bộ còn 5 quần chúng":
                // "chi bộ" in lower case opening a clause before its verb is the cell in view, in its
                // sentence only.
                var m = mention(analysis, p, q, .anaphor, .chiBo)
                m.carriesOver = false
                mentions.append(m)
            case .party where !headToken.isCapitalized && !generic && head.value.level == .chiBo && q == p + head.length
                && analysis.keyIs(p - 1, Keys.cua) && !(q < content.count && analysis.tokens[content[q]].isCapitalized):
                // "Tổng số đảng viên của chi bộ: 31 đồng chí", "02 đồng chí của chi bộ được trao Huy hiệu":
                // "chi bộ" in lower case after "của" is the cell in view too, in its sentence only.
                var m = mention(analysis, p, q, .anaphor, .chiBo)
                m.carriesOver = false
                mentions.append(m)
            case .party where headToken.isCapitalized && !generic:
                let innerLevel = q > p + head.length ? level : head.value.level
                var m = mention(analysis, p, q, .anaphor, innerLevel)
                m.headKey = analysis.keys(from: lastHead.lowerBound, to: lastHead.upperBound)
                mentions.append(m)
            case .area where !generic && headToken.kind == .word && !sawEntity
                && (!headToken.hasKey(Keys.ban) || headToken.isCapitalized && analysis.keyIs(q, oneOf: Self.villageVerbs))
                && !(p >= 2 && analysis.keyIs(p - 1, Keys.comma) && lexicons.organisationHeads.longestMatch(analysis, at: p - 2) != nil)
                && !(level == .hamlet && isGenericVillageWord(analysis, from: p, to: q)):
                mentions.append(mention(analysis, p, q, .anaphor, level))
            default:
                break
            }
            p = q
        }
        addBareAreaNames(&mentions, analysis, lexicons: lexicons)
        markBracketedAliases(&mentions, analysis, lexicons: lexicons)
        markCommaAliases(&mentions, analysis, lexicons: lexicons)
        markNumberedPlaces(&mentions, analysis)
        markAcronymNames(&mentions, analysis, lexicons: lexicons)
        markLocators(&mentions, analysis, lexicons: lexicons)
        markStandouts(&mentions, analysis, lexicons: lexicons)
        markFormerUnits(&mentions, analysis, lexicons: lexicons)
        markRespectiveLists(&mentions, analysis, lexicons: lexicons)
        markCountedUnitLists(&mentions, analysis, lexicons: lexicons)
        markEnumeratedUnits(&mentions, analysis, lexicons: lexicons)
        markOfficesInFocus(&mentions, analysis)
        markUnitLists(&mentions, analysis)
        markSemicolonItems(&mentions, analysis)
        markGappedPlaces(&mentions, analysis, lexicons: lexicons)
        markLabelledItems(&mentions, analysis)
        markShortQuotes(&mentions, analysis)
        markCaptions(&mentions, analysis)
        markAddresses(&mentions, analysis, lexicons: lexicons)
        // "Chi bộ HTX" refers back by the head "HTX" stands for ("Hợp tác xã Tân Phong").
        if !lexicons.headExpansions.isEmpty {
            for i in mentions.indices { if let full = lexicons.headExpansions[mentions[i].headKey] { mentions[i].headKey = full } }
        }
        return mentions
    }

    /// Whether a lower-case village word at content positions `p..<q` is generic rather than a
    /// reference back: it refers back only at the head of a clause, after a link word ("của buôn",
    /// "ở thôn", "trong buôn") or before its verb ("Hiện thôn có 45 hộ"); elsewhere it is generic
    /// ("không còn thôn chưa có đảng viên", "trưởng thôn", "an ninh buôn làng").
    static func isGenericVillageWord(_ analysis: TextAnalysis, from p: Int, to q: Int) -> Bool {
        guard p > 0, !analysis.tokens[analysis.contentTokens[p]].isCapitalized else { return false }
        return !analysis.keyIs(p - 1, Keys.comma) && !analysis.keyIs(p - 1, oneOf: clauseEnds)
            && !analysis.keyIs(p - 1, oneOf: SubjectResolver.forwardLinks) && !analysis.keyIs(p - 1, Keys.trong)
            && !analysis.keyIs(q, oneOf: clauseVerbs)
    }

    /// Whether a person's name starts at `q` ("Lương Văn Bảy", "Nguyễn Thị Hoa"): a family name with
    /// two more capitalised words, or a middle name second.
    static func isPersonName(_ analysis: TextAnalysis, at q: Int, lexicons: Lexicons) -> Bool {
        let content = analysis.contentTokens
        guard q + 1 < content.count else { return false }
        let first = analysis.tokens[content[q]], second = analysis.tokens[content[q + 1]]
        guard first.isCapitalized, second.isCapitalized else { return false }
        if lexicons.middleNameKeys.contains(second) { return true }
        guard lexicons.surnameKeys.contains(first), q + 2 < content.count else { return false }
        let third = analysis.tokens[content[q + 2]]
        return third.isCapitalized && lexicons.organisationHeads.longestMatch(analysis, at: q + 2) == nil
    }

    /// Whether the token at content position `r` touches the tokens on both sides of it, with no
    /// space between ("i-ốt", "HQ-538", "GD&ĐT").
    static func isTightJoin(_ analysis: TextAnalysis, at r: Int) -> Bool {
        let content = analysis.contentTokens
        guard r > 0, r + 1 < content.count else { return false }
        let t = analysis.tokens[content[r]]
        return analysis.tokens[content[r - 1]].end == t.start && analysis.tokens[content[r + 1]].start == t.end
    }

    /// Whether a person's name of exactly three capitalised words with a middle name second starts
    /// at `q` ("Điểu Văn Thắng,", "Nguyễn Thị Hoa"), the word after it not capitalised.
    static func isFullPersonName(_ analysis: TextAnalysis, at q: Int, lexicons: Lexicons) -> Bool {
        let content = analysis.contentTokens
        guard q + 2 < content.count else { return false }
        let first = analysis.tokens[content[q]], second = analysis.tokens[content[q + 1]], third = analysis.tokens[content[q + 2]]
        guard first.kind == .word, first.isCapitalized, second.isCapitalized, third.kind == .word, third.isCapitalized,
              lexicons.middleNameKeys.contains(second) else { return false }
        return q + 3 == content.count || !analysis.tokens[content[q + 3]].isCapitalized || analysis.lineBreak(after: q + 2)
    }

    /// Named areas inside a name ("xã An Hải Đông" inside "Chi bộ Nghề cá xã An Hải Đông").
    static func innerAreas(_ analysis: TextAnalysis, from: Int, to: Int, lexicons: Lexicons)
        -> [(level: OrganisationLevel, text: String)] {
        var out: [(level: OrganisationLevel, text: String)] = []
        var q = from
        while q < to {
            WorkCounter.tick()
            let h = lexicons.organisationHeads.longestMatch(analysis, at: q)
            // "Hợp tác xã Cà phê Ea Pô": an area word inside a longer head names no area.
            if let h, h.value.kind != .area {
                q += h.length
                continue
            }
            if let h, q + h.length < to {
                let end = readName(analysis, from: q + h.length, entity: false, allowNumber: h.value.level == .hamlet,
                                   lexicons: lexicons)
                if end > q + h.length && end <= to {
                    out.append((h.value.level, analysis.slice(analysis.tokens[analysis.contentTokens[q]].start,
                                                              analysis.tokens[analysis.contentTokens[end - 1]].end)))
                    q = end
                    continue
                }
            }
            q += 1
        }
        return out
    }

    /// Whether content position `p` starts an organisation inside the name of a day or occasion:
    /// an `occasions.tsv` phrase ends at most three words before it ("Ngày truyền thống ngành …").
    static func insideOccasion(at p: Int, _ analysis: TextAnalysis, lexicons: Lexicons) -> Bool {
        var e = p
        while e > 0 && p - e <= 3 {
            if phraseEnding(at: e, in: analysis, table: lexicons.occasionOpeners) != nil { return true }
            guard analysis.tokens[analysis.contentTokens[e - 1]].kind == .word else { return false }
            e -= 1
        }
        return false
    }

    /// Flags places that only locate another organisation: inside brackets, or a named area right
    /// after another name and a comma.
    static func markLocators(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis, lexicons: Lexicons) {
        // "lớp … mở tại xã Hòa Lộc": a place where something happened, not the topic that follows
        // (unless it opens the sentence, "Tại huyện Quỳ Lăng, …"; a party body after "tại" is one).
        func isVenue(_ m: OrganisationMention) -> Bool {
            guard let kind = lexicons.organisationHeads.longestMatch(analysis, at: m.firstPosition)?.value.kind else { return false }
            return (kind == .area || kind == .entity) && !opensSentenceAt(analysis, m)
        }
        var depth = 0
        var depthException = false
        var bracketedParagraph = false
        var m = 0
        var previousEnd: Int?
        // The end of the last place named after "ở", "tại", or of one listed after it.
        var placeEnd: Int?
        // The sentence whose organisations after "như" are examples ("Một số đơn vị làm tốt như Đảng
        // bộ A kết nạp 27 đảng viên, Đảng bộ B kết nạp 19"): they stay in it, not in view after it.
        // Not after "cũng như" ("as well as").
        var examplesSentence: Int?
        // Where the second of two institutions listed as a verb's object starts.
        var objectPairEnd: Int?
        // The end of the last unit listed after "gồm" ("Đảng bộ có 5 chi bộ, gồm Chi bộ Tàu SAR 412,
        // Chi bộ Xuồng cao tốc và Chi bộ Văn phòng"): the parts of what was counted, none in view after.
        var partsEnd: Int?
        let opening = Keys.openingBracket, closing = Keys.closingBracket, lineBreak = Keys.lineBreak  // see `KeyConstant`
        for (p, index) in analysis.contentTokens.enumerated() {
            WorkCounter.tick()
            let t = analysis.tokens[index]
            while m < mentions.count && mentions[m].start < t.start {
                m += 1
            }
            if t.hasKey(opening) {
                depth += 1
                // "(Kỳ 1 đã kể về bản Cồ Dề …, nay Chi bộ bản Cồ Dề đã có 11 đảng viên. …)": a
                // paragraph in brackets is no aside (asked once per bracket).
                if depth == 1 { bracketedParagraph = bracketHoldsParagraph(analysis, openingAt: t.start) }
            }
            if t.hasKey(closing) { depth = max(0, depth - 1) }
            if t.hasKey(lineBreak) { depth = 0 }
            if depth == 0 { depthException = false }
            if m < mentions.count && mentions[m].start == t.start {
                // (Read once: what is set below is written to `mentions[m]`; reading a field of
                // `mentions[m]` copies the whole mention.)
                let mention = mentions[m]
                /// Whether the token before this one has the key `k`.
                func previousIs(_ k: KeyConstant) -> Bool { analysis.keyIs(p - 1, k) }
                if previousIs(Keys.voi) || previousIs(Keys.doBy) || previousIs(Keys.cung) {
                    mentions[m].isProvider = true  // "phối hợp với …", "do … tổ chức": a partner
                }
                // "xã A thuộc huyện B": where A lies. A cell after "thuộc" is what its members belong
                // to ("02 đồng chí thuộc Chi bộ Hướng dẫn viên"), in view in its sentence only.
                // ("Trạm Ra đa Hòn Vọng, thuộc Đài Khí tượng …": "Đảng bộ Đài" may refer to the
                // institution later; not to a party body, "trực thuộc Đảng ủy Khối …".)
                if previousIs(Keys.thuoc) {
                    if mention.level == .chiBo { mentions[m].carriesOver = false } else {
                        mentions[m].isLocator = true
                        mentions[m].locatesPrevious = lexicons.organisationHeads.longestMatch(analysis, at: p)?.value.kind == .entity
                    }
                }
                // "phối hợp với Ban Tuyên giáo Tỉnh ủy": the party body whose department is named right
                // before it, after "với" or "do", is a partner as the department is (no mention).
                if mention.form == .anaphor, isArea(mention.level), !(m > 0 && mentions[m - 1].endPosition == p) {
                    var q = p - 1
                    while q > 0, p - q <= 4, analysis.tokens[analysis.contentTokens[q]].kind == .word,
                          !analysis.keyIs(q, Keys.voi), !analysis.keyIs(q, Keys.doBy) { q -= 1 }
                    if q < p - 1, analysis.keyIs(q, Keys.voi) || analysis.keyIs(q, Keys.doBy),
                       analysis.tokens[analysis.contentTokens[q + 1]].isCapitalized {
                        mentions[m].isProvider = true
                        mentions[m].carriesOver = false
                    }
                }
                // "… có 9 cụ là đảng viên lão thành, sinh hoạt tại Chi bộ Khu dân cư Đồi Thông": where
                // people counted before are members is not in view after its sentence.
                // So are the units of a list after it ("sinh hoạt ở các chi bộ khối phòng, ban, Đội
                // Quản lý vận hành … và Xưởng Thí nghiệm điện").
                if let place = Self.membershipPlace(before: p, analysis), place >= 2,
                   analysis.keyIs(place - 1, Self.hoat), analysis.keyIs(place - 2, Self.sinh) {
                    mentions[m].carriesOver = false
                }
                // "Tổ đảng Đội Kiểm lâm cơ động có 15 đảng viên": the party group of a part of the
                // unit in view names that group, in its sentence only.
                if p >= 2, analysis.keyIs(p - 1, Self.dangGroup), analysis.keyIs(p - 2, Self.to) {
                    mentions[m].carriesOver = false
                }
                // "Chi bộ Trung tâm Kỹ thuật của Đài có 19 đảng viên": an organisation right after a
                // unit and "của" is whose unit it is, not the subject (it may be referred to later).
                if previousIs(Keys.cua), m > 0, mentions[m - 1].endPosition == p - 1, !isArea(mention.level) {
                    mentions[m].isLocator = true
                    mentions[m].carriesOver = false
                    mentions[m].locatesPrevious = lexicons.organisationHeads.longestMatch(analysis, at: p)?.value.kind == .entity
                }
                if !isArea(mention.level),
                   mention.form == .named && (previousIs(Keys.gom)
                    || partsEnd.map({ end in end < p && (end..<p).allSatisfy { analysis.keyIs($0, oneOf: Keys.listJoins) } }) ?? false)
                    || (mention.form == .named || mention.level == .chiBo || mention.level == .entity) && partOfCountedWhole(at: p, analysis) {
                    mentions[m].carriesOver = false
                    mentions[m].isListedPart = true
                    partsEnd = mention.endPosition
                } else {
                    partsEnd = nil
                }
                // "Nhân dịp Ngày truyền thống ngành Địa chất Việt Nam": part of the name of a day.
                if insideOccasion(at: p, analysis, lexicons: lexicons) {
                    mentions[m].isLocator = true
                    mentions[m].carriesOver = false
                }
                // "Công ty A, một doanh nghiệp tư nhân ở huyện B, hiện có 17 đảng viên": a place in
                // an apposition describes the one named before it.
                if inApposition(mentions, before: m, at: p, analysis, lexicons: lexicons)
                    || locatesCopulaSubject(mentions, m, analysis, lexicons: lexicons) {
                    mentions[m].isLocator = true
                    mentions[m].carriesOver = false
                }
                // "Đảng bộ Công ty được Đảng ủy Khối … đánh giá hoàn thành tốt nhiệm vụ": the agent of a
                // passive is not what the figures after it are about.
                // "hồ sơ đề nghị kết nạp gửi Đảng ủy Khối thẩm định": a recipient, neither.
                // "… xấp xỉ 1.800 tấn rau đi TP. Hồ Chí Minh": a destination, nor that.
                // "… chuyển sinh hoạt đến từ Công ty Sợi Phủ Lý": where someone came from, neither.
                let cameFrom = previousIs(Keys.tu) && p >= 2 && analysis.tokens[analysis.contentTokens[p - 2]].kind == .word
                if previousIs(Keys.duoc) || previousIs(Keys.bi) || previousIs(Keys.gui) || analysis.keyIs(p - 1, oneOf: Keys.goingTo) || cameFrom {
                    mentions[m].isLocator = true
                    mentions[m].carriesOver = false
                }
                // "đông đảng viên nhất phường", "dẫn đầu toàn tỉnh": the scope of a comparison; "vượt
                // chỉ tiêu Thành ủy giao": who set a target. Neither is what the figures are about.
                // "đứng thứ 2 toàn tỉnh" too: a rank among the units of the area.
                let ranked = p >= 2 && analysis.tokens[analysis.contentTokens[p - 1]].kind == .number && analysis.keyIs(p - 2, Keys.thu)
                if previousIs(Keys.nhat) || previousIs(Keys.dau) || ranked, mention.form != .named { mentions[m].isLocator = true }
                // "xếp thứ 2 về số đảng viên, chỉ sau Chi bộ thôn Phú Hải 3": the one ranked above.
                if p >= 2, previousIs(Keys.sau), analysis.keyIs(p - 2, oneOf: Keys.rankedBehind) {
                    mentions[m].isLocator = true
                    mentions[m].carriesOver = false
                }
                // "chỉ tiêu 15 đảng viên mà Huyện ủy giao": nor is it in view after.
                // "vượt 16,7% chỉ tiêu (6 đảng viên) Đảng ủy Khối giao;": nor one whose "giao" ends its
                // clause (what was given is named before it).
                if analysis.keyIs(mention.endPosition, Keys.giao),
                   phraseEnding(at: mention.firstPosition, in: analysis, table: lexicons.targetMarkers)?.value == true
                    || previousIs(Keys.maThat) || endsClause(after: mention.endPosition, analysis) {
                    mentions[m].isLocator = true
                    mentions[m].carriesOver = false
                }
                // "gồm 7 chi bộ xí nghiệp và 01 chi bộ Trạm bơm Cẩm Đình, với 214 đảng viên": a unit
                // counted by a figure is what the figure counts, not the subject of the clause.
                // (Not a place after a year: "năm 2023 toàn huyện".)
                // ("01 chi bộ Khối văn phòng": also a unit named by its head words.)
                if p > 0, analysis.tokens[analysis.contentTokens[p - 1]].kind == .number, !t.isCapitalized,
                   mention.form == .named || mention.form == .anaphor && mention.level == .entity,
                   !isArea(mention.level) {
                    mentions[m].isLocator = true
                    mentions[m].carriesOver = false
                }
                // "chủ yếu ở các xã vùng cao Thanh Quân Thượng, Xuân Du Hạ": examples of a plural.
                let plural = previousIs(Keys.cac) || previousIs(Keys.nhung)
                // "Anh Nguyễn Văn A, công nhân Công ty B, …": a person's workplace (not "120 công
                // nhân Công ty B", a count of its people).
                if let role = phraseEnding(at: mention.firstPosition, in: analysis, table: lexicons.units),
                   role.value.role == .person, role.value.measure == "other",
                   role.start == 0 || analysis.tokens[analysis.contentTokens[role.start - 1]].kind != .number {
                    mentions[m].carriesOver = false
                }
                if let title = phraseEnding(at: mention.firstPosition, in: analysis, table: lexicons.personTitles) {
                    // Not when the person then speaks: "…, Phó Bí thư Huyện ủy A, cho biết: …".
                    var after = mention.endPosition
                    if analysis.keyIs(after, Keys.comma) { after += 1 }
                    mentions[m].followsTitle = after >= analysis.contentTokens.count
                        || lexicons.sayingVerbs.longestMatch(analysis, at: after) == nil
                    // "khai trừ 1 đảng viên, nguyên Giám đốc HTX muối Tân Hòa, …": the workplace of
                    // someone counted is no subject, in its sentence or after.
                    // "đồng chí Phạm Văn Kháng, nguyên Phó Giám đốc Sở Công nghiệp, hưởng thọ 93 tuổi": a
                    // former workplace is no subject either (unless the person then speaks of it; not a
                    // place: "nguyên trưởng thôn Bắc Sơn … trả lại 120 m² đất công cho thôn").
                    let former = title.start > 0 && !isArea(mention.level)
                        && (analysis.keyIs(title.start - 1, Keys.nguyenFormer) || analysis.keyIs(title.start - 1, Keys.cuuFormer))
                    if describesCounted(title: title.start, analysis, lexicons: lexicons) || former && mentions[m].followsTitle {
                        mentions[m].isLocator = true
                        mentions[m].carriesOver = false
                    }
                }
                let sentence = analysis.sentenceIndex(ofContent: p)
                if let marker = phraseEnding(at: p, in: analysis, table: lexicons.exampleMarkers),
                   !analysis.keyIs(marker.start - 1, Keys.cungAlso) {
                    examplesSentence = sentence
                }
                if examplesSentence == sentence { mentions[m].carriesOver = false; mentions[m].isListedPart = true }
                let venue = (previousIs(Keys.tai) || previousIs(Keys.o)) && isVenue(mention)
                // "Ở Nông trường Ia Bang, nơi 70% công nhân là người Jrai, …": a unit set as the scene
                // of its sentence is what that sentence is about, not the party body a later "Đảng ủy"
                // refers to.
                if previousIs(Keys.o), !venue, mention.form == .named, !isArea(mention.level),
                   lexicons.organisationHeads.longestMatch(analysis, at: mention.firstPosition)?.value.kind == .entity {
                    mentions[m].carriesOver = false
                }
                if previousIs(Keys.cua) || previousIs(Keys.theo) || previousIs(Keys.rieng) || plural || venue {
                    mentions[m].carriesOver = false
                }  // "trực thuộc Đảng ủy Khối …": a parent
                // "3 chi bộ ở Trung tâm Ung bướu, Khoa Hồi sức và Khoa Dược": places listed after
                // "ở", "tại" share out a figure; none is its subject, none stays in view.
                if !venue, let placeEnd, mention.form == .named, isVenue(mention),
                   (placeEnd..<p).allSatisfy({ analysis.keyIs($0, oneOf: Keys.listJoins) }), placeEnd < p {
                    mentions[m].carriesOver = false
                    mentions[m].isListedPlace = true
                    mentions[m - 1].isListedPlace = true
                }
                placeEnd = venue || mentions[m].isListedPlace ? mention.endPosition : nil
                // "trường còn quản lý Trường Mầm non A và Trường Tiểu học B": institutions listed as
                // the object of a verb are about their own figures, not in view after.
                if mention.form == .named, m + 1 < mentions.count, mentions[m + 1].form == .named,
                   p > 0, analysis.tokens[analysis.contentTokens[p - 1]].kind == .word,
                   !analysis.tokens[analysis.contentTokens[p - 1]].isCapitalized,
                   mentions[m + 1].firstPosition == mention.endPosition + 1,
                   analysis.keyIs(mention.endPosition, Keys.va) {
                    mentions[m].carriesOver = false
                    objectPairEnd = mentions[m + 1].firstPosition
                }
                if objectPairEnd == p { mentions[m].carriesOver = false }
                // "(Cổng TTĐT huyện Tân Hòa Sơn) - Theo …": a credit opening the paragraph names the
                // place the article is about; it is no aside.
                if depth > 0 && creditOpensParagraph(analysis, at: t.start) { depthException = true }
                // "(Chi bộ Khu vực 2: 2 đồng chí; Chi bộ Khu vực 6: 2 đồng chí)": a unit labelling its
                // figure in brackets is that figure's subject, in the bracket only.
                let labelsFigure = mention.endPosition + 1 < analysis.contentTokens.count
                    && analysis.keyIs(mention.endPosition, Keys.colon)
                    && analysis.tokens[analysis.contentTokens[mention.endPosition + 1]].kind == .number
                if depth > 0 && labelsFigure && mention.form == .named {
                    mentions[m].carriesOver = false
                    mentions[m].labelsBracketedFigure = true
                }
                else if depth > 0 && !depthException && !bracketedParagraph { mentions[m].isLocator = true }
                else if mention.form == .named, let previousEnd, m > 0, mentions[m - 1].form == .named,
                        rank(mention.level) > rank(mentions[m - 1].level) {
                    // "Chi bộ Tiểu đoàn 3, Phòng Cảnh sát cơ động", "xã A, huyện B": the parent locates the child.
                    // (Not after a source: "Theo Trung tâm Chính trị huyện, Đảng ủy xã A có …".)
                    if Self.onlySeparator(analysis.scalars, previousEnd, mention.start),
                       !analysis.keyIs(mentions[m - 1].firstPosition - 1, Keys.theo) {
                        mentions[m].isLocator = true
                        mentions[m].locatesPrevious = true
                    }
                }
                previousEnd = mention.end
            }
        }
    }

    /// Whether a mention after "của" owns the figure right after it and a verb of a figure ("tỷ
    /// lệ … hoàn thành tốt nhiệm vụ trở lên của huyện đạt 87,5%"): what the clause is about.
    static func ownsFigureAfter(_ m: OrganisationMention, _ analysis: TextAnalysis) -> Bool {
        analysis.keyIs(m.firstPosition - 1, Keys.cua) && analysis.keyIs(m.endPosition, oneOf: ownerFigureVerbs)
            && m.endPosition + 1 < analysis.contentTokens.count
            && analysis.tokens[analysis.contentTokens[m.endPosition + 1]].kind == .number
    }

    /// Verbs right before a figure after "của <organisation>" that give its own figure (grammar).
    static let ownerFigureVerbs = KeySet(["đạt", "là", "chiếm"].map(FoldedKey.fold))

    /// Whether a name at content position `p` is listed, later in the list, among the parts of a
    /// count that ", gồm" breaks down ("có 14 chi bộ trực thuộc, gồm 10 chi bộ tổ dân phố, còn lại
    /// là …, Chi bộ Công an phường và Chi bộ Quân sự phường, với tổng số 547 đảng viên"): a count
    /// right before ", gồm", and no clause's end between.
    static func partOfCountedWhole(at p: Int, _ analysis: TextAnalysis) -> Bool { countedWholeOpener(at: p, analysis) != nil }

    /// Where the list of parts that a name at `p` belongs to opens: ", gồm" after a count, or a
    /// colon after one ("có 4 chi bộ trực thuộc: Chi bộ Điền kinh – Bơi lặn, …"); nil when none.
    static func countedWholeOpener(at p: Int, _ analysis: TextAnalysis) -> Int? {
        /// Whether a number stands within four words before `end`; after a colon, a number with its
        /// noun ("có 4 chi bộ trực thuộc:", not "Cập nhật số liệu năm 2024:").
        func countedBefore(_ end: Int, withNoun: Bool) -> Bool {
            (max(0, end - 5)..<end).contains { n in
                analysis.tokens[analysis.contentTokens[n]].kind == .number
                    && (!withNoun || n + 1 < end && analysis.tokens[analysis.contentTokens[n + 1]].kind == .word && !analysis.keyIs(n - 1, Keys.nam))
            }
        }
        var q = p - 1
        while q > 1 && p - q <= 30 && !analysis.keyIs(q, Keys.semicolon) && !analysis.keyIs(q, Keys.fullStop)
                && !analysis.lineBreak(after: q) {
            if analysis.keyIs(q, Keys.gom) { return analysis.keyIs(q - 1, Keys.comma) && countedBefore(q - 1, withNoun: false) ? q : nil }
            if analysis.keyIs(q, Keys.colon) { return countedBefore(q, withNoun: true) ? q : nil }
            q -= 1
        }
        return nil
    }

    /// Whether a person's title starting at content position `title` describes people just counted:
    /// a comma before it (and maybe "nguyên", "cựu"), and before the comma a figure and its noun of
    /// people ("1 đảng viên, nguyên Giám đốc …").
    static func describesCounted(title: Int, _ analysis: TextAnalysis, lexicons: Lexicons) -> Bool {
        var s = title - 1
        if analysis.keyIs(s, Keys.nguyenFormer) || analysis.keyIs(s, Keys.cuuFormer) { s -= 1 }
        guard analysis.keyIs(s, Keys.comma), let unit = phraseEnding(at: s, in: analysis, table: lexicons.units),
              unit.value.role == .person, unit.start > 0 else { return false }
        return analysis.tokens[analysis.contentTokens[unit.start - 1]].kind == .number
    }

    /// Whether the capitalised name ending before content position `end` follows a publication's
    /// word ("Bản tin Bảo tàng số 18": the bulletin's issue 18), within a few words.
    static func afterPublication(_ analysis: TextAnalysis, nameEndingAt end: Int, lexicons: Lexicons) -> Bool {
        var s = end - 1
        while s > 0 && end - s <= 8 {
            if phraseEnding(at: s, in: analysis, table: lexicons.publicationWords) != nil { return true }
            guard analysis.tokens[analysis.contentTokens[s - 1]].kind == .word else { return false }
            s -= 1
        }
        return false
    }

    /// Whether the token after content position `p` ends a clause: a punctuation mark other than a
    /// bracket's opening, or the end of the text.
    private static func endsClause(after p: Int, _ analysis: TextAnalysis) -> Bool {
        let next = p + 1
        guard next < analysis.contentTokens.count else { return true }
        let t = analysis.tokens[analysis.contentTokens[next]]
        return t.kind == .punct && !t.hasKey(Keys.openingBracket)
    }

    /// Whether content position `p`, where mention `m` starts, lies inside an apposition: after a
    /// comma that follows a named mention and precedes an apposition opener ("một"), with no comma
    /// or clause end between.
    static func inApposition(_ mentions: [OrganisationMention], before m: Int, at p: Int, _ analysis: TextAnalysis,
                             lexicons: Lexicons) -> Bool {
        var c = p - 1
        while c > 0 && p - c <= 16 {
            WorkCounter.tick()
            let t = analysis.tokens[analysis.contentTokens[c]]
            if t.hasKey(Keys.comma) { break }
            if t.kind == .punct && !t.hasKey(Keys.hyphen) { return false }
            c -= 1
        }
        guard c > 0, p - c <= 16, analysis.keyIs(c, Keys.comma),
              lexicons.appositionOpeners.longestMatch(analysis, at: c + 1) != nil,
              case let i = min(m, mentions.partitioningIndex(where: { $0.endPosition > c })), i > 0,
              mentions[i - 1].endPosition == c, mentions[i - 1].form == .named
        else { return false }
        return true
    }

    /// Whether mention `m`, an area, locates the subject of a "là" before it in its clause: "Ea Tlang
    /// là huyện phía tây nam tỉnh Đắk Lắk, có 14 xã …" (a lower area word right after "là", the name
    /// of the subject right before it). The figures after it are the subject's.
    static func locatesCopulaSubject(_ mentions: [OrganisationMention], _ m: Int, _ analysis: TextAnalysis,
                                     lexicons: Lexicons) -> Bool {
        let p = mentions[m].firstPosition
        guard isArea(mentions[m].level), m > 0 else { return false }
        var c = p - 1
        while c > 0 && p - c <= 10 && !analysis.keyIs(c, Keys.la) {
            if analysis.tokens[analysis.contentTokens[c]].kind == .punct { return false }
            c -= 1
        }
        guard c > 0, p - c <= 10, analysis.keyIs(c, Keys.la), analysis.contentSentence[c] == analysis.contentSentence[p],
              // (The area word after "là" may be read as a mention of its own.)
              mentions[m - 1].endPosition == c || m > 1 && mentions[m - 2].endPosition == c && mentions[m - 1].firstPosition == c + 1,
              let word = lexicons.organisationHeads.longestMatch(analysis, at: c + 1), word.value.kind == .area,
              !analysis.tokens[analysis.contentTokens[c + 1]].isCapitalized,
              rank(word.value.level) < rank(mentions[m].level)
        else { return false }
        return true
    }

    /// Keeps in its sentence an organisation singled out in a comparison after it, before the next
    /// organisation: "Chi bộ Hạt Kiểm lâm là chi bộ lớn nhất với 52 đảng viên" (`standoutWords`).
    /// The sentences after are about the one in view before it.
    static func markStandouts(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis, lexicons: Lexicons) {
        for i in mentions.indices where mentions[i].carriesOver {
            let sentence = analysis.contentSentence[mentions[i].firstPosition]
            let stop = min(i + 1 < mentions.count ? mentions[i + 1].firstPosition : Int.max, analysis.contentTokens.count)
            var q = mentions[i].endPosition
            while q < stop && analysis.contentSentence[q] == sentence {
                WorkCounter.tick()
                if lexicons.standoutWords.longestMatch(analysis, at: q) != nil {
                    mentions[i].carriesOver = false
                    break
                }
                q += 1
            }
        }
    }

    /// Whether `scalars[start..<end]` is one ",", "-" or "–" between spaces (tabs, space separators).
    private static func onlySeparator(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var separators = 0
        var i = max(0, start)
        while i < min(end, scalars.count) {
            let s = scalars[i]
            if s == "," || s == "-" || s == "–" {
                separators += 1
                if separators > 1 { return false }
            } else if !s.isTabOrSpaceSeparator {
                return false
            }
            i += 1
        }
        return separators == 1
    }

    /// Whether the parenthesis holding `offset` opens its line and is followed by a dash: a source
    /// credit ("(Cổng TTĐT huyện Tân Hòa Sơn) - Theo số liệu …").
    /// Whether the bracket opening at code point `offset` opens its line and closes at the line's
    /// end around at least `paragraphWords` words: a paragraph set in brackets (a recap of an
    /// earlier installment, an editor's aside), whose organisations are subjects as elsewhere.
    private static func bracketHoldsParagraph(_ analysis: TextAnalysis, openingAt offset: Int) -> Bool {
        let scalars = analysis.scalars
        var start = offset
        while start > 0 && scalars[start - 1] == " " { start -= 1 }
        guard start == 0 || scalars[start - 1] == "\n" else { return false }
        var end = offset + 1
        var words = 0, inWord = false
        while end < scalars.count && scalars[end] != "\n" {
            WorkCounter.tick()
            let space = scalars[end] == " "
            if !space && !inWord { words += 1 }
            inWord = !space
            end += 1
        }
        var last = end - 1
        while last > offset && scalars[last] == " " { last -= 1 }
        return scalars[last] == ")" && words >= paragraphWords
    }

    /// The fewest words of a paragraph set in brackets.
    static let paragraphWords = 20

    private static func creditOpensParagraph(_ analysis: TextAnalysis, at offset: Int) -> Bool {
        let scalars = analysis.scalars
        var open = offset
        while open > 0 && scalars[open - 1] != "(" && scalars[open - 1] != "\n" { open -= 1 }
        guard open > 0, scalars[open - 1] == "(" else { return false }
        var start = open - 1
        while start > 0 && scalars[start - 1] == " " { start -= 1 }
        guard start == 0 || scalars[start - 1] == "\n" else { return false }
        var close = offset
        while close < scalars.count && scalars[close] != ")" && scalars[close] != "\n" { close += 1 }
        guard close < scalars.count, scalars[close] == ")" else { return false }
        var after = close + 1
        while after < scalars.count && scalars[after] == " " { after += 1 }
        return after < scalars.count && ["-", "–", "—"].contains(scalars[after])
    }

    /// Whether a mention starts its sentence, or follows only its first word ("Tại huyện Quỳ Lăng, …").
    private static func opensSentenceAt(_ analysis: TextAnalysis, _ mention: OrganisationMention) -> Bool {
        let sentence = analysis.sentences[analysis.sentenceIndex(ofContent: mention.firstPosition)]
        var p = mention.firstPosition
        var words = 0
        while p > 0 && analysis.tokens[analysis.contentTokens[p - 1]].start >= sentence.lowerBound {
            words += 1
            p -= 1
        }
        return words <= 1
    }

    /// Verbs after which a capitalised "Bản" is the village in view ("Bản có 94 hộ"), not a copy or
    /// a plan ("Bản kế hoạch nêu rõ …", "văn bản").
    static let villageVerbs = KeySet(["có", "hiện", "đã", "gồm", "nằm", "vẫn", "cũng", "nay"].map(FoldedKey.fold))

    /// The longest quotation, in content tokens, read as a title rather than as speech.
    static let shortQuoteLength = 8
    /// The longest quotation read as a title when a lower-case word leads into it ("phong trào thi
    /// đua “Ngành Thống kê chuẩn mực, chính xác, kịp thời”"): speech follows a colon or opens a line.
    static let titleQuoteLength = 16

    /// Marks as no subject the mentions inside a short quotation: the title of a movement or an
    /// award ("đạt “chi bộ 4 tốt”", "danh hiệu “Đảng bộ trong sạch, vững mạnh”"), not speech.
    static func markShortQuotes(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis) {
        guard !mentions.isEmpty else { return }
        let content = analysis.contentTokens
        var spans: [Range<Int>] = []  // content positions inside quotation marks
        var open: Int?
        for p in content.indices {
            let first = analysis.scalars[analysis.tokens[content[p]].start]
            if first == "\u{201C}" || (first == "\"" && open == nil) {
                open = p
            } else if let o = open, first == "\u{201D}" || first == "\"" {
                let ledIn = o > 0 && analysis.tokens[content[o - 1]].kind == .word && !analysis.tokens[content[o - 1]].isCapitalized
                if p - o - 1 <= (ledIn ? titleQuoteLength : shortQuoteLength) { spans.append((o + 1)..<p) }
                open = nil
            }
        }
        guard !spans.isEmpty else { return }
        for i in mentions.indices where spans.contains(where: { $0.contains(mentions[i].firstPosition) }) {
            mentions[i].isLocator = true
            mentions[i].carriesOver = false
        }
    }

    /// Names in a photo caption or credit line ("Ảnh: …, phường Bắc Sơn Tây. (Ảnh: Minh Khôi)") do
    /// not carry over to the sentences after it.
    static func markCaptions(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis) {
        guard !mentions.isEmpty else { return }
        var m = 0
        var lineStart = 0
        let scalars = analysis.scalars
        while lineStart <= scalars.count && m < mentions.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count && scalars[lineEnd] != "\n" { lineEnd += 1 }
            WorkCounter.tick(lineEnd - lineStart + 1)
            if mentions[m].start < lineEnd {
                let caption = HTMLText.isCaption(scalars[lineStart..<lineEnd], creditAfterSentence: true)
                while m < mentions.count && mentions[m].start < lineEnd {
                    if caption { mentions[m].carriesOver = false }
                    m += 1
                }
            }
            lineStart = lineEnd + 1
        }
    }

    /// Places after a street in their clause ("tại trụ sở Trung tâm, số 35 đường 30 Tháng 4, khóm 3,
    /// thị trấn Mỹ An Đông") are an address: they locate, they are not what figures are about.
    static func markAddresses(_ mentions: inout [OrganisationMention], _ analysis: TextAnalysis, lexicons: Lexicons) {
        let content = analysis.contentTokens
        // Positions inside a mention ("phố" of "Chi bộ khu phố Phước Lộc" is no street).
        var inMention = [Bool](repeating: false, count: content.count)
        for m in mentions { for p in m.firstPosition..<min(m.endPosition, content.count) { inMention[p] = true } }
        for i in mentions.indices where !mentions[i].isLocator {
            let first = mentions[i].firstPosition
            // "tại Hội trường Trung tâm Hội nghị tỉnh, Đảng bộ Chi cục … tổ chức": a party body after
            // the comma opens the clause; it is not a part of the address.
            if analysis.keyIs(first - 1, Keys.comma), analysis.tokens[content[first]].isCapitalized,
               lexicons.organisationHeads.longestMatch(analysis, at: first)?.value.kind == .party { continue }
            var q = first - 1
            while q >= 0 && first - q <= 12 {
                WorkCounter.tick()
                let t = analysis.tokens[content[q]]
                if t.kind == .punct && !t.hasKey(Keys.comma) && !t.hasKey(Keys.hyphen) { break }
                if analysis.scalars[t.end..<analysis.tokens[content[q + 1]].start].contains("\n") { break }
                let insideHead = (max(0, q - 2)..<q).contains { s in
                    (lexicons.organisationHeads.longestMatch(analysis, at: s)?.length ?? 0) > q - s  // "khu phố", "thành phố"
                }
                if !inMention[q], !insideHead, let street = lexicons.organisationHeads.longestMatch(analysis, at: q), street.value.kind == .street,
                   q + street.length <= first {
                    // "trụ sở tại Km 18, …": a place word may come between.
                    var n = q + street.length
                    if n + 1 < first, analysis.keyIs(n, Keys.tai) || analysis.keyIs(n, Keys.o) { n += 1 }
                    let next = analysis.tokens[content[n]]
                    // "giáp tỉnh Phông-xa-lỳ": a place named right after the word.
                    if next.isCapitalized || next.kind == .number || (n == first && isArea(mentions[i].level)) {
                        mentions[i].isLocator = true
                        mentions[i].carriesOver = false
                        break
                    }
                }
                q -= 1
            }
        }
    }

    /// The rank of a level for telling a parent from a child (larger is higher).
    /// Whether a level is a territory's (a province, a district, a commune …).
    static func isArea(_ level: OrganisationLevel) -> Bool {
        switch level {
        case .province, .district, .city, .town, .commune, .hamlet: return true
        case .chiBo, .dangBo, .entity, .country: return false
        }
    }

    static func rank(_ level: OrganisationLevel) -> Int {
        switch level {
        case .chiBo: return 0
        case .hamlet: return 1
        case .entity: return 2
        case .commune: return 3
        case .dangBo: return 3
        case .district, .town, .city: return 4
        case .province: return 5
        case .country: return 6
        }
    }

    static func mention(_ analysis: TextAnalysis, _ first: Int, _ end: Int, _ form: OrganisationMention.Form,
                                _ level: OrganisationLevel) -> OrganisationMention {
        let start = analysis.tokens[analysis.contentTokens[first]].start
        let stop = analysis.tokens[analysis.contentTokens[end - 1]].end
        return OrganisationMention(start: start, end: stop, firstPosition: first, endPosition: end, form: form,
                                   level: level, text: analysis.slice(start, stop))
    }

    /// The content position after a proper name starting at `from` (equal to `from` when none).
    /// With `commonNouns`, an entity's name may open with lower-case words that are heads written
    /// as common nouns ("Ban Quản lý chợ Trung tâm"); not after a lower-case head ("07 chi bộ
    /// trường THPT", a count). Without `digitAfterName` (communes and larger areas), not even one
    /// digit after the proper words is the name's before a clause's end ("xã Quang Sơn 7;").
    static func readName(_ analysis: TextAnalysis, from: Int, entity: Bool, allowNumber: Bool,
                         digitAfterName: Bool = true, commonNouns: Bool = false, lexicons: Lexicons) -> Int {
        let content = analysis.contentTokens
        var q = from
        var end = from
        func token(_ i: Int) -> Token {
            WorkCounter.tick()
            return analysis.tokens[content[i]]
        }
        func sameLine(_ i: Int) -> Bool {
            i > 0 && !analysis.scalars[token(i - 1).end..<token(i).start].contains("\n")
        }
        // "Chi bộ ghép thôn 3 – thôn 4": after a number at `i - 1`, a dash, an area word and a
        // number join a second numbered place to the name; the end of that place.
        func joinedNumberedPlace(_ i: Int) -> Int? {
            guard i + 2 < content.count, i > 0, token(i - 1).kind == .number,
                  token(i).hasKey(Keys.hyphen) || token(i).hasKey(Keys.enDash), sameLine(i + 1),
                  let h = lexicons.organisationHeads.longestMatch(analysis, at: i + 1), h.value.kind == .area,
                  i + 1 + h.length < content.count, token(i + 1 + h.length).kind == .number, sameLine(i + 1 + h.length)
            else { return nil }
            return i + 2 + h.length
        }
        // Whether a lower-case area word at `i` has a proper name after it ("thị trấn Gia Vân").
        func namesArea(_ i: Int) -> Bool {
            guard !token(i).isCapitalized, let h = lexicons.organisationHeads.longestMatch(analysis, at: i),
                  h.value.kind == .area else { return false }
            return readName(analysis, from: i + h.length, entity: false, allowNumber: false, lexicons: lexicons) > i + h.length
        }
        // "Trường A – Đảng viên: 12 – Kết nạp: 1": after a dash, a noun of people or party units,
        // or a verb of members, that ends at a colon is the label of the next cell, not the name's
        // next part ("Văn phòng – Kỹ thuật: 22 đảng viên" is a name).
        func opensCountLabel(_ i: Int) -> Bool {
            let noun = lexicons.units.longestMatch(analysis, at: i)
            guard let m = noun.flatMap({ $0.value.role == .person || $0.value.role == .organisation ? $0.length : nil })
                    ?? lexicons.triggers.longestMatch(analysis, at: i).map(\.length) else { return false }
            return i + m < content.count && analysis.keyIs(i + m, Keys.colon)
        }
        // Whether the head before `from` (at most three lower-case words, or "Chi bộ" and two more)
        // follows "," or "và" right after a number, or after a number and its noun ("…, Chi bộ thôn
        // Đông Tiến 4 đảng viên, Chi bộ thôn Bàu Sen 3"): the place is an item of a list of places
        // and figures.
        func followsNumberedItem() -> Bool {
            var b = from - 1
            while b > 0 && from - b <= 3 && token(b).kind == .word && !token(b).isCapitalized && !token(b).hasKey(Keys.va) { b -= 1 }
            if b > 1, from - b <= 3, token(b).isCapitalized, lexicons.organisationHeads.longestMatch(analysis, at: b)?.value.kind == .party {
                b -= 1
            }
            guard b > 0, b < from - 1, token(b).hasKey(Keys.comma) || token(b).hasKey(Keys.va) else { return false }
            if token(b - 1).kind == .number { return true }
            for length in 1...3 where b - length > 0 {
                if let noun = lexicons.units.longestMatch(analysis, at: b - length), noun.length == length,
                   token(b - length - 1).kind == .number { return true }
            }
            return false
        }
        // Whether a lower-case area word at `i` has no capitalised name or number after it ("Khu phố
        // 4 phường 5" is a name).
        func countsAreas(_ i: Int) -> Bool {
            guard token(i).kind == .word, !token(i).isCapitalized, let head = lexicons.organisationHeads.longestMatch(analysis, at: i),
                  head.value.kind == .area else { return false }
            let after = i + head.length
            return after >= content.count || !sameLine(after) || !(token(after).isCapitalized || token(after).kind == .number)
                || namesListed(from: after) == Int(analysis.text(of: token(i - 1)))
        }
        // How many names are listed from `i` ("Phong Lạc, Lạc Sơn và Tân Phong": 3), each a run of
        // capitalised words, joined by "," or "và", on one line: "hợp nhất Đảng bộ 3 xã Phong Lạc,
        // Lạc Sơn và Tân Phong" counts the communes it lists ("ấp 3 xã Tân Phú" is one ấp's name).
        func namesListed(from i: Int) -> Int {
            var names = 0, r = i
            while r < content.count && sameLine(r) && names < 12 {
                let start = r
                while r < content.count && sameLine(r) && token(r).kind == .word && token(r).isCapitalized { r += 1 }
                guard r > start else { break }
                names += 1
                guard r < content.count, token(r).hasKey(Keys.comma) || token(r).hasKey(Keys.va) else { break }
                r += 1
            }
            return names
        }
        // Whether a word of two letters or more is written in capitals only.
        func isAllCapitals(_ t: Token) -> Bool {
            let scalars = analysis.scalars[t.start..<t.end]
            return scalars.count >= 2 && scalars.allSatisfy { !$0.properties.isLowercase }
        }
        // A name is on its head's line ("… từ chi bộ thôn" then "Thứ Hai, 11/09/2023").
        if from > 0 && from < content.count && !sameLine(from) { return from }
        if entity, from < content.count, token(from).kind == .word, !token(from).isCapitalized {
            var r = from
            // "Ban Quản lý chợ Trung tâm": a head written in lower case is a common noun ("chợ",
            // "trường"), part of the name.
            while r < content.count && r - from < 4 && token(r).kind == .word && !token(r).isCapitalized
                    && lexicons.nameStops.longestMatch(analysis, at: r) == nil
                    && lexicons.triggers.longestMatch(analysis, at: r) == nil
                    && lexicons.organisationHeads.longestMatch(analysis, at: r).map({
                        commonNouns && $0.value.kind == .entity && $0.value.capitalized
                            || $0.value.kind == .descriptor  // "Trạm khu vực Yang Tao"
                    }) ?? true
                    && sameLine(r) { r += 1 }
            // "Chi nhánh khu vực 1": a descriptor and its number (not a figure: "Đài khu vực 240 sản
            // phẩm …", nor a number of two digits or more).
            if r > from, r < content.count, token(r).kind == .number, sameLine(r), token(r).end - token(r).start <= 2,
               r + 1 >= content.count || lexicons.units.longestMatch(analysis, at: r + 1) == nil,
               let descriptor = lexicons.organisationHeads.longestMatch(analysis, at: from),
               descriptor.value.kind == .descriptor, from + descriptor.length == r {
                return r + 1
            }
            // Not a document after a verb: "Đảng ủy Chi cục bám sát Nghị quyết số 21".
            if r > from, r < content.count, token(r).isCapitalized, sameLine(r),
               lexicons.organisationHeads.longestMatch(analysis, at: r)?.value.kind != .party,
               lexicons.documentTypes.longestMatch(analysis, at: r) == nil {
                q = r
                end = from  // the name proper starts at the capitalised word
            }
        }
        while q < content.count, q == from || sameLine(q) {
            let t = token(q)
            if t.kind == .word && t.isCapitalized {
                // A capitalised party head starts another mention ("… Thành ủy", "… Chi bộ").
                if q > from, let h = lexicons.organisationHeads.longestMatch(analysis, at: q), h.value.kind == .party {
                    break
                }
                // In capitals a word's case says nothing: a stop word ends the name ("NHIỀU CƠ SỞ CÓ
                // CÁCH LÀM MỚI" names no department).
                if isAllCapitals(t), lexicons.nameStops.longestMatch(analysis, at: q) != nil { break }
                q += 1
                end = q
                // "TP." inside a name: keep the dot of a listed abbreviation.
                if q < content.count, token(q).hasKey(Keys.fullStop), lexicons.abbreviations.contains(t.key), sameLine(q) {
                    q += 1
                }
                continue
            }
            let afterCapital = q == from || token(q - 1).isCapitalized || token(q - 1).hasKey(Keys.so)
                || token(q - 1).hasKey(Keys.hyphen) || (entity && token(q - 1).kind == .word)
            // "Lương Sơn 212 đảng viên" (a table row), "… 12,6 km": a number before a counted noun of
            // people or things is a figure ("Tiểu đoàn 1 tổ chức …", "ấp 3 xã Tân Phú" keep their numbers).
            // ("62 km": a street word of addresses, "Km 12", is a unit after a number.)
            // ("đảng bộ 4 phường có …": a lower-case area word with no name after it is counted;
            // "ấp 3 xã Tân Phú" keeps its number.)
            let countsSomething = q + 1 < content.count && sameLine(q + 1)
                && (lexicons.units.longestMatch(analysis, at: q + 1).map { $0.value.role != .organisation } ?? false
                    && lexicons.organisationHeads.longestMatch(analysis, at: q + 1).map { $0.value.kind == .street } ?? true
                    || countsAreas(q + 1))
            // "Đảng bộ xã 4 năm liền …": a number of years, months or times is not in the name.
            let measuresTime = q + 1 < content.count && sameLine(q + 1)
                && lexicons.notFigureAfter.longestMatch(analysis, at: q + 1) != nil
                && lexicons.respectiveMarkers.longestMatch(analysis, at: q + 1) == nil  // "thôn 2 lần lượt"
            // "…, xã Đông Lạc 68, xã Tân Hưng Hạ 49.": a place's proper name takes a number of one
            // digit ("thôn Pà Cò 2"); one of more digits before a clause's end is the place's figure.
            // (One digit too after an item that ends with a number: "…, phường Văn Yên 12 và xã Cẩm Hưng 9.",
            // and after a commune's or a larger area's name: "…; xã Quang Sơn 7;".)
            let gappedFigure = !entity && end > from && (t.end - t.start > 1 || !digitAfterName || followsNumberedItem())
                && (q + 1 == content.count || !sameLine(q + 1) || token(q + 1).hasKey(Keys.va)
                    || token(q + 1).kind == .punct && !token(q + 1).hasKey(Keys.openingBracket))
            if t.kind == .number && (end > from || allowNumber) && (end == q) && afterCapital && !countsSomething && !measuresTime
                && !gappedFigure {
                q += 1
                end = q
                // "Vùng 4 Hải quân": a capitalised word may follow the number.
                if q < content.count, token(q).isCapitalized, sameLine(q),
                   lexicons.organisationHeads.longestMatch(analysis, at: q)?.value.kind != .party { continue }
                if let joined = joinedNumberedPlace(q) { q = joined; end = q }
                break
            }
            // "Sở Văn hóa, Thể thao và Du lịch": a comma between the fields an office is named by.
            if entity, end > from, end == q, t.hasKey(Keys.comma), joinsFields(analysis, commaAt: q, lexicons: lexicons) {
                q += 1
                continue
            }
            // "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ": lower-case fields with a
            // comma inside them, and "và" before one.
            // ("Khoa Phòng, chống bệnh truyền nhiễm": also a field begun by the head word.)
            if entity, end == q, t.hasKey(Keys.comma) || t.hasKey(Keys.va),
               let field = nameField(analysis, around: q, lexicons: lexicons), field > q {
                q = field
                end = q
                continue
            }
            // "Nhà máy số 1", "Trường Tiểu học số 2", "Tổ dân phố số 5": a number after "số" ends the
            // name (not one that counts the noun after it).
            if end == q && t.hasKey(Keys.so), q + 1 < content.count, token(q + 1).kind == .number, sameLine(q + 1),
               !afterPublication(analysis, nameEndingAt: q, lexicons: lexicons),
               entity || allowNumber || (end > from && token(q - 1).isCapitalized),
               // (An area word with its name after the number locates: "… số 2 thị trấn Gia Vân".)
               !(q + 2 < content.count && sameLine(q + 2) && lexicons.units.longestMatch(analysis, at: q + 2) != nil
                   && !namesArea(q + 2)),
               // Not a document's number ("Luật Hợp tác xã số 17/2023/QH15", "Thanh tra số 11/KL-TTr").
               !(q + 2 < content.count && token(q + 2).start == token(q + 1).end
                   && (token(q + 2).hasKey(Keys.slash) || token(q + 2).hasKey(Keys.hyphen))) {
                q += 2
                end = q
                // "Trường THCS số 2 thị trấn Gia Vân": the area after the number is the name's.
                if q < content.count, sameLine(q), namesArea(q),
                   let h = lexicons.organisationHeads.longestMatch(analysis, at: q) {
                    q = readName(analysis, from: q + h.length, entity: false, allowNumber: false, lexicons: lexicons)
                    end = q
                }
                break
            }
            if entity && end > from && t.kind == .word {
                // "và" between capitalised words inside a name ("Ngân hàng Nông nghiệp và Phát triển …"),
                // or between the two councils an office serves ("Văn phòng HĐND và UBND huyện").
                if t.hasKey(Keys.va), end == q, q + 1 < content.count, token(q + 1).isCapitalized, sameLine(q + 1),
                   lexicons.organisationHeads.longestMatch(analysis, at: q + 1).map({ next in
                       next.value.kind == .provider
                           && phraseEnding(at: q, in: analysis, table: lexicons.organisationHeads)?.value.kind == .provider
                   }) ?? true,
                   lexicons.documentTypes.longestMatch(analysis, at: q + 1) == nil {
                    q += 1
                    continue
                }
                // Lower-case words run on until a stop word, a trigger or a unit ("Khoa Hồi sức tích cực").
                if !t.isCapitalized, q - end < 4, lexicons.nameStops.longestMatch(analysis, at: q) == nil,
                   lexicons.triggers.longestMatch(analysis, at: q) == nil,
                   lexicons.organisationHeads.longestMatch(analysis, at: q)?.value.kind != .area {
                    q += 1
                    // At most four lower-case words in a row.
                    var r = q
                    // Not past an area word: "Khối Doanh nghiệp tỉnh đánh giá …" ends at "tỉnh".
                    // (A common word holding one is read whole: "môi trường nông thôn tỉnh A".)
                    while r < content.count && r - end < 4 && token(r).kind == .word && !token(r).isCapitalized
                            && lexicons.nameStops.longestMatch(analysis, at: r) == nil
                            && lexicons.triggers.longestMatch(analysis, at: r) == nil {
                        let head = lexicons.organisationHeads.longestMatch(analysis, at: r)
                        if head?.value.kind == .area { break }
                        if let head, head.value.kind == .word { r += head.length } else { r += 1 }
                    }
                    end = r
                    q = r
                    continue
                }
                if let h = lexicons.organisationHeads.longestMatch(analysis, at: q), h.value.kind == .area {
                    // "Bệnh viện Đa khoa tỉnh Quảng Nam": an area inside an entity name.
                    let after = readName(analysis, from: q + h.length, entity: false, allowNumber: false, lexicons: lexicons)
                    if after > q + h.length { q = after; end = q; continue }
                    // "Đảng bộ Khối các trường THPT tỉnh hiện có …": the area word alone ends the name.
                    if end == q, q + h.length >= content.count || !sameLine(q + h.length) || !token(q + h.length).isCapitalized {
                        q += h.length
                        end = q
                        break
                    }
                }
            }
            if (t.hasKey(Keys.hyphen) || t.hasKey(Keys.ampersand)) && end == q && q + 1 < content.count && end > from
                && (token(q + 1).isCapitalized || token(q + 1).kind == .number || (entity && token(q + 1).kind == .word))
                && isTightJoin(analysis, at: q) {
                // "HQ-538", "19-5", "Bà Rịa-Vũng Tàu", "Sở GD&ĐT"; a word written with a hyphen
                // inside an institution's name ("Xí nghiệp chế biến muối i-ốt số 2")
                q += 2
                end = q
                continue
            }
            // "Tổng đội Thanh niên xung phong kinh tế - quốc phòng Ea Kră": a field of `name_fields.tsv`
            // written with a spaced dash.
            if entity, t.hasKey(Keys.hyphen) || t.hasKey(Keys.enDash), end == q, end > from,
               let fieldEnd = nameField(analysis, around: q, lexicons: lexicons) {
                q = fieldEnd
                end = q
                continue
            }
            if (t.hasKey(Keys.hyphen) || t.hasKey(Keys.enDash)) && end == q && end > from && q + 1 < content.count
                && token(q + 1).isCapitalized && sameLine(q + 1) && lexicons.organisationHeads.longestMatch(analysis, at: q + 1)?.value.kind != .party
                && !opensCountLabel(q + 1) {
                // "Tổng công ty Cơ khí - Xây lắp Hồng Lam", "Bà Rịa - Vũng Tàu"
                q += 1
                continue
            }
            break
        }
        return end
    }
}

extension OrganisationRecognizer {
    /// The end of a `name_fields.tsv` phrase that holds the comma at content position `p` (starting
    /// at most three words before it) or starts right after the "và" at `p`.
    static func nameField(_ analysis: TextAnalysis, around p: Int, lexicons: Lexicons) -> Int? {
        if analysis.keyIs(p, Keys.va) {
            return lexicons.nameFields.longestMatch(analysis, at: p + 1).map { p + 1 + $0.length }
        }
        for s in stride(from: p - 1, through: max(0, p - 3), by: -1) {
            if let m = lexicons.nameFields.longestMatch(analysis, at: s), s + m.length > p + 1 { return s + m.length }
        }
        return nil
    }

    /// The most words a field of an office's name holds between a comma and the "và" of its last
    /// field ("Thể thao" of "Văn hóa, Thể thao và Du lịch").
    static let fieldLength = 4

    /// Whether the comma at content position `comma` joins the fields of one name, as in "Sở Văn
    /// hóa, Thể thao và Du lịch" or "Trung tâm Văn hóa, Thông tin và Thể thao huyện": a capitalised
    /// field that is no head of its own, and a last field after "và" within a few words, all of
    /// them words on the line. A list of names is no such field: "Chi bộ Trường A, Trường B và …"
    /// and "Công ty A, Công ty B" start each item with a head.
    static func joinsFields(_ analysis: TextAnalysis, commaAt comma: Int, lexicons: Lexicons) -> Bool {
        let content = analysis.contentTokens
        func token(_ i: Int) -> Token { analysis.tokens[content[i]] }
        func startsField(_ i: Int) -> Bool {
            i < content.count && token(i).kind == .word && token(i).isCapitalized
                && !analysis.scalars[token(i - 1).end..<token(i).start].contains("\n")
                && lexicons.organisationHeads.longestMatch(analysis, at: i).map { $0.value.kind == .word } ?? true
                && lexicons.documentTypes.longestMatch(analysis, at: i) == nil
        }
        // A field is one capitalised word and lower-case ones: "Thể thao", not a person's "Lê Lợi".
        guard startsField(comma + 1), comma + 2 < content.count, !token(comma + 2).isCapitalized else { return false }
        var r = comma + 2
        while r < content.count, r - comma <= fieldLength + 1, token(r).kind == .word, !token(r).isCapitalized {
            if token(r).hasKey(Keys.va) { return startsField(r + 1) }
            if lexicons.nameStops.longestMatch(analysis, at: r) != nil || lexicons.triggers.longestMatch(analysis, at: r) != nil {
                return false
            }
            r += 1
        }
        return false
    }
}

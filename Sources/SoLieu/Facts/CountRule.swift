/// Builds `count` facts: a figure followed by a counted noun of `units.tsv`, whose measure is set by
/// the nearest trigger of `triggers.tsv` before it in its clause ("kết nạp 322 đảng viên" →
/// `party_members.admitted`), by a trigger after it in the passive ("8 đồng chí được công nhận đảng
/// viên chính thức"), or by the noun alone ("5.971 đảng viên" → `party_members.total`).
///
/// Also: achieved over target ("kết nạp 11/15 đảng viên": 11 actual, 15 target); breakdowns after
/// `trong đó` keep the parent's measure and subject with a `group`; a figure right after a trigger or
/// a group label without a noun of its own ("khiển trách 28 (chiếm 45%)", "trong đó nữ 120") counts
/// the parent's or the trigger's noun.
enum CountRule {
    static func apply(_ ctx: FactContext) -> [Fact] {
        var facts: [Fact] = []
        var parents: [Int: Fact?] = [:]
        // For each fact, the index of the last party-member count at or before it.
        var partyBefore: [Int?] = []
        func append(_ fact: Fact) {
            partyBefore.append(fact.measure?.hasPrefix("party_members") ?? false ? facts.count : partyBefore.last ?? nil)
            facts.append(fact)
        }
        let intros = ctx.listIntros
        // The verb and noun of the first item of a list that names its verb, by the list's
        // introduction: "- Thị trấn A: kết nạp 15 đảng viên; - Xã B: 12 đảng viên; - Xã C: 9;".
        var listVerbs: [Int: (measure: String, unit: UnitEntry, text: String)] = [:]
        // The noun of the first item of a list with one ("- Chi bộ A: 25 đảng viên; - Chi bộ B: 18.").
        var listNouns: [Int: (unit: UnitEntry, text: String)] = [:]
        // Organisation mentions by the content position after their end.
        var mentionEndingAt = PositionIndex(count: ctx.positionCount + 1)
        for (i, m) in ctx.subjects.mentions.enumerated() { mentionEndingAt[m.endPosition] = i }
        // The noun of the last count appended, and its last content position.
        var lastNoun: (entry: UnitEntry, text: String, end: Int)?
        for figure in ctx.figures {
            guard !ctx.isNotFigure(figure.position) else { continue }
            // The introduction of the list the figure's line is an item of, and whether the item
            // holds this figure alone.
            let intro = intros.intro(of: ctx.token(figure.first).start)
            let parent = breakdownParent(ctx, figure: figure, facts: facts, partyBefore: partyBefore, intro: intro,
                                         cache: &parents)
            lazy var aloneOnItem = figuresOnLine(ctx, intros.lineRange(of: ctx.token(figure.first).start)) == 1
            // The first figure of the list ("8, 7 và 6 đảng viên") the figure is in, if any.
            lazy var listHead = coordinatedFigures(ctx, figure).first
            // The counted noun: after the figure, after "F/G", or implied.
            var target: Figure?
            var unitStart = figure.last + 1
            if ctx.keyIs(figure.last + 1, Keys.slash), let g = ctx.figureAt[figure.last + 2], ctx.figures[g].valueMax == nil {
                if ctx.isNotFigure(ctx.figures[g].position) { continue }
                target = ctx.figures[g]
                unitStart = ctx.figures[g].last + 1
            }
            // "kết nạp 8 đảng viên, đạt 8/10 chỉ tiêu": the count restated over its quota; the quota
            // is a target of the count's measure and noun.
            if let target, let quota = ctx.lexicons.quotaMeasures.longestMatch(ctx.analysis, at: unitStart),
               let last = facts.last, last.value == figure.value, last.valueMax == nil, last.modality == .actual,
               let measure = last.measure, measure != "other",
               ctx.analysis.sentenceIndex(at: last.evidence.start) == ctx.analysis.sentenceIndex(ofContent: figure.first) {
                var planned = last
                planned.value = target.value
                planned.modality = .target
                planned.qualifier = .exact
                planned.group = nil
                planned.evidence = ctx.evidence(from: figure.first, to: unitStart + quota.length - 1)
                planned.figure = ctx.token(target.first).start..<ctx.token(target.last).end
                planned.period = ctx.period(at: figure.first)
                ctx.markUsed(figureAt: figure.first)
                ctx.markUsed(figureAt: target.first)
                append(planned)
                continue
            }
            // "• 812 – tổ chức cơ sở đảng", "412 – số đảng viên mới được kết nạp": an infographic's
            // figure, then a dash, then its caption.
            if isCaptionDash(ctx, unitStart), let noun = captionNoun(ctx, after: unitStart) { unitStart = noun }
            var unitEntry: UnitEntry
            var unitText: String
            var unitEnd: Int
            // A noun on the next line ("| 412 | 14" then "Đảng bộ …") is not the figure's.
            // "(11 nữ, 6 dân tộc thiểu số)" after a count: a group longer than the noun (not one of
            // people) it starts with.
            let groupOverNoun = parent != nil && ctx.unit(at: unitStart).map { unit in
                unit.value.role != .person
                    && ctx.lexicons.groupLabels.longestMatch(ctx.analysis, at: unitStart).map { $0.length > unit.length } ?? false
            } ?? false
            if !groupOverNoun, let unit = ctx.unit(at: unitStart), !ctx.lineBreak(after: unitStart - 1) {
                // Classes are training facts, unless the figure is a net change of them.
                guard unit.value.role != .class || isNetChange(ctx, figure) else { continue }
                // "một người" is "someone"; a lone "một" counts only party nouns ("một đảng viên").
                if figure.inWords && figure.value == 1 && figure.first == figure.last && unit.value.measure == "other" { continue }
                unitEntry = unit.value
                unitEnd = unitStart + unit.length - 1
                unitText = ctx.analysis.lowercasedSlice(ctx.token(unitStart).start, ctx.token(unitEnd).end)
            } else if let implied = impliedUnit(ctx, figure: figure, parent: parent) {
                (unitEntry, unitText) = implied
                unitEnd = figure.last
            } else if let last = lastNoun,
                      gappedItem(ctx, figure: figure, after: last.end, mentionEndingAt: mentionEndingAt) {
                (unitEntry, unitText) = (last.entry, last.text)
                unitEnd = figure.last
            } else if let intro, let sibling = listNouns[intro.lowerBound],
                      ctx.keyIs(figure.first - 1, Keys.colon), endsItem(ctx, after: figure.last) {
                (unitEntry, unitText) = (sibling.unit, sibling.text)
                unitEnd = figure.last
            } else {
                continue
            }
            // "Chỉ tiêu giao một số đơn vị: Đảng bộ xã A: 14 đảng viên; …": items of a quota.
            let listedQuota = unitEntry.family == "party_members" ? quotaListMeasure(ctx, figure: figure) : nil
            let isTarget = listedQuota != nil || ctx.isTarget(figure.first) && !isQuotaRecipient(ctx, figureAt: figure.first, family: unitEntry.family)
            var (measure, triggerStart) = self.measure(ctx, number: figure.first, unit: unitEntry, target: isTarget)
            // A verb after the noun ("3 đảng viên bị xóa tên") sets the measure, unless a verb of
            // party members before the figure already did ("khai trừ 2 đảng viên ra khỏi Đảng").
            // ("có thêm 17 đồng chí nghỉ hưu chuyển sinh hoạt …": "có" only says there are more of them.)
            let specificBefore = triggerStart.map { governs(ctx, trigger: $0, figure: figure.first) && !ctx.keyIs($0, Keys.co) } ?? false
                && measure != unitEntry.measure && (measure.hasPrefix("party_members.") || measure == "other")
            var verbAfter = false
            // Whether the figure's verb is left out after a plan's items in the sentence before.
            var elidedTarget = false
            if !specificBefore, let after = triggerAfter(ctx, unitEnd: unitEnd, unit: unitEntry) {
                measure = after
                triggerStart = nil
                // Only a change of membership is the breakdown's own event ("2 đảng viên bị khai
                // trừ"); "41 đảng viên được miễn sinh hoạt" describes members of the parent.
                // So is leaving it: "…, trong đó có 1 đảng viên nhận Huy hiệu 70 năm; 6 đảng viên từ trần".
                verbAfter = after != unitEntry.measure && (after.hasPrefix("party_members.") || after == "other")
            }
            // "• Quần chúng ưu tú trong diện bồi dưỡng: gần 50 người": a noun of anyone counts what
            // the line's label names; so does a member's noun under a label of members ("Đảng viên
            // mới là nữ: 571 đồng chí"), and the label's own noun repeated ("hồ sơ đề nghị kết nạp
            // đang thẩm định: 193 hồ sơ").
            if measure == unitEntry.measure, unitEntry.family == "other" || unitEntry.role == .person,
               let label = labelNoun(ctx, colon: ctx.hedgeStart(figure.first) - 1),
               label.entry.family != "other", label.entry.measure != unitEntry.measure,
               label.entry.role == .person && unitEntry.role == .person
                   && (unitEntry.family == "other" || label.entry.family == unitEntry.family)
                   || label.text.hasPrefix(unitText + " ") {
                measure = label.entry.measure
            }
            if measure == unitEntry.measure, unitEntry.family == "party_members" {
                // "chỉ tiêu 180 đảng viên": a quota of members is of the activity its word implies.
                // (Or before the first of a list the figure is in: "chỉ tiêu … là 10, 12 và 15 đảng viên".)
                if isTarget, let quota = quotaMeasure(ctx, before: figure.first) ?? listedQuota
                    ?? listHead.flatMap({ $0 != ctx.figureAt[figure.first] ? quotaMeasure(ctx, before: ctx.figures[$0].first) : nil }) {
                    measure = quota
                }
                // "nữ chiếm 55,3% (26 đồng chí) số đảng viên mới": the share's base.
                else if let share = shareBaseMeasure(ctx, figure: figure, unitEnd: unitEnd) { measure = share }
                // "Trong số đảng viên mới kết nạp …, có 87 đồng chí là nữ": a part of a set named
                // by its activity at the head of the sentence.
                else if let set = namedSetMeasure(ctx, figure: figure, unit: unitEntry) { measure = set }
                // "Trong 87 đồng chí này có 61 đồng chí là đoàn viên": parts of a set counted before.
                else if let set = restatedSetMeasure(ctx, figure: figure, unit: unitEntry, facts: facts) { measure = set }
                // "Số kết nạp tăng đều qua từng năm: năm 2022 là 18 đảng viên, …".
                else if let listed = colonIntroMeasure(ctx, figure: figure, unit: unitEntry) { measure = listed }
                // "kết nạp 3 đảng viên mới: 02 đồng chí thuộc Chi bộ A, 01 đồng chí …".
                else if let listed = colonBreakdownMeasure(ctx, figure: figure, unit: unitEntry, facts: facts) { measure = listed }
                // "… cho 94 đảng viên. Con số 94 đảng viên cao hơn hẳn đợt trước".
                else if let named = namedFigureMeasure(ctx, figure: figure, unit: unitEntry, facts: facts) { measure = named }
                // "kết nạp 28 đảng viên, tăng 40% so với năm 2022 (20 đảng viên)".
                else if let compared = comparedValueMeasure(ctx, figure: figure, unit: unitEntry, facts: facts) { measure = compared }
                // "… đã kết nạp 486 đảng viên; riêng 9 tháng đầu năm 2024 là 103 đảng viên".
                else if let part = setApartMeasure(ctx, figure: figure, unit: unitEntry, facts: facts) { measure = part }
                // "Xã A kết nạp 84 đảng viên; xã B đứng thứ hai với 61 đảng viên": a ranking.
                else if let ranked = rankedMeasure(ctx, figure: figure, unit: unitEntry, facts: facts) { measure = ranked }
                // "12 đảng viên được kết nạp mới trong giai đoạn 2021–2025, bình quân 2–3 đảng viên mỗi năm".
                else if let average = averageMeasure(ctx, figure: figure, unit: unitEntry, facts: facts) { measure = average }
                // "Chi bộ A phải kết nạp 02 đảng viên; Chi bộ B mỗi chi bộ 01 đảng viên".
                else if let gapped = gappedMeasure(ctx, figure: figure, unit: unitEntry, facts: facts) { measure = gapped }
                // "năm 2023 kết nạp 34 đảng viên, năm 2024 còn 27 đảng viên".
                else if let parallel = parallelPeriodMeasure(ctx, figure: figure, unit: unitEntry, facts: facts) { measure = parallel }
                // "… số đảng viên được trao Huy hiệu đợt này như sau:" then a table or list of counts.
                // Only for a row or item with one figure: columns of their own name their measures.
                else if let intro, aloneOnItem, let listed = introMeasure(ctx, intro, unit: unitEntry) { measure = listed }
                // "KẾT NẠP ĐẢNG VIÊN THEO ĐƠN VỊ" over "- Tiểu đoàn 1 – 58 đồng chí": a heading does the
                // same, up to a bracket ("ĐƠN VỊ – SỐ LIỆU (đảng viên; kết nạp năm 2024)" names columns).
                // (The heading first: counting the figures on a line costs the line's length.)
                else if intro == nil, let heading = PlanScope.headingOverItem(at: ctx.token(figure.first).start, ctx), aloneOnItem,
                        let listed = introMeasure(ctx, heading.lowerBound..<(ctx.analysis.scalars[heading].firstIndex(of: "(") ?? heading.upperBound),
                                                  unit: unitEntry) { measure = listed }
                else if triggerStart == nil, let intro, let sibling = listVerbs[intro.lowerBound],
                        sibling.unit.family == unitEntry.family, aloneOnItem {
                    measure = sibling.measure
                }
                // "Chi bộ A kết nạp 4 đảng viên, còn Chi bộ B 3 đồng chí": the verb left out after
                // a second organisation is the first one's.
                else if let m = mentionEndingAt[elidedVerbStart(ctx, head: listHead.map { ctx.figures[$0] } ?? figure)],
                        let last = facts.last,
                        let elided = elidedMeasure(ctx, mention: ctx.subjects.mentions[m], previous: last, unit: unitEntry) {
                    measure = elided
                    elidedTarget = last.modality == .target
                }
                // "…; 7 chi bộ thôn còn lại mỗi chi bộ ít nhất 1 đảng viên": the same for a counted set.
                else if let elided = elidedSetMeasure(ctx, figure: figure, unit: unitEntry, facts: facts) {
                    measure = elided.measure
                    elidedTarget = elided.target
                }
                // "… lần lượt có 17 và 14 đồng chí": a later figure of a list takes the measure the
                // list's first figure was given.
                else if let head = listHead, ctx.figures[head].first != figure.first,
                        let last = facts.last, last.figure.lowerBound == ctx.token(ctx.figures[head].first).start,
                        let listed = last.measure, listed != unitEntry.measure,
                        listed.split(separator: ".").first.map(String.init) == unitEntry.family
                            || unitEntry.role == .person && listed.hasPrefix("party_members.") {
                    measure = listed
                }
            }
            // "Một số công đoàn có nhiều đoàn viên được kết nạp Đảng:" then "Công đoàn A – 238 đoàn
            // viên": people of another kind, admitted by the list's introduction.
            if measure == unitEntry.measure, unitEntry.family == "other", unitEntry.role == .person, triggerStart == nil,
               let intro, aloneOnItem, let listed = introMeasure(ctx, intro, unit: unitEntry), listed == "party_members.admitted" {
                measure = listed
            }
            if let intro, parent == nil, aloneOnItem {
                if unitEnd > figure.last, listNouns[intro.lowerBound] == nil {
                    listNouns[intro.lowerBound] = (unitEntry, unitText)
                }
                if let t = triggerStart, measure != unitEntry.measure, measure.hasPrefix("party_members."),
                   listVerbs[intro.lowerBound] == nil,
                   ctx.token(t).start >= intros.lineRange(of: ctx.token(figure.first).start).lowerBound {
                    listVerbs[intro.lowerBound] = (measure, unitEntry, unitText)
                }
            }
            // "đã có hai đảng viên mới", "huyện Quỳ Lăng (312 đảng viên mới)": new members are members
            // admitted.
            if measure == "party_members.total",
               triggerStart == nil || ctx.keyIs(figure.first - 1, Keys.co) || ctx.keyIs(figure.first - 1, Keys.voi),
               namesNewMembers(ctx, at: unitEnd + 1) {
                measure = "party_members.admitted"
            }
            // "các cơ sở Đoàn kết nạp 1.035 đoàn viên mới": new members of another organisation were
            // admitted to that one, not to the Party.
            if measure == "party_members.admitted", triggerStart != nil, unitEntry.family == "other", unitEntry.role == .person,
               !ctx.keyIs(unitStart, Keys.nguoi), ctx.keyIs(unitEnd + 1, Keys.moiNew) {
                measure = "other"
            }
            // "nguồn quần chúng ưu tú của huyện có chừng 450 người": people counted by the noun named
            // before "có" in the clause.
            var setApartGroup: String?
            // ("…, các năm lần lượt là 46, 52 và 67 người": also the figures before the list's noun.)
            if measure == unitEntry.measure, unitEntry.role == .person,
               ctx.keyIs(unitStart, Keys.nguoi) && unitEnd == unitStart || unitEnd == figure.last && unitText == "người" {
                // ("… là 2, 1 và 3 người": before the list's first figure.)
                if let named = subjectNoun(ctx, before: listHead.map { ctx.figures[$0].first } ?? figure.first) {
                    measure = named.measure
                    // "Trong số đảng viên mới có 9 người là đoàn viên": a part of a set named at the
                    // head of the sentence.
                    if measure == "party_members.total", let set = namedSetMeasure(ctx, figure: figure, unit: named) { measure = set }
                } else if let part = setApartPeopleMeasure(ctx, figure: listHead.map { ctx.figures[$0] } ?? figure, facts: facts) {
                    (measure, setApartGroup) = part
                } else if let parallel = parallelPeopleMeasure(ctx, figure: listHead.map { ctx.figures[$0] } ?? figure, facts: facts) {
                    measure = parallel
                } else if let whole = markedPartMeasure(ctx, unitEnd: unitEnd, facts: facts) {
                    measure = whole
                }
            }
            // "Đội ngũ giảng viên hiện có 42 đồng chí": a noun that restates, counting people that a
            // noun of others names before "có".
            if measure == unitEntry.measure, unitEntry.family == "party_members", !ctx.keyIs(unitStart, Keys.nguoi),
               ctx.lexicons.restatingNouns.longestMatch(ctx.analysis, at: unitStart).map({ unitStart + $0.length == unitEnd + 1 }) ?? false,
               let named = subjectNoun(ctx, before: figure.first, anyPeople: true), named.family == "other" {
                measure = "other"
            }
            // "Số đảng viên nữ tăng từ 31 lên 45 người": the ends of a change counted in a noun that
            // restates count the set named before the change.
            var changeGroup: String?
            if measure == unitEntry.measure, unitEntry.role == .person, restatesInChange(ctx, figure, unitStart: unitStart, unitEnd: unitEnd),
               let set = changeSet(ctx, figure: figure) {
                measure = set.measure
                changeGroup = set.group
            }
            // "Ban Thường vụ gồm 5 đồng chí": people a body of the organisation consists of.
            var body: String?
            if measure == unitEntry.measure, unitEntry.role == .person {
                // ("Ban Chấp hành khóa mới dự kiến gồm 15 đồng chí": past a plan word no verb is found;
                // the body is looked for before "gồm" right before the figure.)
                let hedge = ctx.hedgeStart(figure.first)
                body = triggerStart.flatMap { bodyBefore(ctx, trigger: $0) }
                    ?? (triggerStart == nil && ctx.keyIs(hedge - 1, Keys.gom) ? bodyBefore(ctx, trigger: hedge - 1) : nil)
                    ?? bodyAfter(ctx, unitEnd: unitEnd)
                if body != nil { measure = "other" }
            }
            let resolved: (text: String?, explicit: Bool) = ctx.distributiveStart(figure.first) == nil
                ? ctx.subjects.resolve(at: figure.first) : (nil, true)
            var subject = resolved.text
            var explicit = resolved.explicit
            var group = groupLabel(ctx, figure: figure, unitEnd: unitEnd) ?? tier(ctx, figure: figure, unitEnd: unitEnd) ?? body
                ?? changeGroup ?? setApartGroup
            // A breakdown keeps its parent's measure unless it names its own verb ("thi hành kỷ luật
            // 426 đảng viên, trong đó khai trừ 37").
            let parentEnd = parent.map { ctx.position(atOrAfter: $0.fact.evidence.end - 1) } ?? 0
            // "(giảm 2 trường hợp so với …)", "2 đảng viên bị khai trừ": a verb of the figure's own.
            let ownVerb = verbAfter || (triggerStart.map { t in
                t > parentEnd && (measure != unitEntry.measure
                    || ctx.lexicons.triggers.longestMatch(ctx.analysis, at: t).map { $0.value.givenMeasure(for: unitEntry) != nil } ?? false)
            } ?? false)
            // "hoàn thiện 05 hồ sơ đề nghị kết nạp, trong đó 03 hồ sơ là …": the parent's noun by its head.
            if let parent, parent.unitFamily == unitEntry.family
                || (unitEntry.role == .person && ["party_members", "candidates"].contains(parent.unitFamily))
                || (unitEnd > figure.last && parent.fact.unit?.hasPrefix(unitText + " ") == true) {
                // ("1.036 đảng viên (+14)": a change of the count, not a part of it.)
                if isBracketedChange(ctx, figure) { measure = "other" } else if !ownVerb { measure = parent.fact.measure ?? measure }
                if !namesOwnSubject(ctx, figure: figure, after: parent.fact.evidence.end) { subject = parent.fact.subject ?? subject }
                // "01 đồng chí" under "46 đảng viên": the same people, no sub-group.
                if group == nil, unitText != parent.fact.unit,
                   !(unitEnd > figure.last
                     && ctx.lexicons.restatingNouns.longestMatch(ctx.analysis, at: unitStart)?.length == unitEnd - unitStart + 1) {
                    group = unitText
                }
            }
            // "Trong 9.012 đảng viên được đánh giá, có …": a whole counted before is its subject's,
            // whatever was named since.
            if !explicit, parent == nil, let whole = restatedWholeSubject(ctx, figure: figure, unit: unitEntry, facts: facts) {
                subject = whole
            }
            // "Chi bộ A và Chi bộ B lần lượt kết nạp 6 và 5 đảng viên", also in a breakdown.
            if let respective = respectiveSubject(ctx, figure) { (subject, explicit) = (respective, true) }
            // "Hơn 3.400 công nhân Công ty CP Giày Phúc Lộc": the organisation named right after the
            // noun, on its line, is whose the people or things are.
            else if unitEnd > figure.last, !ctx.lineBreak(after: unitEnd), let named = ctx.subjects.namedSubject(startingAt: unitEnd + 1) {
                (subject, explicit) = (named, true)
            }
            // "Chi bộ là một trong 34 chi bộ trực thuộc Đảng ủy phường Hòa Mục": units counted under
            // their parent are the parent's.
            else if unitEntry.family == "party_units", unitEnd > figure.last, ctx.keyIs(unitEnd, Keys.thuoc),
                    !ctx.lineBreak(after: unitEnd), let parentName = ctx.subjects.parentNamed(startingAt: unitEnd + 1) {
                (subject, explicit) = (parentName, true)
            }
            // "nâng số chi bộ trực thuộc Đảng ủy xã lên 16": the same, named before "lên".
            else if unitEntry.family == "party_units", ctx.keyIs(ctx.hedgeStart(figure.first) - 1, Keys.len),
                    let parentName = ctx.subjects.parentNamed(endingAt: ctx.hedgeStart(figure.first) - 1, lexicons: ctx.lexicons) {
                (subject, explicit) = (parentName, true)
            }
            // "9 đồng chí là quần chúng đang được bồi dưỡng": people named as another kind of person;
            // not a part of a breakdown of members ("kết nạp 167 đảng viên, trong đó 41 đồng chí là
            // đoàn viên ưu tú": where the admitted came from).
            if unitEntry.role == .person, ctx.keyIs(unitEnd + 1, Keys.la), let named = ctx.unit(at: unitEnd + 2),
               named.value.role == .person, named.value.family == "candidates", unitEntry.family != "candidates",
               !isPartOfMembers(ctx, parent: parent, parentEnd: parentEnd, ownVerb: ownVerb, figure: figure) {
                measure = named.value.measure
            }
            // "1.047 giáo viên là đảng viên", "trong đó 191 người là đảng viên": people of a kind
            // who are members are members of that category (a bare "người" is of its parent's kind).
            // Also "14 thẩm phán của đơn vị đều là đảng viên", and the part of "6 trong số 7 cán bộ của
            // trạm là đảng viên" (not its whole). Not a part of a count of members, who are members
            // already ("xóa tên 24 đảng viên, trong đó 15 trường hợp là đảng viên trẻ …").
            if unitEntry.role == .person, unitEntry.family != "party_members",
               !isPartOfMembers(ctx, parent: parent, parentEnd: parentEnd, ownVerb: ownVerb, figure: figure),
               let la = membershipLink(ctx, after: wholeOf(ctx, part: figure).map { $0.figure.last + $0.noun.length } ?? unitEnd),
               !isWholeOfPart(ctx, figure),
               let named = ctx.unit(at: la + 1), named.value.family == "party_members", named.value.role == .person,
               ctx.figureAt[la + 1] == nil, !(la + 1..<la + 1 + named.length).contains(where: { ctx.keyIs($0, Keys.comma) }) {
                measure = "party_members.total"
                group = ctx.keyIs(unitStart, Keys.nguoi) && unitEnd == unitStart ? parent?.fact.unit ?? group : group ?? unitText
            }
            // "khiển trách 1 đảng viên": a form of discipline names the group.
            if group == nil, let t = triggerStart, let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: t),
               m.value.namesGroup, m.value.measure == measure {
                group = ctx.analysis.lowercasedSlice(ctx.token(t).start, ctx.token(t + m.length - 1).end)
            }
            // "kỷ luật 2 đảng viên (1 khiển trách, 1 cảnh cáo)": so does a form right after a bare
            // figure of a breakdown.
            if group == nil, parent != nil, unitEnd == figure.last,
               let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: figure.last + 1),
               m.value.namesGroup, m.value.measure == measure {
                group = ctx.analysis.lowercasedSlice(ctx.token(figure.last + 1).start, ctx.token(figure.last + m.length).end)
            }
            let (qualifier, qualifierStart) = ctx.qualifier(number: figure.first, afterUnit: unitEnd + 1)
            // "23 chi bộ có dưới 10 đảng viên": a bound that says which units a set counts.
            if [.under, .over, .atLeast].contains(qualifier), isSetThreshold(ctx, figure: figure, unit: unitEntry) { continue }
            var first = figure.first
            if let t = triggerStart, figure.first - t <= 6 { first = t }
            if let q = qualifierStart, q < first { first = q }
            var fact = Fact(kind: .count, evidence: ctx.evidence(from: first, to: max(unitEnd, target?.last ?? unitEnd)))
            fact.figure = ctx.token(figure.first).start..<ctx.token(figure.last).end
            fact.measure = measure
            fact.value = figure.value
            fact.valueMax = figure.valueMax
            fact.unit = unitText
            fact.qualifier = qualifier
            fact.subject = subject
            fact.subjectExplicit = explicit
            fact.period = respectiveYear(ctx, figure) ?? ctx.period(at: figure.first)
            fact.modality = (isTarget || elidedTarget) && target == nil ? .target : .actual
            fact.group = group
            ctx.markUsed(figureAt: figure.first)
            lastNoun = (unitEntry, unitText, unitEnd)
            // "Chi bộ A và Chi bộ B mỗi nơi kết nạp 2 đảng viên": one fact per place.
            let places = eachPlace(ctx, figure: figure)
            if places.count >= 2 {
                for place in places {
                    var each = fact
                    each.subject = place
                    each.subjectExplicit = true
                    append(each)
                }
            } else {
                append(fact)
            }
            if let target {
                // "kết nạp 11/15 đảng viên (theo chỉ tiêu)": achieved over target. "có 35/40 chi bộ …":
                // a part of a whole, where the 40 is a plain count.
                let activity = triggerStart != nil && measure != unitEntry.measure
                var planned = fact
                planned.value = target.value
                planned.modality = activity || isTarget || targetWordAfter(ctx, unitEnd) ? .target : .actual
                planned.qualifier = .exact
                // The whole of "10/11 chi bộ hoàn thành tốt nhiệm vụ" is all the cells, not the group
                // of the part (and so the same fact as "11 chi bộ" stated before).
                if planned.modality == .actual { planned.group = nil }
                // The whole of "21/23 đảng viên chính thức tán thành" is the members there are, not
                // voters: a verb after the noun that counts them as something else is the part's.
                if planned.modality == .actual, verbAfter, measure == "other" { planned.measure = unitEntry.measure }
                planned.figure = ctx.token(target.first).start..<ctx.token(target.last).end
                ctx.markUsed(figureAt: target.first)
                append(planned)
            }
        }
        return facts
    }

    /// Whether a figure is a part of a breakdown of members in the same clause, with no verb of its
    /// own ("kết nạp 167 đảng viên, trong đó 41 đồng chí là …"; not after a ";").
    private static func isPartOfMembers(_ ctx: FactContext, parent: (fact: Fact, unitFamily: String)?, parentEnd: Int,
                                        ownVerb: Bool, figure: Figure) -> Bool {
        guard let parent, parent.unitFamily == "party_members", !ownVerb else { return false }
        return !(parentEnd..<figure.first).contains { ctx.keyIs($0, Keys.semicolon) || ctx.keyIs($0, Keys.fullStop) }
    }

    /// The colon after a count of organisations that opens a list of them in sentence `index`
    /// ("sinh hoạt tại 3 chi bộ: Chi bộ A 19 đảng viên, …"), if any.
    private static func enumerationColon(_ ctx: FactContext, inSentence index: Int) -> Int? {
        guard index >= 0 else { return nil }
        let sentence = ctx.analysis.sentences[index]
        var p = ctx.position(atOrAfter: sentence.lowerBound)
        while p < ctx.positionCount && ctx.token(p).start < sentence.upperBound {
            WorkCounter.tick()
            if ctx.keyIs(p, Keys.colon), let noun = phraseEnding(at: p, in: ctx.analysis, table: ctx.lexicons.units),
               noun.value.role == .organisation, noun.start > 0, ctx.token(noun.start - 1).kind == .number {
                return p
            }
            p += 1
        }
        return nil
    }

    /// Whether a target word follows the counted noun in its clause ("11/15 đảng viên theo chỉ tiêu").
    private static func targetWordAfter(_ ctx: FactContext, _ unitEnd: Int) -> Bool {
        var q = unitEnd + 1
        while q < ctx.positionCount && q - unitEnd <= 6 && !ctx.isClauseBreakOrComma(q) {
            if ctx.lexicons.targetMarkers.longestMatch(ctx.analysis, at: q)?.value == true { return true }
            q += 1
        }
        return false
    }

    /// The organisations named before "mỗi nơi", "mỗi đơn vị" or "mỗi" and their head word ("mỗi chi
    /// bộ") in the figure's sentence.
    private static func eachPlace(_ ctx: FactContext, figure: Figure) -> [String] {
        if let shared = sharedFigurePlaces(ctx, figure: figure) { return shared }
        // "mỗi nơi", "mỗi đơn vị", or the head word of the places listed ("Chi bộ A và Chi bộ B mỗi
        // chi bộ kết nạp 1 đồng chí").
        guard let d = ctx.distributiveStart(figure.first),
              ctx.keyIs(d + 1, Keys.noi) || ctx.keyIs(d + 1, Keys.donVi[0])
                || ctx.lexicons.organisationHeads.longestMatch(ctx.analysis, at: d + 1) != nil
        else { return [] }
        let sentence = ctx.analysis.sentenceIndex(ofContent: d)
        let dStart = ctx.token(d).start
        // Only the places of the figure's clause: "Chi bộ A xóa tên 3 đảng viên; Chi bộ B và Chi bộ
        // C mỗi nơi 2 đảng viên" is about B and C.
        // Nor the places of items with figures of their own before it: "…, Chi bộ thôn Tiền Phong 2,
        // các chi bộ thôn Khe Mây và Cồn Soi mỗi nơi 1 đảng viên" is about Khe Mây and Cồn Soi.
        var clause = d - 1
        while clause >= 0 && !ctx.keyIs(clause, Keys.semicolon) && ctx.sameSentence(clause, d)
                && !(ctx.figureEndingAt[clause].map {
                    // (A figure shared by the same places does not end them: "mỗi xã chỉ kết nạp 2 đảng
                    // viên, trong khi chỉ tiêu giao cho mỗi xã là 5".)
                    !ctx.isNotFigure(ctx.figures[$0].first, countingUse: false) && ctx.distributiveStart(ctx.figures[$0].first) == nil
                } ?? false) { clause -= 1 }
        let clauseStart = clause >= 0 && ctx.sameSentence(clause, d) ? ctx.token(clause).end : 0
        let subjects = ctx.subjects
        // Only the mentions of the sentence (mentions are in text order): found by bisection.
        let range = ctx.analysis.sentences[sentence]
        var lo = 0, hi = subjects.mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if subjects.mentions[mid].start < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var i = lo
        while i < subjects.mentions.count && subjects.mentions[i].start < min(range.upperBound, dStart) { i += 1 }
        let places = (lo..<i).filter { i in
            WorkCounter.tick()
            let m = subjects.mentions[i]
            return (m.form == .named || m.namesItself) && subjects.resolved[i] != nil && m.end <= dStart && m.start >= clauseStart
                && ctx.analysis.sentenceIndex(at: m.start) == sentence
        }
        // "Các xã Tân Long, Minh Đức và Lũng Vân mỗi nơi …": names listed bare after a place, up to
        // the next place ("các chi bộ thôn Phú Mỹ, Tân Lộc và Chi bộ Quân sự xã mỗi chi bộ …").
        var named: [String] = []
        for (k, i) in places.enumerated() {
            named.append(subjects.resolved[i]!)
            let end = k + 1 < places.count ? subjects.mentions[places[k + 1]].firstPosition : d
            named += bareNames(ctx, after: subjects.mentions[i], before: end) ?? []
        }
        return named
    }

    /// The places that share one figure through "cùng" right before it (or before "có" or a verb
    /// before it), named right before "cùng" and joined by "và" or commas: "…, xã Hợp Tiến và xã
    /// Yên Mỹ cùng 12 đảng viên" is 12 each. Nil when the figure is not so shared.
    private static func sharedFigurePlaces(_ ctx: FactContext, figure: Figure) -> [String]? {
        // (Most figures have no "cùng" just before them: asked before the hedge is sought.)
        guard (max(0, figure.first - 5)..<figure.first).contains(where: { ctx.keyIs($0, Keys.cung) }) else { return nil }
        let hedge = ctx.hedgeStart(figure.first)
        var d = hedge - 1
        while d >= 0 && hedge - d <= 3 && !ctx.keyIs(d, Keys.cung) {
            if ctx.isClauseBreakOrComma(d) || ctx.figureEndingAt[d] != nil { return nil }
            d -= 1
        }
        guard d > 0, ctx.keyIs(d, Keys.cung), var i = ctx.mentionIndex(endingAt: d) else { return nil }
        var places = [i]
        var joinedByVa = false
        while case let first = ctx.mentions[i].firstPosition, first > 1,
              ctx.keyIs(first - 1, Keys.va) || ctx.keyIs(first - 1, Keys.comma),
              let before = ctx.mentionIndex(endingAt: first - 1) {
            if ctx.keyIs(first - 1, Keys.va) { joinedByVa = true }
            places.append(before)
            i = before
        }
        guard joinedByVa else { return nil }
        let named = places.reversed().compactMap { ctx.subjects.resolved[$0] }
        return named.count == places.count ? named : nil
    }

    /// How many sentences (lines) before a breakdown marker alone on its line its whole may be.
    static let markerLineReach = 3
    /// How many items a breakdown marker alone on its line may head.
    static let markerLineItems = 12

    /// Whether the breakdown marker at content position `m` fills its line (a colon after it
    /// allowed) and the lines from the next to the figure's are list items ("Trong đó" over "–
    /// Đoàn viên thanh niên: 121", "– Nữ: 87").
    private static func markerAloneOverItems(_ ctx: FactContext, marker m: Int, figure: Figure) -> Bool {
        guard m == 0 || ctx.lineBreak(after: m - 1),
              var end = ctx.lexicons.breakdownMarkers.longestMatch(ctx.analysis, at: m).map({ m + $0.length - 1 }) else { return false }
        if ctx.keyIs(end + 1, Keys.colon) { end += 1 }
        guard ctx.lineBreak(after: end) else { return false }
        let lines = ctx.analysis.lines, scalars = ctx.analysis.scalars
        let markerLine = lines.line(of: ctx.token(m).start), figureLine = lines.line(of: ctx.token(figure.first).start)
        guard figureLine > markerLine, figureLine - markerLine <= markerLineItems else { return false }
        return (markerLine + 1...figureLine).allSatisfy { i in
            let line = lines.range(ofLine: i)
            return line.count <= ListIntros.longestMarkedItem
                && ListItemOpening(of: line, in: scalars, marks: PlanScope.itemMarks)?.kind == .mark
        }
    }

    /// The fact a breakdown figure belongs to: the last count before it in its sentence, when a
    /// breakdown marker (`trong đó`) stands between them, or when the sentence opens with
    /// "Trong <parent figure> …".
    ///
    /// The parent of a marker is found once (`cache`, by marker position): the facts before a
    /// marker are all made before the first figure after it, so later figures of a long breakdown
    /// do not walk back over the facts of their siblings.
    private static func breakdownParent(_ ctx: FactContext, figure: Figure, facts: [Fact], partyBefore: [Int?],
                                        intro: Range<Int>?, cache: inout [Int: Fact?])
        -> (fact: Fact, unitFamily: String)? {
        var sentence = ctx.analysis.sentenceIndex(ofContent: figure.first)
        // The nearest breakdown marker before the figure in its sentence.
        var marker = ctx.breakdownMarker(before: figure.first)
        if let m = marker, ctx.analysis.sentenceIndex(ofContent: m) != sentence
            || ctx.wholeClauseOpens(after: m, before: figure.first) { marker = nil }
        // "… trao Huy hiệu Đảng cho 14 đồng chí, cụ thể:" then "- Huy hiệu 40 năm tuổi Đảng: 01 đồng
        // chí": a marker, then a colon ending the line, introducing the list the figure is in.
        if marker == nil, let intro, let m = ctx.breakdownMarker(before: figure.first),
           ctx.token(m).start >= intro.lowerBound, ctx.token(m).end <= intro.upperBound,
           let colon = ctx.lexicons.breakdownMarkers.longestMatch(ctx.analysis, at: m).map({ m + $0.length }),
           ctx.keyIs(colon, Keys.colon), ctx.lineBreak(after: colon) {
            marker = m
            sentence = ctx.analysis.sentenceIndex(ofContent: m)
        }
        // "Trong đó" alone on its line (a colon or not), over "– Đoàn viên thanh niên: 121".
        var markerLine = false
        if marker == nil, let m = ctx.breakdownMarker(before: figure.first), markerAloneOverItems(ctx, marker: m, figure: figure) {
            marker = m
            sentence = ctx.analysis.sentenceIndex(ofContent: m)
            markerLine = true
        } else if let m = marker {
            markerLine = markerAloneOverItems(ctx, marker: m, figure: figure)
        }
        // "chiếm 12,4% trong tổng số 1.056 người lao động", "Trong số 22 đồng chí …": the figure
        // right after "trong (tổng) số" is the whole set, not a part of the figure before ("3 trong
        // số 5 chi bộ" is a part and its whole, read together).
        if let m = marker, ctx.keyIs(figure.first - 1, Keys.so), !ctx.isFigureEnd(m - 1),
           ctx.lexicons.breakdownMarkers.longestMatch(ctx.analysis, at: m).map({ m + $0.length == figure.first }) ?? false {
            marker = nil
        }
        var parent: Fact?
        if let marker, let cached = cache[marker] {
            parent = cached
        } else if let marker {
            var markerOffset = ctx.token(marker).start
            // The last count before the marker: in the sentence, or, when the sentence opens with
            // the marker ("… 156 đảng viên. Trong đó, có 48 …"), at the end of the previous one.
            let sentenceStart = ctx.analysis.sentences[sentence].lowerBound
            // ("• Trong đó: 31 người là …": after a list mark.)
            var first = ctx.position(atOrAfter: sentenceStart)
            while first < marker && ctx.token(first).kind == .punct { first += 1 }
            let opensSentence = first == marker
            // (A marker on a line of its own may come a few short lines after its whole: "198
            // đảng viên mới", "Chỉ tiêu Tỉnh ủy giao: 180", "Đạt: 110% kế hoạch", "Trong đó".)
            // (The previous sentence is the one with words: a blank line between paragraphs is none.)
            var lowest = markerLine ? sentence - markerLineReach : opensSentence ? previousSentenceWithWords(ctx, before: sentence) : sentence
            // A footnote "(2) Trong đó có 14 đảng viên nữ …" breaks down the count its mark follows
            // in the body ("kết nạp 36 đảng viên(2)").
            if let mark = FootnoteMarks.bodyMark(ofNoteOpeningBefore: marker, ctx) {
                markerOffset = mark
                lowest = ctx.analysis.sentenceIndex(at: mark)
            }
            // Facts are in text order: the last one before the marker, then through `partyBefore`
            // the last party-member count before it, each in the sentence (or the one before).
            var k = facts.count - 1
            while k >= 0 && facts[k].evidence.end > markerOffset {
                WorkCounter.tick()
                k -= 1
            }
            // "… có 41 đảng viên, sinh hoạt tại 3 chi bộ: Chi bộ A 19 đảng viên, …, Chi bộ C 10 đảng
            // viên. Trong đó có 17 đảng viên nữ": the whole before the units listed, not the last unit.
            if opensSentence, k >= 0, let colon = enumerationColon(ctx, inSentence: sentence - 1),
               ctx.token(colon).start < facts[k].evidence.start {
                while k >= 0 && facts[k].evidence.end > ctx.token(colon).start {
                    WorkCounter.tick()
                    k -= 1
                }
            }
            if k >= 0, ctx.analysis.sentenceIndex(at: facts[k].evidence.start) >= lowest {
                var party = partyBefore[k]
                // (Past a line's planned figures: the whole is what was done.)
                while let j = party, facts[j].evidence.end > markerOffset || markerLine && facts[j].modality == .target {
                    WorkCounter.tick()
                    party = j > 0 ? partyBefore[j - 1] : nil
                }
                if let j = party, ctx.analysis.sentenceIndex(at: facts[j].evidence.start) >= lowest {
                    parent = facts[j]
                } else {
                    parent = facts[k]
                }
                // "… kết nạp 97 đảng viên; công nhận chính thức cho 104 đảng viên dự bị. Trong số
                // đảng viên mới có 39 nữ": the set the marker names is the last count of its measure.
                if let named = namedSetMeasure(ctx, figure: figure, unit: UnitEntry(measure: "party_members.total", role: .person)),
                   parent?.measure != named,
                   let j = facts[...k].lastIndex(where: { $0.measure == named && $0.modality == .actual }),
                   ctx.analysis.sentenceIndex(at: facts[j].evidence.start) >= lowest {
                    parent = facts[j]
                }
            }
            // "Trong số 22 đồng chí nhận Huy hiệu …, có 9 đồng chí là nữ": a count right after the
            // marker names the set its parts are of.
            if let m = ctx.lexicons.breakdownMarkers.longestMatch(ctx.analysis, at: marker), ctx.figureAt[marker + m.length] != nil,
               let j = facts.lastIndex(where: { ctx.position(atOrAfter: $0.figure.lowerBound) == marker + m.length }) {
                parent = facts[j]
            }
            // ", gồm" breaks down what was done ("xóa tên 5 đảng viên, gồm 03 trường hợp …"), or
            // anything when a colon opens a list after it; not a whole's parts ("có 14 chi bộ, gồm 9
            // chi bộ khoa, …"), which are counts of their own; but members' parts restated as people
            // ("có 391 đảng viên, gồm 268 người Mông, 97 người Dao") are members.
            if let p = parent, let m = ctx.lexicons.breakdownMarkers.longestMatch(ctx.analysis, at: marker), !m.value,
               !ctx.keyIs(marker + m.length, Keys.colon), p.measure == "other" || p.measure?.hasSuffix(".total") == true,
               !(p.measure == "party_members.total" && ctx.lexicons.restatingNouns.longestMatch(ctx.analysis, at: figure.last + 1) != nil) {
                parent = nil
            }
            cache[marker] = parent
        } else if let last = facts.last, ctx.analysis.sentenceIndex(at: last.evidence.start) == sentence {
            // "Trong 412 đảng viên mới kết nạp …, có 268 đảng viên là …; 31 đảng viên …": the set
            // is the last count, or the one before the parts read after it (counts that took its
            // measure).
            var k = facts.count - 1
            while k >= 0 && facts.count - k <= 8 && ctx.analysis.sentenceIndex(at: facts[k].evidence.start) == sentence {
                WorkCounter.tick()
                if opensSet(ctx, at: ctx.position(atOrAfter: facts[k].evidence.start)) {
                    if k == facts.count - 1 || facts[k].measure == last.measure { parent = facts[k] }
                    break
                }
                if facts[k].measure != last.measure { break }
                k -= 1
            }
            // "kết nạp 14 đảng viên, 9 người là học sinh, sinh viên", "có 19 đảng viên mà chỉ có 3
            // người dưới 35 tuổi": people restated and said to be of a kind or an age, right after a
            // count of members (past a comma and the words of a contrast), are a part of it.
            if parent == nil, last.measure?.hasPrefix("party_members.") == true, last.value.map({ $0 > figure.value }) ?? false,
               restatesAfterContrast(ctx, figure: figure, after: last.evidence.end),
               let noun = ctx.lexicons.restatingNouns.longestMatch(ctx.analysis, at: figure.last + 1),
               saysKindOrAge(ctx, after: figure.last + noun.length) {
                parent = last
            }
            // "146 đảng viên (nữ: 21)", "326 đồng chí (khiển trách 6, cảnh cáo 3)": a parenthesis
            // right after a count breaks it down.
            var q = figure.first - 1
            while q >= 0 && figure.first - q <= 40 && !ctx.keyIs(q, Keys.closingBracket) && !ctx.keyIs(q, Keys.openingBracket)
                    && ctx.sameSentence(q, figure.first) { q -= 1 }
            if q > 0, ctx.keyIs(q, Keys.openingBracket) {
                let before = ctx.token(q - 1).end
                var k = facts.count - 1
                while k >= 0 && facts[k].evidence.end > before { k -= 1 }
                if k >= 0, facts[k].evidence.end == before { parent = facts[k] }
            }
        }
        // A part is no larger than its whole: "kết nạp 23 đảng viên, … nhiều hơn năm 2024 (17 đảng
        // viên); trong đó mười chín đồng chí …" is a part of the 23, the sentence's last larger count
        // of the same measure; "61 đảng viên, trong đó 38 đảng viên nữ, trên tổng số hơn 1.240 công
        // nhân" counts the workers on their own.
        // ("3 trong số 5 chi bộ": a whole right after its marker, of the part's kind, read with the
        // part before it; not "6 trong số 7 cán bộ của trạm là đảng viên".)
        guard var parent else { return nil }
        let wholeAfterMarker = marker.flatMap { m in
            ctx.lexicons.breakdownMarkers.longestMatch(ctx.analysis, at: m).map { m + $0.length == figure.first }
        } ?? false && ctx.unit(at: figure.last + 1).map { parent.measure?.hasPrefix($0.value.family + ".") == true } ?? false
        // ("xóa tên 2 đảng viên (năm 2023: 4)": a figure labelled by a period compares, at any size.)
        let periodLabelled = figure.first > 0 && ctx.keyIs(figure.first - 1, Keys.colon) && ctx.period(endingAt: figure.first - 1) != nil
        if let whole = parent.value, figure.value > whole, !wholeAfterMarker, !periodLabelled {
            let figureOffset = ctx.token(figure.first).start
            guard let larger = facts.last(where: { fact in
                WorkCounter.tick()
                return fact.evidence.end <= figureOffset && (fact.value ?? 0) >= figure.value
                    && fact.measure == parent.measure && fact.measure?.hasPrefix("party_members.") == true
                    && ctx.analysis.sentenceIndex(at: fact.evidence.start) == sentence
            }) else { return nil }
            parent = larger
        }
        var family = ctx.lexicons.units.lookup(parent.unit.map { unitKeys(ctx, $0) } ?? [])?.family ?? "party_members"
        // "Số đảng viên mới kết nạp là 27 người, trong đó …": people counted as party members.
        if family == "other", let measure = parent.measure, let dot = measure.firstIndex(of: "."),
           ["party_members", "candidates"].contains(String(measure[..<dot])) {
            family = String(measure[..<dot])
        }
        return (parent, family)
    }

    /// The subject of the last count before the figure's sentence with its value and family, when
    /// the figure opens a set (`opensSet`): "Trong 9.012 đảng viên được đánh giá, …" restates the
    /// district's 9.012 members counted above, after a paragraph about one of its communes.
    private static func restatedWholeSubject(_ ctx: FactContext, figure: Figure, unit: UnitEntry, facts: [Fact]) -> String? {
        guard opensSet(ctx, at: figure.first) else { return nil }
        let sentenceStart = ctx.analysis.sentences[ctx.analysis.sentenceIndex(ofContent: figure.first)].lowerBound
        return facts.last { fact in
            fact.kind == .count && fact.value == figure.value && fact.evidence.end <= sentenceStart
                && fact.measure?.hasPrefix(unit.family + ".") == true
        }?.subject
    }

    /// Whether the count whose evidence starts at content position `start` names a set its
    /// clause's later counts are parts of: it comes right after "trong" or "trong số" opening a
    /// clause, after a comma, or after a verb of saying ("Trong 412 đảng viên mới …", "Tổng hợp cả
    /// năm, trong 64 đảng viên mới có 23 …", "… cho biết trong 6 đảng viên mới có 4 người …",
    /// "Trong số 22 đồng chí nhận Huy hiệu …, có 9 đồng chí là nữ").
    private static func opensSet(_ ctx: FactContext, at start: Int) -> Bool {
        if start > 0, ctx.keyIs(start - 1, Keys.trong),
           ctx.clauseStart(start) == start - 1 || ctx.clauseStart(start - 1) == start - 1
            || ctx.isClauseBreakOrComma(start - 2)
            || phraseEnding(at: start - 1, in: ctx.analysis, table: ctx.lexicons.sayingVerbs) != nil {
            return true
        }
        return start > 1 && ctx.keyIs(start - 1, Keys.so) && ctx.keyIs(start - 2, Keys.trong)
            && (ctx.clauseStart(start - 1) == start - 2 || ctx.clauseStart(start - 2) == start - 2
                || ctx.isClauseBreakOrComma(start - 3))
    }

    /// The index of the last sentence before `sentence` that holds a content token (not a blank
    /// line between paragraphs); `sentence - 1` when there is none.
    static func previousSentenceWithWords(_ ctx: FactContext, before sentence: Int) -> Int {
        var s = sentence - 1
        while s > 0 {
            let range = ctx.analysis.sentences[s]
            if ctx.position(atOrAfter: range.lowerBound) < ctx.position(atOrAfter: range.upperBound) { return s }
            s -= 1
        }
        return sentence - 1
    }

    /// How far back, in content positions, the label's colon of a list item may stand.
    static let listLabelReach = 80

    /// The colon of the label over the list whose item opens with the figure at `start`, right
    /// after a semicolon: in the same sentence, with the list's first item opening with a figure
    /// right after the colon.
    static func listLabelColon(_ ctx: FactContext, before start: Int) -> Int? {
        guard start > 1, ctx.keyIs(start - 1, Keys.semicolon) else { return nil }
        var s = start - 2
        while s > 0 && start - s <= listLabelReach && ctx.sameSentence(s, start) {
            if ctx.keyIs(s, Keys.colon) {
                var first = s + 1
                if let hedge = ctx.lexicons.qualifiersBefore.longestMatch(ctx.analysis, at: first) { first += hedge.length }
                return first < ctx.positionCount && ctx.figureAt[first] != nil ? s : nil
            }
            s -= 1
        }
        return nil
    }

    private static func unitKeys(_ ctx: FactContext, _ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " }).map { FoldedKey.fold(String($0)) }
    }

    /// The measure of a count, and where its trigger starts (when one applies): the nearest trigger
    /// phrase before it in its clause, each position read as the longest phrase ending there.
    static func measure(_ ctx: FactContext, number p: Int, unit: UnitEntry, target: Bool) -> (String, Int?) {
        var e = p
        // "…, nhiều hơn 5 đảng viên so với năm 2023": a difference, a net change.
        if let comparison = ctx.comparisonDifference(number: p) { return ("other", comparison) }
        // "Kết nạp: 214 đảng viên", "cho ra khỏi Đảng: 4 đảng viên": a label ending in a colon
        // right before the figure.
        // "Kết nạp mới giai đoạn 2020–2025: 34 đảng viên": the label may end in its period.
        if e >= 2, let labelled = labelMeasure(ctx, after: e - 1, unit: unit, number: p, target: target) { return labelled }
        // "Về lý do xóa tên: 17 đảng viên …; 8 đảng viên …; 4 đảng viên …": the later items of a list
        // after a label, each opening with its figure, count what the label names too.
        // (A semicolon within a hedge's reach is asked first: most figures follow none.)
        if (1...3).contains(where: { ctx.keyIs(p - $0, Keys.semicolon) }), let colon = listLabelColon(ctx, before: ctx.hedgeStart(p)),
           let labelled = labelMeasure(ctx, after: colon, unit: unit, number: p, target: target) { return labelled }
        // "Kết nạp: kế hoạch 12 đảng viên, thực hiện 13 đảng viên": the label of the line's columns.
        if let column = ctx.labelColumn(before: p) {
            return labelMeasure(ctx, after: column.colon, unit: unit, number: p, target: target) ?? (unit.measure, nil)
        }
        if let topical = topicalisedMeasure(ctx, number: p, unit: unit) { return (topical, nil) }
        // Whether a target word stands between the position reached and the figure: "vượt chỉ tiêu
        // 35 đảng viên" is a quota of the activity named before "vượt", not a number exceeded by.
        var pastTarget = false
        while e > 0 && p - e <= 45 && !ctx.isClauseBreak(e - 1) && ctx.sameSentence(e - 1, p) {
            // "…, chi bộ chia thành 3 tổ đảng": a clause with a subject and a verb of its own starts
            // after the comma; a verb before it is not this count's. Not a list of units ("…, Chi
            // bộ B và Chi bộ C lần lượt …") or of units and figures ("…, Đảng bộ huyện Hòa Định (276
            // đảng viên)"). Also after "thì" ("Nếu như Chi bộ A kết nạp 7 đảng viên thì Chi bộ B với 29 đảng viên …").
            // ("…, Đảng bộ xã Đông Sơn Hạ (tỉnh Quảng Lâm) vẫn duy trì 7 chi bộ": past a place in
            // brackets after the subject.)
            if e < p, ctx.keyIs(e - 1, Keys.comma) || ctx.keyIs(e - 1, Keys.thi),
               let subjectEnd = (ctx.mentionEnd(startingAt: e)
                ?? ctx.lexicons.organisationHeads.longestMatch(ctx.analysis, at: e).flatMap({ $0.value.kind == .party ? e + $0.length : nil }))
                .map({ pastBracket(ctx, at: $0, before: p) }),
               subjectEnd < p, ctx.token(subjectEnd).kind == .word, !ctx.keyIs(subjectEnd, oneOf: Keys.listJoins),
               ctx.mentionEnd(startingAt: subjectEnd) == nil,
               !(e..<p).contains(where: { ctx.isCountingFigure(at: $0) }) { break }
            if target, !pastTarget, phraseEnding(at: e, in: ctx.analysis, table: ctx.lexicons.targetMarkers)?.value == true {
                pastTarget = true
            }
            guard let m = phraseEnding(at: e, in: ctx.analysis, table: ctx.lexicons.triggers) else { e -= 1; continue }
            // "được bầu từ 21 chi bộ": where things came from, not what the verb counts.
            if countsSource(ctx, after: e) { e = m.start; continue }
            if pastTarget && m.value.measure == "other" && m.value.appliesTo == "any" { e = m.start; continue }
            // "Tổng Công ty Phát triển hạ tầng …": a word of a name, not a verb.
            if ctx.blocked[m.start] { e = m.start; continue }
            // "9 đối tượng kết nạp và 12 …": a word of an earlier figure's noun, not a verb.
            if insideCountedNoun(ctx, m.start) { e = m.start; continue }
            // "… trở lên, trong đó 4 chi bộ": the end of a hedge after an earlier figure, not a verb.
            if let hedge = phraseEnding(at: e, in: ctx.analysis, table: ctx.lexicons.qualifiersAfter), hedge.start < m.start {
                e = hedge.start
                continue
            }
            let t = m.value
            // "Số đảng viên được miễn sinh hoạt đảng là 187 đồng chí": members in a state, counted
            // as they are (not "miễn sinh hoạt cho 5 đảng viên", the act).
            if isStateInPassive(ctx, m), applies(t, to: unit),
               // (Within its clause: past the commas of a list of figures only.)
               !(m.start..<p).contains(where: { ctx.isClauseBreakOrComma($0) && !ctx.isFigureEnd($0 - 1) }) {
                return (unit.measure, nil)
            }
            if t.measure != "pass" && applies(t, to: unit) {
                // "27 đảng viên chuyển đi, 6 đảng viên chưa chuyển": the verb of the count before it.
                if isVerbOfEarlierCount(ctx, trigger: m.start, figure: p) { return (unit.measure, nil) }
                // "nâng số đảng viên kết nạp cả năm lên 16 đồng chí": what is raised is named by
                // the verb after "số".
                if t.measure == "base", ctx.keyIs(m.start, Keys.len), let raised = raisedSetMeasure(ctx, before: m.start, unit: unit) {
                    return (raised, nil)
                }
                // A target ("vượt chỉ tiêu 35 đảng viên") keeps the activity named before it.
                let given = t.givenMeasure(for: unit)
                if !(given == nil && target) { return (given ?? unit.measure, m.start) }
            }
            e = m.start
        }
        // (Only a label that governs the item's first count too: not "Đảng bộ Bệnh viện … sau sáp
        // nhập: 312 đảng viên, 14 chi bộ".)
        if e < p, e >= 2, ctx.keyIs(e - 1, Keys.colon), ctx.sameSentence(e - 1, p),
           let i = ctx.figureAt[e + (ctx.lexicons.qualifiersBefore.longestMatch(ctx.analysis, at: e)?.length ?? 0)],
           let firstNoun = ctx.unit(at: ctx.figures[i].last + 1),
           labelMeasure(ctx, after: e - 1, unit: firstNoun.value, number: p, target: target) != nil,
           let labelled = labelMeasure(ctx, after: e - 1, unit: unit, number: p, target: target) {
            return labelled
        }
        if let elided = elidedObjectMeasure(ctx, from: e, number: p, unit: unit) { return (elided, nil) }
        return (unit.measure, nil)
    }

    /// The measure of a verb in the passive that opens the sentence, for the figure it puts last
    /// after "có" or "là": "Được trao Huy hiệu 70 năm tuổi Đảng dịp 2/9 vừa qua có 2 đồng chí",
    /// "Được kết nạp nhiều nhất là Chi bộ thôn A với 6 đảng viên".
    static func topicalisedMeasure(_ ctx: FactContext, number p: Int, unit: UnitEntry) -> String? {
        let sentence = ctx.analysis.sentences[ctx.analysis.sentenceIndex(ofContent: p)]
        let first = ctx.position(atOrAfter: sentence.lowerBound)
        guard first + 1 < p, ctx.keyIs(first, Keys.duoc), unit.family == "party_members",
              let verb = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: first + 1),
              verb.value.measure.hasPrefix("party_members."), applies(verb.value, to: unit),
              let given = verb.value.givenMeasure(for: unit) else { return nil }
        // Only "có" or "là" (and a subject before "với") between: no verb of its own (an occasion's
        // date may stand there: "dịp 2/9").
        var q = first + 1 + verb.length
        var linked = false
        while q < p {
            if ctx.keyIs(q, Keys.co) || ctx.keyIs(q, Keys.la) { linked = true }
            else if ctx.lexicons.triggers.longestMatch(ctx.analysis, at: q) != nil { return nil }
            q += 1
        }
        return linked ? given : nil
    }

    /// The measure of the set "số <noun> <verb> …" right before "lên" in its clause ("nâng số đảng
    /// viên kết nạp cả năm 2025 lên 16 đồng chí" → admitted), or nil when no verb after "số" names
    /// one ("nâng tổng số đảng viên lên 200", "số đảng viên tăng lên 96": the total).
    static func raisedSetMeasure(_ ctx: FactContext, before len: Int, unit: UnitEntry) -> String? {
        var s = len - 1
        while s > 0 && len - s <= 16 && !ctx.keyIs(s, Keys.so) {
            if ctx.isClauseBreakOrComma(s) || ctx.isCountingFigure(at: s) { return nil }
            s -= 1
        }
        // ("nâng tổng số kết nạp 9 tháng lên 11 đảng viên": the noun may be left out.)
        guard ctx.keyIs(s, Keys.so) else { return nil }
        var q = s + 1 + (ctx.unit(at: s + 1)?.length ?? 0)
        while q < len {
            if let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: q),
               let given = m.value.givenMeasure(for: unit), given != "pass", given != "other", applies(m.value, to: unit) {
                return given
            }
            q += 1
        }
        return nil
    }

    /// Whether an organisation named in full stands between a breakdown's parent (ending at code
    /// point `parentEnd`) and its figure, in the figure's sentence and not after a comma: the part
    /// is that organisation's ("kết nạp mới 11 đồng chí, trong đó Chi bộ Công an xã A kết nạp 2
    /// đồng chí").
    static func namesOwnSubject(_ ctx: FactContext, figure: Figure, after parentEnd: Int) -> Bool {
        let mentions = ctx.subjects.mentions
        let start = ctx.token(figure.first).start
        let i = mentions.partitioningIndex { $0.start >= start } - 1
        guard i >= 0, mentions[i].start >= parentEnd, mentions[i].form == .named, !mentions[i].isLocator,
              ctx.sameSentence(mentions[i].endPosition - 1, figure.first),
              // ("- Chi bộ Văn phòng: 9 đảng viên": a colon may end the item's label.)
              !(mentions[i].endPosition..<figure.first).contains(where: {
                  ctx.isClauseBreakOrComma($0) && !($0 == figure.first - 1 && ctx.keyIs($0, Keys.colon))
              }) else { return false }
        return true
    }

    /// Whether a trigger applies to a unit: its own family, any, or party-member verbs applied to
    /// people ("kết nạp 8 sinh viên"), unless the verb is for members' own nouns only.
    static func applies(_ t: TriggerEntry, to unit: UnitEntry) -> Bool {
        if t.membersOnly && unit.family != "party_members" { return false }
        return t.appliesTo == "any" || t.appliesTo == "people" || t.appliesTo == unit.family
            || (t.appliesTo == "party_members" && unit.role == .person)
            || (t.appliesTo == "party" && (unit.family == "party_members" || unit.family == "party_units"))
    }

    /// Whether the trigger at `s` follows another count's noun, through auxiliaries, and a comma
    /// parts it from figure `p`: "41 đảng viên chuyển đến, 27 đảng viên chuyển đi, 6 đảng viên chưa
    /// chuyển sinh hoạt" (a table row read as a sentence). It is that count's verb, put after it,
    /// not one of `p`. Without a comma the earlier count is the verb's subject ("12 chi bộ kết nạp
    /// 27 đảng viên").
    static func isVerbOfEarlierCount(_ ctx: FactContext, trigger s: Int, figure p: Int) -> Bool {
        guard (s + 1..<p).contains(where: { ctx.isClauseBreakOrComma($0) }) else { return false }
        var q = s
        while q > 0 && ctx.keyIs(q - 1, oneOf: auxiliaries) { q -= 1 }
        // "24 Đảng viên, 3 Kết nạp 6 tháng đầu năm 2025, 5 Quần chúng ưu tú đang bồi dưỡng": a
        // column's heading right after its bare figure.
        if q > 0, ctx.figureEndingAt[q - 1] != nil { return true }
        for length in 1...4 where q - length - 1 >= 0 {
            guard let noun = ctx.unit(at: q - length), noun.length == length,
                  ctx.figureEndingAt[q - length - 1] != nil else { continue }
            return triggerAfter(ctx, unitEnd: q - 1, unit: noun.value) != nil
        }
        return false
    }

    /// Whether content position `p` holds a dash between a figure and a caption on its line ("812 –
    /// tổ chức cơ sở đảng"): not a range ("15 – 20").
    static func isCaptionDash(_ ctx: FactContext, _ p: Int) -> Bool {
        guard p + 1 < ctx.positionCount, ctx.keyIs(p, oneOf: Keys.dashes), p > 0, !ctx.lineBreak(after: p - 1),
              !ctx.lineBreak(after: p), ctx.figureAt[p + 1] == nil else { return false }
        return true
    }

    /// Where the counted noun of an infographic's caption starts after its dash at `dash`: right
    /// after it ("– tổ chức cơ sở đảng"), or after "là", "số", "tổng số" ("– là số đảng viên …").
    static func captionNoun(_ ctx: FactContext, after dash: Int) -> Int? {
        var q = dash + 1
        if ctx.keyIs(q, Keys.la) { q += 1 }
        if ctx.keyIs(q, Keys.tong) && ctx.keyIs(q + 1, Keys.so) { q += 1 }
        if ctx.keyIs(q, Keys.so) { q += 1 }
        return ctx.unit(at: q) != nil ? q : nil
    }

    /// The position of "là" linking people to what they are, right after their noun (and a second
    /// noun of the same people after a comma, or further counts of people: "8 thuyền trưởng và 6
    /// máy trưởng là đảng viên") or past "của" and up to three words ("của đơn vị") and an adverb
    /// ("đều", "cũng", "hiện", "đã").
    static func membershipLink(_ ctx: FactContext, after unitEnd: Int) -> Int? {
        var q = unitEnd + 1
        // "47 già làng, người có uy tín là đảng viên": a second noun of people joined by a comma
        // or "và" names the same people.
        if ctx.keyIs(q, Keys.comma) || ctx.keyIs(q, Keys.va), let other = ctx.unit(at: q + 1), other.value.role == .person,
           other.value.family != "party_members", ctx.figureAt[q + 1] == nil {
            q += 1 + other.length
        }
        // "8 thuyền trưởng và 6 máy trưởng là đảng viên": further counts of people joined to it.
        while ctx.keyIs(q, Keys.comma) || ctx.keyIs(q, Keys.va), let i = ctx.figureAt[q + 1],
              case let next = ctx.figures[i], let other = ctx.unit(at: next.last + 1), other.value.role == .person,
              other.value.family != "party_members",
              // (Not a part told in a noun that restates: "có 64 người, 52 người là đảng viên".)
              ctx.lexicons.restatingNouns.longestMatch(ctx.analysis, at: next.last + 1) == nil {
            q = next.last + 1 + other.length
        }
        if ctx.keyIs(q, Keys.cua) {
            var r = q + 1
            while r < ctx.positionCount && r - q <= 3 && !ctx.keyIs(r, Keys.la) && !ctx.keyIs(r, oneOf: linkAdverbs)
                    && !ctx.isClauseBreakOrComma(r) && ctx.figureAt[r] == nil { r += 1 }
            q = r
        }
        if ctx.keyIs(q, oneOf: linkAdverbs) { q += 1 }
        return ctx.keyIs(q, Keys.la) ? q : nil
    }

    /// Adverbs between a subject and "là" (grammar).
    static let linkAdverbs = KeySet(["đều", "cũng", "hiện", "đã"].map(FoldedKey.fold))

    /// Whether a figure is the whole of a part counted before it: the 7 of "6 trong số 7 cán bộ",
    /// "6 trong 7 cán bộ", "6 trong tổng số 7 cán bộ", "6 trên tổng số 7 cán bộ".
    static func isWholeOfPart(_ ctx: FactContext, _ figure: Figure) -> Bool {
        var q = figure.first - 1
        if ctx.keyIs(q, Keys.so) { q -= 1 }
        if ctx.keyIs(q, Keys.tong) { q -= 1 }
        guard q > 0, opensWhole(ctx, at: q), let part = ctx.figureEndingAt[q - 1] else { return false }
        return wholeOf(ctx, part: ctx.figures[part])?.figure.first == figure.first
    }

    /// Whether a trigger of a state (`triggers.tsv`, status) follows "được" or "bị": "Số đảng viên
    /// được miễn sinh hoạt …", "Đảng viên được miễn sinh hoạt: 58" count members in that state, as
    /// they are; "miễn sinh hoạt cho 5 đảng viên" is the act.
    static func isStateInPassive(_ ctx: FactContext, _ trigger: (start: Int, value: TriggerEntry)) -> Bool {
        trigger.value.namesStatus && trigger.start > 0 && ctx.keyIs(trigger.start - 1, oneOf: passives)
    }

    /// Auxiliary words between a counted noun and a verb that follows it ("8 đồng chí được công
    /// nhận đảng viên chính thức", "3 đảng viên bị kỷ luật").
    static let auxiliaries = KeySet(["được", "bị", "mới", "đã", "đều"].map(FoldedKey.fold))

    /// The measure of a trigger right after the unit, through auxiliaries (the passive voice).
    static func triggerAfter(_ ctx: FactContext, unitEnd: Int, unit: UnitEntry) -> String? {
        // A heading on the next line ("94 đồng chí" then "PHÁT TRIỂN ĐẢNG VIÊN") is not the count's verb.
        if ctx.lineBreak(after: unitEnd) { return nil }
        var q = unitEnd + 1
        // "214 đảng viên của Đảng bộ đã anh dũng hy sinh": whose members they are, before the verb
        // (after a word or two that describe them: "5 đảng viên lão thành của phường đã từ trần").
        if let cua = (q..<min(q + 3, ctx.positionCount)).first(where: { ctx.keyIs($0, Keys.cua) }),
           (q..<cua).allSatisfy({ ctx.token($0).kind == .word && !ctx.token($0).isCapitalized }),
           let end = ctx.mentionEnd(startingAt: cua + 1) { q = end }
        var sawAuxiliary = false, sawPassive = false
        while q < ctx.positionCount && ctx.keyIs(q, oneOf: auxiliaries) {
            if ctx.keyIs(q, oneOf: passives) { sawPassive = true }
            q += 1
            sawAuxiliary = true
        }
        if q < ctx.positionCount, let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: q),
           let given = m.value.givenMeasure(for: unit), given != "pass", applies(m.value, to: unit),
           sawAuxiliary || m.value.measure.hasPrefix("party_members") || m.value.appliesTo == "party_members"
            || (m.value.measure.hasPrefix("party_units") && (q + m.length >= ctx.positionCount || ctx.figureAt[q + m.length] == nil)) {
            // Without an auxiliary only a verb of party members counts ("412 đảng viên kết nạp …",
            // "63 đồng chí từ trần"), or one of party units with no object ("2 tổ chức đảng thành
            // lập mới"). "612 đồng chí được miễn sinh hoạt": members in a state.
            return m.value.namesStatus ? unit.measure : given
        }
        // "1 tổ chức đảng bị kỷ luật": a verb of members said of organisations counts them as
        // things it was applied to (in the passive: "19 tổ chức cơ sở đảng đã kết nạp được đảng
        // viên" did the admitting, and are counted as they are).
        // "287 chi bộ được công nhận đạt 'chi bộ 4 tốt'": recognised as of a kind, organisations in
        // a category keep their own measure.
        if sawPassive, q < ctx.positionCount, unit.family != "party_members", unit.role != .person,
           let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: q), m.value.appliesTo == "party_members",
           m.value.measure.hasPrefix("party_members.") {
            return m.value.measure == "party_members.official" ? nil : "other"
        }
        // Further on in the clause, after "được"/"bị": "4 đảng viên … là giảng viên lâu năm được trao
        // Huy hiệu 30 năm tuổi Đảng".
        var r = unitEnd + 1
        // "4 đồng chí là giám đốc, phó giám đốc HTX vinh dự được kết nạp": the roles after "là"
        // may be listed with commas.
        var sawLa = false, passedComma = false, listedBeforeMemberVerb = false
        // So may the nouns counted: "14 công nhân, kỹ sư được kết nạp".
        func listsRoles(_ r: Int) -> Bool {
            guard ctx.keyIs(r, Keys.comma), ctx.token(r + 1).kind == .word, !ctx.token(r + 1).isCapitalized else { return false }
            // (The next noun is one of the list when the passive follows it: not "12 đảng viên, chị
            // em làm nghề dệt chưa ai vào Đảng".)
            guard !sawLa else { return true }
            guard r == unitEnd + 1, let next = ctx.unit(at: r + 1), next.value.role == .person else { return false }
            var after = r + 1 + next.length
            if ctx.keyIs(after, oneOf: passives) { return true }
            // "12 giảng viên, sinh viên trẻ đứng vào hàng ngũ của Đảng": or a verb only members
            // undergo, maybe after one word describing the nouns.
            if after + 1 < ctx.positionCount, ctx.token(after).kind == .word, !ctx.token(after).isCapitalized,
               ctx.lexicons.triggers.longestMatch(ctx.analysis, at: after) == nil { after += 1 }
            guard let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: after), m.value.appliesTo == "party_members",
                  m.value.measure.hasPrefix("party_members.") else { return false }
            listedBeforeMemberVerb = true
            return true
        }
        // Not out of a bracket: "Chi bộ A (12 đảng viên) kết nạp ba giáo viên".
        // Nor past a slash or a dash between columns: "24 đảng viên / kết nạp mới 6", "31 đảng viên
        // – kết nạp 02".
        while r + 1 < ctx.positionCount && r - unitEnd <= 14 && (!ctx.isClauseBreakOrComma(r) || listsRoles(r))
                && !ctx.keyIs(r, Keys.closingBracket)
                && !ctx.keyIs(r, Keys.slash) && !isCaptionDash(ctx, r)
                && ctx.sameSentence(r, unitEnd) && !ctx.isCountingFigure(at: r) {
            // "2 đảng viên của chi bộ vinh dự nhận Huy hiệu …", "đưa 6 đảng viên không còn đủ tư
            // cách ra khỏi Đảng": a verb only party members undergo, without an auxiliary.
            if unit.family == "party_members", ctx.lexicons.clauseOpeners.longestMatch(ctx.analysis, at: r) != nil { return nil }
            if unit.family == "party_members" || listedBeforeMemberVerb, let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: r),
               m.value.appliesTo == "party_members", m.value.measure.hasPrefix("party_members.") {
                // ("Chi bộ B với 29 đảng viên chỉ kết nạp được 3 giáo viên": a verb with a figure of
                // its own is that figure's.)
                return takesOwnFigure(ctx, verbEnd: r + m.length) ? nil : m.value.measure
            }
            if ctx.keyIs(r, oneOf: passives) {
                // "2 đảng viên được Tổng công ty tặng bằng khen": the verb comes after the agent.
                let agentEnd = ctx.mentionEnd(startingAt: r + 1)
                    ?? ctx.lexicons.organisationHeads.longestMatch(ctx.analysis, at: r + 1).flatMap {
                        ctx.token(r + 1).isCapitalized ? r + 1 + $0.length : nil
                    } ?? r + 1
                var t = agentEnd
                while t < ctx.positionCount && t - agentEnd <= 2 {
                    // Not a verb with an object of its own ("527 quần chúng được cấp ủy phân công đảng
                    // viên theo dõi": the members are assigned, not the 527).
                    if let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: t),
                       let given = m.value.givenMeasure(for: unit), given != "pass",
                       applies(m.value, to: unit), ctx.unit(at: t + m.length) == nil {
                        // ("73 đảng viên cao tuổi được miễn sinh hoạt": members in a state.)
                        return m.value.namesStatus ? unit.measure : given
                    }
                    t += 1
                }
                return nil
            }
            if ctx.keyIs(r, Keys.la) {
                // ("1.126 hội viên là người Công giáo, nhiều người là cựu quân nhân từng được kết nạp":
                // another "là" after the comma says something of others.)
                if passedComma { return nil }
                sawLa = true
            }
            if ctx.keyIs(r, Keys.comma) { passedComma = true }
            r += 1
        }
        if unit.family == "party_members", ctx.keyIs(r, Keys.comma), let measure = passiveAfterApposition(ctx, comma: r) {
            return measure
        }
        return nil
    }

    /// The measure of a passive verb only members undergo after a comma, or after one apposition
    /// between commas: "Hai đảng viên lão thành của Chi bộ A, vừa được trao Huy hiệu 50 năm tuổi
    /// Đảng", "98 đảng viên trẻ, từng là đoàn viên ưu tú do Đoàn giới thiệu, được công nhận đảng viên
    /// chính thức". Not a verb that says of anything that it was recognised ("công nhận" alone).
    private static func passiveAfterApposition(_ ctx: FactContext, comma: Int) -> String? {
        var c = comma
        for _ in 0..<2 {
            var s = c + 1
            while s < ctx.positionCount && ctx.keyIs(s, oneOf: adverbsBeforePassive) { s += 1 }
            if ctx.keyIs(s, oneOf: passives), let m = ctx.lexicons.triggers.longestMatch(ctx.analysis, at: s + 1),
               m.value.appliesTo == "party_members", m.value.measure.hasPrefix("party_members."), !m.value.membersOnly {
                return takesOwnFigure(ctx, verbEnd: s + 1 + m.length) ? nil : m.value.measure
            }
            var n = c + 1
            while n < ctx.positionCount && n - c <= 14 && !ctx.isClauseBreakOrComma(n) && ctx.sameSentence(n, c)
                    && !ctx.isCountingFigure(at: n) { n += 1 }
            guard n < ctx.positionCount, ctx.keyIs(n, Keys.comma), ctx.sameSentence(n, c) else { return nil }
            c = n
        }
        return nil
    }

    /// Adverbs between a comma and a passive verb ("…, vừa được trao Huy hiệu").
    static let adverbsBeforePassive = KeySet(["vừa", "mới", "đã", "đều", "cũng"].map(FoldedKey.fold))

    /// Whether a trigger before a figure governs it directly: close, with no comma or clause opener
    /// between ("khai trừ 2 đảng viên", not "bị xóa tên, 12 đảng viên").
    /// The position after a short bracket opening at `p` and closing before `limit` ("(tỉnh Quảng
    /// Lâm)"), or `p` when none opens there.
    static func pastBracket(_ ctx: FactContext, at p: Int, before limit: Int) -> Int {
        guard ctx.keyIs(p, Keys.openingBracket) else { return p }
        var q = p + 1
        while q < limit && q - p <= 12 {
            if ctx.keyIs(q, Keys.closingBracket) { return q + 1 }
            if ctx.keyIs(q, Keys.openingBracket) { break }
            q += 1
        }
        return p
    }

    static func governs(_ ctx: FactContext, trigger t: Int, figure p: Int) -> Bool {
        guard p - t <= 8 else { return false }
        for q in t + 1..<p where ctx.isClauseBreakOrComma(q)
            || ctx.lexicons.clauseOpeners.longestMatch(ctx.analysis, at: q) != nil {
            return false
        }
        return true
    }

    /// Passive auxiliaries that put the verb after its object.
    static let passives: KeySet = [Keys.duoc, Keys.bi]
}

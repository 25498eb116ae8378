/// Marks as targets the figures of a plan that the rules' own test misses: that test
/// (`FactContext.isTarget`) looks for a target word before the figure in the figure's clause, which
/// also steers the choice of measure; this pass only sets modality, after the rules.
///
/// A figure is planned when
/// - a target word (`targets.tsv`) or a future word (`plan_scope.tsv`, `sẽ`) stands before it
///   earlier in its sentence, past commas, semicolons and colons ("Năm 2023, Đảng bộ huyện phấn đấu
///   kết nạp 320 đảng viên trở lên; trên 90% tổ chức cơ sở đảng …"), with no word between that ends
///   the plan's reach (`đã`, `kết quả`), and the target word is not a plan referred to ("đạt 64,3%
///   chỉ tiêu cả năm; 100% chi bộ …");
/// - it is an item of a list whose introduction or heading sets out a plan ("Chỉ tiêu chủ yếu nhiệm
///   kỳ 2025–2030:" over "- Kết nạp từ 45 đến 50 đảng viên mới;"), and not a row of a table;
/// - a plan noun stands close before it in its clause ("đạt 74% kế hoạch năm (kế hoạch 50 đảng
///   viên)") or opens its sentence ("Kế hoạch năm 2025, Trung tâm mở 25 lớp");
/// - it is a norm: at least so many for each one ("mỗi chi bộ kết nạp ít nhất 01 đảng viên").
enum PlanScope {
    /// How many positions before a figure a target word may stand in its sentence.
    static let reach = 120
    /// How many positions before a target word a word that refers to it may stand ("đạt 58,4%
    /// chỉ tiêu").
    static let referenceReach = 5
    /// How many lines a list under a heading may run to.
    static let headingReach = 30
    /// The longest line read as a heading over a list, in code points.
    static let longestHeading = 100
    /// How many code points after a list's introduction its items may set out its plan.
    static let listReach = 2_000
    /// How many positions before a figure a plan noun may stand.
    static let planNounReach = 5

    /// `facts` with the planned ones' modality set to target.
    static func apply(_ facts: [Fact], _ ctx: FactContext) -> [Fact] {
        // Whether each introduction or heading met sets out a plan, by its start (read once).
        var plans: [Int: Bool] = [:]
        func setsOutPlan(_ intro: Range<Int>?, before offset: Int) -> Bool {
            guard let intro, offset - intro.upperBound <= listReach,
                  // "Chỉ tiêu | Năm 2023 | Năm 2024": a table's heading row, whose "chỉ tiêu" are measures.
                  !ctx.analysis.scalars[intro.upperBound..<offset].contains("|") else { return false }
            if let known = plans[intro.lowerBound] { return known }
            let answer = introSetsOutPlan(intro, ctx)
            plans[intro.lowerBound] = answer
            return answer
        }
        return facts.map { fact in
            guard fact.modality == .actual, fact.kind != .documentRef else { return fact }
            let figure = fact.figure
            let p = ctx.position(atOrAfter: figure.lowerBound)
            guard p < ctx.positionCount else { return fact }
            // ("giao chỉ tiêu … cho 14 chi bộ": the units a quota is given to exist.)
            if fact.kind == .count, fact.measure == "party_units.total", CountRule.isQuotaRecipient(ctx, figureAt: p, family: "party_units") {
                return fact
            }
            // "Kế hoạch năm 2025: trên 85%": the plan noun's reach counts from the figure's hedge.
            var planned = targetWordBefore(p, ctx) || planNounBefore(ctx.hedgeStart(p), ctx)
                || (fact.qualifier == .atLeast && normBefore(p, ctx))
            if !planned {
                planned = setsOutPlan(ctx.listIntros.intro(of: figure.lowerBound), before: figure.lowerBound)
                    || setsOutPlan(headingOverItem(at: figure.lowerBound, ctx, forPlan: true), before: figure.lowerBound)
            }
            // ("Tỷ lệ thực hiện chỉ tiêu kết nạp đạt 76%": a rate of a plan's completion happened.)
            guard planned, !(fact.kind == .percentage && isCompletionRate(p, ctx)) else { return fact }
            var target = fact
            target.modality = .target
            return target
        }
    }

    /// Whether a target or future word stands before `p` in its sentence, within `reach`, with
    /// nothing between that ends a plan's reach.
    static func targetWordBefore(_ p: Int, _ ctx: FactContext) -> Bool {
        var s = p - 1
        while s >= 0 && p - s <= reach && ctx.sameSentence(s, p) && !ctx.keyIs(s, Keys.fullStop) {
            // "(chỉ tiêu 30 đảng viên); 4/9 chi bộ …": a bracket's plan stays inside it.
            if ctx.keyIs(s, Keys.closingBracket), let open = openingBracket(before: s, limit: p - reach, ctx) {
                s = open - 1
                continue
            }
            if let m = targetWord(at: s, ctx), s + m <= p { return true }
            if let b = ctx.planBreak(at: s), s + b <= p { return false }
            s -= 1
        }
        return false
    }

    /// The "(" that the ")" at `close` closes, in its sentence and not before `limit`.
    static func openingBracket(before close: Int, limit: Int, _ ctx: FactContext) -> Int? {
        var s = close - 1
        while s >= max(0, limit) && ctx.sameSentence(s, close) {
            if ctx.keyIs(s, Keys.openingBracket) { return s }
            if ctx.keyIs(s, Keys.closingBracket) { return nil }
            s -= 1
        }
        return nil
    }

    /// The length of a target or future word at `s` that sets out a plan (not one referred to).
    static func targetWord(at s: Int, _ ctx: FactContext) -> Int? {
        if let m = ctx.lexicons.futureMarkers.longestMatch(ctx.analysis, at: s) { return refersToPlan(before: s, ctx) ? nil : m.length }
        // "Kế hoạch năm 2025, Trung tâm mở 25 lớp": a plan noun opening its sentence (not "Kế hoạch
        // số 45-KH/TU …", a document).
        if s == 0 || !ctx.sameSentence(s - 1, s), let m = ctx.lexicons.planNouns.longestMatch(ctx.analysis, at: s),
           !ctx.keyIs(s + m.length, Keys.so) {
            return m.length
        }
        guard let m = ctx.lexicons.targetMarkers.longestMatch(ctx.analysis, at: s), m.value else { return nil }
        // "12 chỉ tiêu chủ yếu": targets counted, not set.
        if s > 0 && ctx.token(s - 1).kind == .number { return nil }
        return refersToPlan(before: s, ctx) ? nil : m.length
    }

    /// Whether the percentage at `p` is a rate of a plan's completion: the nearest target or plan
    /// word before it in its sentence is one referred to, with words between ("Tỷ lệ thực hiện chỉ
    /// tiêu kết nạp đạt 76%", "Tỷ lệ hoàn thành kế hoạch: 80%"), and no word before that sets out a
    /// plan ("Phấn đấu tỷ lệ hoàn thành kế hoạch đạt 100%"). A percentage right after the plan word,
    /// or in brackets after it, is the plan's own ("vượt chỉ tiêu 18%", "vượt chỉ tiêu Nghị quyết
    /// (90%)").
    static func isCompletionRate(_ p: Int, _ ctx: FactContext) -> Bool {
        let figureStart = ctx.hedgeStart(p)
        var s = p - 1
        var referred = false
        while s >= 0 && p - s <= reach && ctx.sameSentence(s, p) && !ctx.keyIs(s, Keys.fullStop) {
            let marker = ctx.lexicons.targetMarkers.longestMatch(ctx.analysis, at: s).flatMap { $0.value ? $0.length : nil }
                ?? ctx.lexicons.planNouns.longestMatch(ctx.analysis, at: s)?.length
                ?? ctx.lexicons.futureMarkers.longestMatch(ctx.analysis, at: s)?.length
            if let marker, s + marker <= p {
                // (A label's colon, which may end the plan word, names the rate: "… kế hoạch: 80%".)
                guard refersToPlan(before: s, ctx), s + marker < figureStart || ctx.keyIs(figureStart - 1, Keys.colon),
                      !ctx.keyIs(figureStart - 1, Keys.openingBracket) else { return false }
                referred = true
            }
            s -= 1
        }
        return referred
    }

    /// Whether a word referring to a plan stands within `referenceReach` before `s` in its clause:
    /// "đạt 120% chỉ tiêu", "vượt chỉ tiêu", "hoàn thành chỉ tiêu được giao", "đạt yêu cầu".
    /// So does a target word before it that is referred to ("vượt 13% chỉ tiêu đại hội đề ra": "đề ra"
    /// after "vượt … chỉ tiêu").
    static func refersToPlan(before s: Int, _ ctx: FactContext, throughTarget: Bool = true) -> Bool {
        var q = s - 1
        while q >= 0 && s - q <= referenceReach && !ctx.isClauseBreakOrComma(q) && ctx.sameSentence(q, s) {
            if let r = ctx.lexicons.planReferences.longestMatch(ctx.analysis, at: q), q + r.length <= s { return true }
            if throughTarget, let t = ctx.lexicons.targetMarkers.longestMatch(ctx.analysis, at: q), t.value, q + t.length <= s,
               refersToPlan(before: q, ctx, throughTarget: false) {
                return true
            }
            q -= 1
        }
        return false
    }

    /// Whether a plan noun stands at most `planNounReach` positions before `p` in its clause (a
    /// bracket may stand between: "kế hoạch năm (12 đảng viên)", "Năm 2025 (kế hoạch): 40 đảng
    /// viên").
    static func planNounBefore(_ p: Int, _ ctx: FactContext) -> Bool {
        var s = p - 1
        while s >= 0 && p - s <= planNounReach && ctx.sameSentence(s, p) {
            if ctx.keyIs(s, Keys.comma) || ctx.keyIs(s, Keys.semicolon) || ctx.keyIs(s, Keys.fullStop)
                || ctx.keyIs(s, Keys.so) { return false }
            if let m = ctx.lexicons.planNouns.longestMatch(ctx.analysis, at: s), s + m.length <= p { return true }
            s -= 1
        }
        return false
    }

    /// Whether a word of a norm (`mỗi`, `hằng năm`) stands before `p` in its clause.
    static func normBefore(_ p: Int, _ ctx: FactContext) -> Bool {
        var s = p - 1
        while s >= 0 && p - s <= 12 && !ctx.isClauseBreakOrComma(s) && ctx.sameSentence(s, p) {
            if let m = ctx.lexicons.normWords.longestMatch(ctx.analysis, at: s), s + m.length <= p { return true }
            s -= 1
        }
        return false
    }

    /// The heading over a list of marked or numbered items ("MỤC TIÊU NHIỆM KỲ 2025–2030" over "•
    /// Kết nạp tối thiểu 35 đảng viên", "III. PHƯƠNG HƯỚNG GIAI ĐOẠN 2025–2030" over "1. Kết nạp …"),
    /// when the line at `offset` is one of the items: the first line above
    /// that is neither blank nor an item, when it is short. Each step is bounded: `headingReach`
    /// lines, items no longer than `ListIntros.longestMarkedItem`.
    ///
    /// An infographic's lines that open with their figure ("198 đảng viên mới", "≥ 190 đảng viên
    /// mới") are items too, under a heading in capitals ("KẾT NẠP", "MỤC TIÊU 2025"); so are a form's
    /// labelled lines ("Kết nạp đảng viên: 20", "Kết nạp đảng viên = 20") under "CHỈ TIÊU NĂM 2025".
    /// `forPlan` for the plan a heading sets out only: a labelled line's own label names what it
    /// counts, whatever the heading names; and there a numbered line is the heading of the items
    /// under it that are marked otherwise ("7. Nhiệm vụ quý IV/2025" over "- Kết nạp ≥ 6 đảng viên")
    /// or numbered below it ("2. Nhiệm vụ trọng tâm …" over "2.3. Đảng ủy thị trấn … hoàn thiện 6 hồ sơ").
    static func headingOverItem(at offset: Int, _ ctx: FactContext, forPlan: Bool = false) -> Range<Int>? {
        let lines = ctx.analysis.lines, scalars = ctx.analysis.scalars
        /// Whether a line opens with a list mark or a label ("- ", "▪ ", "1. ", "a) "), or with a
        /// figure; nil when blank.
        func opening(_ line: Range<Int>) -> ItemOpening? {
            guard let first = line.first(where: { scalars[$0] != " " && scalars[$0] != "\t" }) else { return nil }
            if ListItemOpening(of: line, in: scalars, marks: itemMarks) != nil { return .marked }
            if FigureTable.leadFigure(scalars[first..<line.upperBound]) != nil { return .figure }
            // (A labelled line is short: a paragraph is not scanned for its colon.)
            return forPlan && line.count <= ListIntros.longestMarkedItem && isLabelledValue(scalars[first..<line.upperBound])
                ? .label : .prose
        }
        var i = lines.line(of: offset)
        // (An item longer than `ListIntros.longestMarkedItem` is prose.)
        let item = lines.range(ofLine: i)
        guard item.count <= ListIntros.longestMarkedItem, let itemOpening = opening(item), itemOpening != .prose else { return nil }
        var climbed = 0
        while i > 0 && climbed < headingReach {
            i -= 1
            climbed += 1
            let line = lines.range(ofLine: i)
            guard let listed = opening(line) else { continue }
            if forPlan, listed == .marked, line.count <= longestHeading, parentNumbering(line, over: item, scalars) {
                return line
            }
            // (A labelled line over marked items is their heading: "Slide 9: MỤC TIÊU NĂM 2026".)
            if listed != .prose && (listed != .label || itemOpening == .label) { continue }
            guard line.count <= longestHeading else { return nil }
            if itemOpening != .marked, scalars[line].contains(where: { $0.properties.isLowercase }) { return nil }
            return line
        }
        return nil
    }

    /// Whether the words at content position `s` are the type of a numbered document referred to
    /// ("Căn cứ Kế hoạch số 15-KH/ĐU …, Đảng ủy thông báo như sau:"): no plan set out.
    static func namesDocument(at s: Int, _ ctx: FactContext) -> Bool {
        guard let type = ctx.lexicons.documentTypes.longestMatch(ctx.analysis, at: s) else { return false }
        let after = s + type.length
        guard after < ctx.positionCount else { return false }
        if ctx.keyIs(after, Keys.so) { return true }
        let start = ctx.token(after).start
        return ctx.codes.contains { $0.start == start }
    }

    /// Whether `line` opens with a number ("7.", "2.") over an item marked with a sign ("- ", "• ")
    /// or numbered below that number ("2.3.").
    static func parentNumbering(_ line: Range<Int>, over item: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        func numbering(_ range: Range<Int>) -> ArraySlice<Unicode.Scalar> {
            let first = range.first { scalars[$0] != " " && scalars[$0] != "\t" } ?? range.upperBound
            var end = first
            while end < range.upperBound && (scalars[end].isASCIIDigit || scalars[end] == ".") { end += 1 }
            return scalars[first..<end]
        }
        let heading = numbering(line), below = numbering(item)
        guard heading.count >= 2, heading.last == ".", heading.first?.isASCIIDigit == true else { return false }
        if below.isEmpty { return true }
        return below.count > heading.count && below.starts(with: heading)
    }

    /// How a line opens, for `headingOverItem`.
    private enum ItemOpening { case marked, figure, label, prose }

    /// Whether a line is a label and its value ("Kết nạp đảng viên: 20", "Tỷ lệ: trên 90%"): a colon
    /// after a word, then a short value that holds a digit.
    static func isLabelledValue(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let colon = line.firstIndex(of: ":"), colon > line.startIndex,
              line[..<colon].contains(where: { $0.properties.isAlphabetic }) else { return false }
        let value = line[(colon + 1)...]
        return value.count <= LeaderLines.maxValueLength && value.contains(where: \.isASCIIDigit)
    }

    /// List marks, with the bullets of infographic lists ("▪ Kết nạp 45–50 đảng viên").
    static let itemMarks = OrganisationRecognizer.listMarks.union(["▪", "▶", "►", "◆"])

    /// Whether a list's introduction or heading sets out a plan: it holds a target word, and no
    /// word that ends a plan's reach ("Kết quả thực hiện chỉ tiêu năm 2024:"). (`apply` reads it
    /// for items within `listReach` of it that are no rows of a table.)
    static func introSetsOutPlan(_ intro: Range<Int>, _ ctx: FactContext) -> Bool {
        let end = ctx.position(atOrAfter: intro.upperBound)
        var s = ctx.position(atOrAfter: intro.lowerBound)
        var plan = false
        while s < end {
            if ctx.planBreak(at: s) != nil { return false }
            if !plan, targetWord(at: s, ctx) != nil || ctx.lexicons.planNouns.longestMatch(ctx.analysis, at: s) != nil,
               !namesDocument(at: s, ctx) {
                plan = true
            }
            s += 1
        }
        return plan
    }
}

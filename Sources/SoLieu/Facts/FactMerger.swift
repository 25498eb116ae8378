import Foundation

/// Merges a figure stated more than once (a headline, a caption and the body) into one fact with
/// `mentions` > 1, keeping the first statement's evidence and attributes.
///
/// Two facts are the same when they have the same kind and figure: a count the same measure,
/// value, group and modality; training the same classes and participants; a percentage the same
/// value and the same `of` words; a document reference the same number. Counts with different,
/// known subjects are different facts.
enum FactMerger {
    /// - Parameters:
    ///   - restatementEnd: where the headline ends; its hedged figures may restate the body's.
    ///   - subheadings: lines inside the body whose hedged figures may do the same.
    ///   - figureHeadings: bullet lines heading a paragraph with a figure ("- 412 đảng viên mới");
    ///     their figures, exact or not, may restate one in the paragraph they head.
    ///   - lead: the lead paragraph: its hedged figures may restate the body's, and its figures
    ///     may be restated by the headline's.
    static func merge(_ facts: [Fact], restatementEnd: Int = 0, subheadings: [Range<Int>] = [],
                      lead: Range<Int>? = nil, figureHeadings: [Range<Int>] = []) -> [Fact] {
        var merged: [Fact] = []
        let cores = CoreMemo()
        var index: [Identity: [Int]] = [:]
        index.reserveCapacity(facts.count)
        // Past `SubjectIndex.threshold` facts of one identity (a table of units with the same
        // figure), their subjects are indexed rather than compared one by one.
        var subjectIndexes: [Identity: SubjectIndex] = [:]
        // Indices are sorted rather than facts: the same order, without moving 20-field values.
        for f in facts.indices.sorted(by: { facts[$0].evidence.start < facts[$1].evidence.start }) {
            let fact = facts[f]
            let key = identity(fact)
            // (Not the same figure of another month: "Tháng 3: 2 đảng viên …", "Tháng 5: 2 đảng viên …";
            // nor of another year in the same sentence.)
            let candidates = (index[key] ?? []).filter {
                !differentMonths(merged[$0].period, fact.period)
                    && !(merged[$0].evidence.sentence == fact.evidence.sentence && differentYears(merged[$0].period, fact.period))
            }
            let found: Int?
            if candidates.isEmpty {
                found = nil
            } else if !fact.subjectExplicit && fact.measure != "other" {
                found = candidates[0]
            } else if let subjects = subjectIndexes[key] {
                found = subjects.first(compatibleWith: fact.subject)
            } else {
                found = candidates.first(where: {
                    WorkCounter.tick()
                    return compatibleSubjects(merged[$0].subject, fact.subject, cores)
                        || (merged[$0].evidence.start < restatementEnd || lead?.contains(merged[$0].evidence.start) == true)
                            && sameNameEnd(merged[$0].subject, fact.subject, cores)
                })
            }
            if let i = found {
                merged[i].mentions += 1
                if merged[i].subject == nil, let subject = fact.subject {
                    merged[i].subject = subject
                    subjectIndexes[key]?.setSubject(of: i, to: subject)
                }
                if merged[i].period == nil { merged[i].period = fact.period }
                // "Chỉ thị 09-CT/TW" in the headline, "Chỉ thị số 09-CT/TW ngày 14/6/2016 của Ban Bí
                // thư" in the body: what a later statement adds is kept.
                if merged[i].date == nil { merged[i].date = fact.date }
                if merged[i].issuer == nil { merged[i].issuer = fact.issuer }
                if merged[i].title == nil { merged[i].title = fact.title }
                continue
            }
            index[key, default: []].append(merged.count)
            merged.append(fact)
            if subjectIndexes[key] != nil {
                subjectIndexes[key]!.add(merged.count - 1, subject: fact.subject)
            } else if candidates.count + 1 > SubjectIndex.threshold {
                var subjects = SubjectIndex()
                for i in candidates + [merged.count - 1] { subjects.add(i, subject: merged[i].subject) }
                subjectIndexes[key] = subjects
            }
        }
        var restated = mergeRestatements(merged, restatements: (restatementEnd > 0 ? [0..<restatementEnd] : []) + subheadings,
                                         cores: cores)
        // A lead's figure restates one of the same period only ("bình quân mỗi năm trên 350" is no
        // rounding of a year's 358).
        if let lead { restated = mergeRestatements(restated, restatements: [lead], samePeriod: true, cores: cores) }
        return mergeRoundedRepeats(mergeFigureHeadings(restated, headings: figureHeadings), cores: cores)
    }

    /// Merges a hedged count in the body into an exact count it rounds, told elsewhere in the body
    /// ("đại diện cho gần 9.850 đảng viên toàn Đảng bộ" after "Đảng bộ huyện hiện có 9.846 đảng
    /// viên"): the same measure, noun, modality and period (both unknown, or the same words), of a
    /// compatible subject. The exact figure is kept and counts both mentions. ("Mỗi năm … trên dưới
    /// 300" is no rounding of "Năm 2022 … 316".)
    static func mergeRoundedRepeats(_ facts: [Fact], cores: CoreMemo) -> [Fact] {
        func hedged(_ f: Fact) -> Bool { f.kind == .count && [.over, .nearly, .about].contains(f.qualifier) && f.valueMax == nil }
        guard facts.contains(where: hedged) else { return facts }
        // Exact counts in order of value: a hedged count looks only at the values its hedge can round.
        var exact: [(value: Double, index: Int)] = []
        for (j, b) in facts.enumerated() where b.kind == .count && b.qualifier == .exact && b.valueMax == nil {
            if let v = b.value { exact.append((v, j)) }
        }
        exact.sort { ($0.value, $0.index) < ($1.value, $1.index) }
        func sameThing(_ h: Fact, _ b: Fact) -> Bool {
            b.measure == h.measure && b.unit == h.unit && b.modality == h.modality && b.group == h.group && b.period == h.period
        }
        var out = facts
        var dropped = Set<Int>()
        for (i, h) in facts.enumerated() where hedged(h) {
            guard let hv = h.value, h.measure != nil else { continue }
            // (Every value `rounds` accepts lies within its reach.)
            let reach = roundingReach(hv)
            var k = exact.partitioningIndex { $0.value >= hv - reach }
            var found: Int?
            let stop = min(exact.count, k + candidateLimit)
            while k < stop && exact[k].value <= hv + reach {
                WorkCounter.tick()
                let (bv, j) = exact[k]
                if !dropped.contains(j), found.map({ j < $0 }) ?? true, sameThing(h, facts[j]), rounds(hv, to: bv, h.qualifier),
                   compatibleSubjects(h.subject, facts[j].subject, cores) {
                    found = j
                }
                k += 1
            }
            if let j = found {
                out[j].mentions += h.mentions
                dropped.insert(i)
            }
        }
        return out.indices.filter { !dropped.contains($0) }.map { out[$0] }
    }

    /// Merges the figure of a bullet heading ("- 88 đảng viên") into the same figure in the
    /// paragraph it heads ("Chi bộ Phân xưởng Đào lò 2 hiện có 88 đảng viên"): the paragraph runs
    /// to the next heading, at most `headedParagraphLength` code points. The paragraph's fact is
    /// kept, with its subject and verb; the heading's only counts as a mention more. A count of the
    /// same family, or of a noun without a verb (`.total`, `other`), is the same figure.
    static func mergeFigureHeadings(_ facts: [Fact], headings: [Range<Int>]) -> [Fact] {
        guard !headings.isEmpty else { return facts }
        var out = facts
        var i = 0
        while i < out.count {
            let h = out[i]
            guard let k = headings.firstIndex(where: { $0.contains(h.evidence.start) }) else { i += 1; continue }
            let paragraph = headings[k].upperBound..<min(k + 1 < headings.count ? headings[k + 1].lowerBound : Int.max,
                                                         headings[k].upperBound + headedParagraphLength)
            if let j = out.indices.first(where: { $0 != i && paragraph.contains(out[$0].evidence.start) && heads(h, out[$0]) }) {
                out[j].mentions += h.mentions
                out.remove(at: i)
                continue
            }
            i += 1
        }
        return out
    }

    /// The most code points after a bullet heading that its figure may be restated in.
    static let headedParagraphLength = 800

    /// Whether heading fact `h` states the figure of paragraph fact `b`.
    private static func heads(_ h: Fact, _ b: Fact) -> Bool {
        guard h.kind == b.kind, h.modality == b.modality else { return false }
        switch h.kind {
        case .training:
            return h.classes == b.classes && (h.participants == nil || h.participants == b.participants)
        case .count:
            let family = { (m: String?) in m.map { String($0.prefix { $0 != "." }) } }
            let plain = h.measure == "other" || h.measure?.hasSuffix(".total") == true
            return h.value == b.value && (h.measure == b.measure || (plain && family(h.measure) == family(b.measure))
                || (plain && h.measure == "other"))
        case .percentage:
            return h.value == b.value
        case .documentRef:
            return false
        }
    }

    /// The subjects of many facts of one identity, indexed so that the first one compatible with a
    /// subject (`compatibleSubjects`: no subject, or cores equal, or one a prefix or suffix of the
    /// other) is found without comparing it with each.
    ///
    /// - Complexity: adding a subject or querying one costs O(L²) in its core's length L (each
    ///   prefix and suffix is hashed), whatever the number of subjects.
    struct SubjectIndex {
        /// Below this many facts of one identity, comparing subjects one by one is cheaper.
        static let threshold = 16
        /// Facts whose subject is unknown (or whose core is empty): compatible with any subject.
        private var open: [Int] = []
        private var openHead = 0
        /// The first fact by its subject's core, by each prefix of its core, by each suffix.
        private var byCore: [Substring: Int] = [:], byPrefix: [Substring: Int] = [:], bySuffix: [Substring: Int] = [:]
        /// The first fact of all.
        private var lowest = Int.max

        mutating func add(_ i: Int, subject: String?) {
            lowest = min(lowest, i)
            guard let subject, case let core = Substring(FactMerger.core(subject)), !core.isEmpty else {
                open.append(i)
                return
            }
            WorkCounter.tick(core.count * core.count)
            func keep(_ key: Substring, in table: inout [Substring: Int]) {
                if let j = table[key], j <= i { return }
                table[key] = i
            }
            keep(core, in: &byCore)
            var end = core.endIndex
            var start = core.startIndex
            while start < core.endIndex {
                keep(core[start...], in: &bySuffix)
                start = core.index(after: start)
            }
            while end > core.startIndex {
                keep(core[..<end], in: &byPrefix)
                end = core.index(before: end)
            }
        }

        /// Fact `i`, open until now, is given a subject.
        mutating func setSubject(of i: Int, to subject: String) {
            // Only the first open fact is ever matched while open ones remain: it heads the queue.
            if openHead < open.count, open[openHead] == i { openHead += 1 }
            add(i, subject: subject)
        }

        /// The first fact compatible with `subject`.
        func first(compatibleWith subject: String?) -> Int? {
            var best = openHead < open.count ? open[openHead] : nil
            func consider(_ i: Int?) { if let i, best.map({ i < $0 }) ?? true { best = i } }
            // No subject, or an empty core: compatible with every fact.
            guard let subject else { return lowest.nonMax }
            let core = Substring(FactMerger.core(subject))
            guard !core.isEmpty else { return lowest.nonMax }
            WorkCounter.tick(core.count * core.count)
            consider(byPrefix[core])  // the query starts another core, or equals it
            consider(bySuffix[core])  // the query ends another core
            var end = core.endIndex
            while end > core.startIndex {  // another core starts the query
                consider(byCore[core[..<end]])
                end = core.index(before: end)
            }
            var start = core.startIndex
            while start < core.endIndex {  // another core ends the query
                consider(byCore[core[start...]])
                start = core.index(after: start)
            }
            return best
        }
    }

    /// Merges a headline's restatement into the body figure it restates: a rounded hedge ("Hơn
    /// 1.100 đảng viên" for 1.107, "Gần 150" for 146) or a class count without its participants.
    /// The body's exact figure is kept; the fact counts both mentions. Only facts that start in
    /// one of `restatements` (the headline, subheadings) are candidates, and only figures outside
    /// them are restated.
    static func mergeRestatements(_ facts: [Fact], restatements: [Range<Int>], samePeriod: Bool = false,
                                  cores: CoreMemo = CoreMemo()) -> [Fact] {
        guard !restatements.isEmpty else { return facts }
        func restating(_ f: Fact) -> Bool { restatements.contains { $0.contains(f.evidence.start) } }
        var out = facts
        var i = 0
        while i < out.count {
            let h = out[i]
            // Only a training fact or a hedged count or percentage can restate a body figure.
            guard restating(h), h.kind == .training || (h.kind != .documentRef && h.qualifier != .exact)
            else { i += 1; continue }
            if let j = out.indices.first(where: {
                WorkCounter.tick()
                return $0 != i && !restating(out[$0])
                    && (!samePeriod || h.period == nil || out[$0].period.map { periodsAgree(h.period!, $0) } == true)
                    && restates(h, out[$0], cores)
            }) {
                var body = out[j]
                body.mentions += h.mentions
                out[j] = body
                out.remove(at: i)
                continue
            }
            i += 1
        }
        return out
    }

    private static func restates(_ h: Fact, _ b: Fact, _ cores: CoreMemo) -> Bool {
        // "Gần 2.000 lượt học viên được bồi dưỡng": a headline count of the people a body's
        // training fact had.
        if h.kind == .count, b.kind == .training, h.measure == "other", h.unit != nil, h.unit == b.participantUnit,
           let hv = h.value, let participants = b.participants, h.modality == b.modality {
            return rounds(hv, to: Double(participants), h.qualifier)
        }
        guard h.kind == b.kind else { return false }
        switch h.kind {
        case .training:
            return h.classes == b.classes && (h.participants == nil || h.participants == b.participants)
        case .count, .percentage:
            let family = { (m: String?) in m.map { String($0.prefix { $0 != "." }) } }
            // A headline count without a verb has its noun's measure: it may restate a body figure
            // of the same noun that a verb made more specific, or made a count of what an activity
            // was applied to ("Hơn 2.500 đảng viên …" for "giới thiệu 2.598 đảng viên về nơi cư trú").
            let sameMeasure = h.measure == b.measure
                || (h.measure?.hasSuffix(".total") == true && family(h.measure) == family(b.measure))
                || (h.measure?.hasSuffix(".total") == true && b.measure == "other" && h.unit != nil && h.unit == b.unit)
            // Counts of anything else count the same noun ("trên 9 xã" is no rounding of "9 vụ").
            let sameThing = h.measure != "other" || b.measure != "other" || h.unit == b.unit
            // (A headline may shorten the body's name: "Tổng công ty Phân bón Vân Lĩnh" for "Tổng công
            // ty Phân bón và Hóa chất Vân Lĩnh".)
            guard sameMeasure, sameThing, h.modality == b.modality, let hv = h.value, let bv = b.value,
                  compatibleSubjects(h.subject, b.subject, cores) || sameNameEnd(h.subject, b.subject, cores)
            else { return false }
            return rounds(hv, to: bv, h.qualifier)
        case .documentRef:
            return false
        }
    }

    /// Whether a hedged headline figure `hv` ("Hơn 1.100", "Gần 150") is a rounding of `bv`: within
    /// a tenth of it, or within the step its last non-zero digit stands for ("Hơn 1.000" for 1.146).
    static func rounds(_ hv: Double, to bv: Double, _ qualifier: Qualifier) -> Bool {
        let reach = roundingReach(hv)
        switch qualifier {
        case .over, .atLeast: return bv >= hv && bv < hv + reach
        case .nearly, .under, .atMost: return bv <= hv && bv > hv - reach
        case .about: return abs(bv - hv) <= hv * 0.1
        case .exact: return false
        }
    }

    /// The most figures a hedged count or a question's figure is compared with (a bound on the work
    /// in a text made of many equal figures; an article has a handful).
    static let candidateLimit = 64

    /// How far from a hedged figure `hv` the figure it rounds may lie: a tenth of it, or the step its
    /// last non-zero digit stands for ("Hơn 1.000": a thousand).
    static func roundingReach(_ hv: Double) -> Double {
        var step = 1.0
        if hv >= 10, hv == hv.rounded() {
            while (hv / (step * 10)).rounded() == hv / (step * 10) { step *= 10 }
        }
        return max(hv * 0.1, step)
    }

    /// Whether two periods are worded as one time: the same words, one ending the other ("đến nay"
    /// and "từ tháng 7/2025 đến nay"), or both up to a time ("Đến nay" and "tính đến ngày 31/10").
    static func periodsAgree(_ x: String, _ y: String) -> Bool {
        let a = FoldedKey.fold(x), b = FoldedKey.fold(y)
        if a == b || a.hasSuffix(" " + b) || b.hasSuffix(" " + a) { return true }
        return isUntil(a) && isUntil(b)
    }

    /// Whether a folded period runs up to a time ("đến nay", "tính đến ngày 31/10", "hiện nay").
    private static func isUntil(_ folded: String) -> Bool {
        let words = folded.spaceSeparatedWords
        let first = words.first.map(String.init) == untilWords[0] ? words.dropFirst().first : words.first
        return first.map { untilWords.dropFirst().contains(String($0)) } ?? false
    }

    /// "tính", then the words that open a period up to a time.
    private static let untilWords = ["tính", "đến", "tới", "hiện"].map(FoldedKey.fold)

    /// Whether two periods name different months alone ("Tháng 3" and "tháng 5").
    static func differentMonths(_ a: String?, _ b: String?) -> Bool {
        guard let a = a.flatMap(month), let b = b.flatMap(month) else { return false }
        return a != b
    }

    /// Whether two periods name different years alone ("năm 2023" and "năm 2024"): asked of two
    /// figures of one sentence ("xóa tên … cho ra khỏi Đảng 2, 1 và 1 đảng viên" in three years),
    /// not across an article, where a figure restated is often put in a neighbouring year.
    static func differentYears(_ a: String?, _ b: String?) -> Bool {
        guard let a = a.flatMap(year), let b = b.flatMap(year) else { return false }
        return a != b
    }

    /// The year of a period that is a year alone ("năm 2023" gives 2023).
    private static func year(_ period: String) -> Int? {
        let words = period.spaceSeparatedWords
        guard words.count == 2, FoldedKey.fold(String(words[0])) == yearWord, FactContext.isYearKey(String(words[1])) else { return nil }
        return Int(words[1])
    }
    private static let yearWord = FoldedKey.fold("năm")

    /// The number of a period that is a month alone ("Tháng 5" gives 5).
    private static func month(_ period: String) -> Int? {
        let words = period.spaceSeparatedWords
        guard words.count == 2, FoldedKey.fold(String(words[0])) == monthWord, let n = Int(words[1]), (1...12).contains(n) else { return nil }
        return n
    }
    private static let monthWord = FoldedKey.fold("tháng")

    /// What makes two facts the same figure (see the type's documentation); a hashable value,
    /// not a formatted string. Its hash is worked out once, from all its fields, so that looking
    /// it up hashes one word instead of each string.
    private struct Identity: Hashable {
        var kind: FactKind
        var text: String? = nil
        var value: Double? = nil
        var valueMax: Double? = nil
        var group: String? = nil
        var modality: Modality? = nil
        var classes: Int? = nil
        var participants: Int? = nil
        private(set) var digest: UInt64 = 0

        /// Sets `digest` from the other fields (FNV-1a over their bytes).
        mutating func seal() {
            var h = FNV(value: 0xcbf2_9ce4_8422_2325)
            switch kind {
            case .count: h.mix(1)
            case .training: h.mix(2)
            case .percentage: h.mix(3)
            case .documentRef: h.mix(4)
            }
            h.mix(text)
            h.mix(value?.bitPattern ?? 1)
            h.mix(valueMax?.bitPattern ?? 1)
            h.mix(group)
            h.mix(modality.map { $0 == .actual ? 2 : 3 } ?? 1)
            h.mix(UInt64(bitPattern: Int64(classes ?? -2)))
            h.mix(UInt64(bitPattern: Int64(participants ?? -2)))
            digest = h.value
        }

        /// FNV-1a over words and strings' UTF-8 (a value, not a closure over a variable, so that
        /// mixing needs no exclusivity check).
        struct FNV {
            var value: UInt64
            mutating func mix(_ word: UInt64) { value = (value ^ word) &* 0x100_0000_01b3 }
            mutating func mix(_ s: String?) {
                guard var s else { mix(0xff); return }
                s.withUTF8 { for byte in $0 { mix(UInt64(byte)) } }
                mix(0xfe)
            }
        }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }

        static func == (a: Identity, b: Identity) -> Bool {
            a.digest == b.digest && a.kind == b.kind && a.value == b.value && a.valueMax == b.valueMax
                && a.classes == b.classes && a.participants == b.participants && a.modality == b.modality
                && a.text == b.text && a.group == b.group
        }
    }

    private static func identity(_ f: Fact) -> Identity {
        var id: Identity
        switch f.kind {
        case .count:
            // Things counted as `other` are the same figure only when they are the same things
            // ("3 trường hợp" is not "3 chi bộ").
            // Nor is a floor ("mỗi chi bộ ít nhất 1 đảng viên") the same as an exact figure.
            let measure = f.measure ?? ""
            var text = measure == "other" ? "other\u{1}" + (f.unit ?? "") : measure
            if f.qualifier == .atLeast { text += "\u{2}" }
            id = Identity(kind: .count, text: text,
                          value: f.value ?? -1, valueMax: f.valueMax ?? -1, group: f.group ?? "", modality: f.modality)
        case .training:
            id = Identity(kind: .training, modality: f.modality, classes: f.classes ?? -1,
                          participants: f.participants ?? -1)
        case .percentage:
            id = Identity(kind: .percentage, text: FoldedKey.fold(f.of ?? ""), value: f.value ?? -1)
        case .documentRef:
            id = Identity(kind: .documentRef, text: f.number ?? "")
        }
        id.seal()
        return id
    }

    static func compatibleSubjects(_ a: String?, _ b: String?, _ cores: CoreMemo) -> Bool {
        guard let a, let b else { return true }
        if a == b { return true }
        let x = cores.core(a), y = cores.core(b)
        return x == y || x.hasSuffix(y) || y.hasSuffix(x) || x.hasPrefix(y) || y.hasPrefix(x)
    }

    /// Whether two subjects end in the same two words: a headline or lead shortens the name the body
    /// gives in full ("Trường Năng khiếu Thể thao Nậm La", "Trường Phổ thông Năng khiếu Thể dục Thể thao
    /// Nậm La").
    private static func sameNameEnd(_ a: String?, _ b: String?, _ cores: CoreMemo) -> Bool {
        guard let a, let b else { return false }
        let x = cores.core(a).spaceSeparatedWords.suffix(2), y = cores.core(b).spaceSeparatedWords.suffix(2)
        return x.count == 2 && x.elementsEqual(y)
    }

    /// The cores of the subjects of one article's facts, each computed once.
    final class CoreMemo {
        private var cores: [String: String] = [:]

        func core(_ subject: String) -> String {
            if let known = cores[subject] { return known }
            let core = FactMerger.core(subject)
            cores[subject] = core
            return core
        }
    }

    /// A subject without its leading party and level words: "Đảng bộ phường Vĩnh An Đông" and
    /// "Phường Vĩnh An Đông", "Thành phố Sầm Lâm" and "Thành ủy Sầm Lâm" name the same organisation.
    static func core(_ subject: String) -> String {
        FoldedKey.words(of: subject, droppingLeading: leadWords, keepingOne: true)
    }

    private static let leadWords: Set<String> = Set(["toàn", "đảng", "bộ", "ủy", "uỷ", "chi", "thành", "phố", "thị",
                                                     "xã", "trấn", "phường", "huyện", "quận", "tỉnh"].map(FoldedKey.fold))
}

private extension Int {
    /// Nil for `Int.max` (no index found).
    var nonMax: Int? { self == .max ? nil : self }
}

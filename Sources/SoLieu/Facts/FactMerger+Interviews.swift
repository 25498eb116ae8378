extension FactMerger {
    /// A question of an interview or a Q&A and the answer after it, as code point ranges.
    struct Exchange {
        /// The question's line ("PV: Năm 2024, ba đơn vị cũ cộng lại kết nạp được 38 đảng viên …?").
        var question: Range<Int>
        /// The lines after it, up to the next question.
        var answer: Range<Int>
        /// Where the answer first says the question was wrong ("Không phải 6 đâu", "anh nhầm"),
        /// when it does, and the article reads as an interview.
        var correction: Int?
    }

    /// Merges a figure a question states into the figure its answer gives for it: the answer's is
    /// kept and counts both mentions. The question's figure is restated when the answer has one of
    /// the same kind, measure, modality and period, of a compatible subject, and either the same
    /// value, a value the question's hedge rounds ("với hơn 3.000 đảng viên?" for 3.046; "khoảng
    /// 70%?" for 73,3%), or any value after the answer said the question was wrong ("anh nhầm, …
    /// 54 chi bộ" for 52). When the values are the same and the question's verb is the more specific
    /// ("kết nạp được 38 đảng viên", "Đúng là 38 đảng viên"), the question's fact is kept instead.
    static func mergeAnswered(_ facts: [Fact], exchanges: [Exchange], cores: CoreMemo = CoreMemo()) -> [Fact] {
        guard !exchanges.isEmpty else { return facts }
        var out = facts
        var dropped = Set<Int>()
        // Facts by where their evidence starts, and exchanges by where their question starts: each
        // question's figures and each answer's are found by binary search, not by walking all facts.
        let order = facts.indices.sorted { facts[$0].evidence.start < facts[$1].evidence.start }
        let starts = order.map { facts[$0].evidence.start }
        let byQuestion = exchanges.sorted { $0.question.lowerBound < $1.question.lowerBound }
        for (i, q) in facts.enumerated() where q.kind == .count || q.kind == .percentage {
            let e = byQuestion.partitioningIndex { $0.question.lowerBound > q.evidence.start }
            guard e > 0, byQuestion[e - 1].question.contains(q.evidence.start) else { continue }
            let exchange = byQuestion[e - 1]
            var k = starts.partitioningIndex { $0 >= exchange.answer.lowerBound }
            var found: Int?
            let stop = min(order.count, k + candidateLimit)
            while found == nil && k < stop && starts[k] < exchange.answer.upperBound {
                WorkCounter.tick()
                let j = order[k]
                if !dropped.contains(j) && answers(q, facts[j], exchange, cores) { found = j }
                k += 1
            }
            guard let j = found else { continue }
            let a = facts[j]
            if q.value == a.value, a.measure != q.measure, a.measure?.hasSuffix(".total") == true {
                out[i].mentions += a.mentions
                dropped.insert(j)
            } else {
                out[j].mentions += q.mentions
                dropped.insert(i)
            }
        }
        return out.indices.filter { !dropped.contains($0) }.map { out[$0] }
    }

    /// Whether the answer's fact `a` gives the figure the question's fact `q` asks about. Percentages
    /// are compared by value alone: a question words what it measures loosely ("Đến nay kết quả đạt
    /// khoảng 70%?" for "bằng 73,3% chỉ tiêu").
    private static func answers(_ q: Fact, _ a: Fact, _ exchange: Exchange, _ cores: CoreMemo) -> Bool {
        guard q.kind == a.kind, q.modality == a.modality, let qv = q.value, let av = a.value,
              compatibleSubjects(q.subject, a.subject, cores) else { return false }
        // (Two times up to now are one: "Đến nay …?" answered "Tính đến ngày 31/10, …".)
        if let x = q.period, let y = a.period, !periodsAgree(x, y) { return false }
        if q.kind == .count {
            let family = { (m: String?) in m.map { $0.prefix { $0 != "." } } }
            let sameMeasure = q.measure == a.measure
                || qv == av && family(q.measure) == family(a.measure)
                    && (q.measure?.hasSuffix(".total") == true || a.measure?.hasSuffix(".total") == true)
            guard sameMeasure, q.measure != "other" || q.unit == a.unit else { return false }
        }
        if qv == av || rounds(qv, to: av, q.qualifier) { return true }
        if let correction = exchange.correction { return correction < a.evidence.end }
        return false
    }
}

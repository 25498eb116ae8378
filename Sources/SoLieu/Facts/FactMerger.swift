import Foundation

/// Merges a figure stated more than once (a headline, a caption and the body) into one fact with
/// `mentions` > 1, keeping the first statement's evidence and attributes.
///
/// Two facts are the same when they have the same kind and figure: a count the same measure,
/// value, group and modality; training the same classes and participants; a percentage the same
/// value and the same `of` words; a document reference the same number. Counts with different,
/// known subjects are different facts.
enum FactMerger {
    static func merge(_ facts: [Fact], restatementEnd: Int = 0) -> [Fact] {
        var merged: [Fact] = []
        var index: [String: [Int]] = [:]
        for fact in facts.sorted(by: { $0.evidence.start < $1.evidence.start }) {
            let key = identity(fact)
            if let candidates = index[key],
               let i = candidates.first(where: {
                   compatibleSubjects(merged[$0].subject, fact.subject) || (!fact.subjectExplicit && fact.measure != "other")
               }) {
                merged[i].mentions += 1
                if merged[i].subject == nil { merged[i].subject = fact.subject }
                if merged[i].period == nil { merged[i].period = fact.period }
                continue
            }
            index[key, default: []].append(merged.count)
            merged.append(fact)
        }
        return mergeRestatements(merged, restatementEnd: restatementEnd)
    }

    /// Merges a headline's restatement into the body figure it restates: a rounded hedge ("Hơn
    /// 1.100 đảng viên" for 1.107, "Gần 150" for 146) or a class count without its participants.
    /// The body's exact figure is kept; the fact counts both mentions. Only facts that start
    /// before `restatementEnd` (the headline) are candidates.
    static func mergeRestatements(_ facts: [Fact], restatementEnd: Int) -> [Fact] {
        var out = facts
        var i = 0
        while i < out.count {
            let h = out[i]
            guard h.evidence.start < restatementEnd else { i += 1; continue }
            if let j = out.indices.first(where: { $0 != i && out[$0].evidence.start >= restatementEnd && restates(h, out[$0]) }) {
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

    private static func restates(_ h: Fact, _ b: Fact) -> Bool {
        guard h.kind == b.kind else { return false }
        switch h.kind {
        case .training:
            return h.classes == b.classes && (h.participants == nil || h.participants == b.participants)
        case .count, .percentage:
            let family = { (m: String?) in m.map { String($0.prefix { $0 != "." }) } }
            let sameMeasure = h.measure == b.measure
                || (h.measure?.hasSuffix(".total") == true && family(h.measure) == family(b.measure))
            guard sameMeasure, h.modality == b.modality, let hv = h.value, let bv = b.value,
                  compatibleSubjects(h.subject, b.subject) else { return false }
            switch h.qualifier {
            case .over, .atLeast: return bv >= hv && bv <= hv * 1.1
            case .nearly, .under, .atMost: return bv <= hv && bv >= hv * 0.9
            case .about: return abs(bv - hv) <= hv * 0.1
            case .exact: return false
            }
        case .documentRef:
            return false
        }
    }

    private static func identity(_ f: Fact) -> String {
        switch f.kind {
        case .count:
            return "count|\(f.measure ?? "")|\(f.value ?? -1)|\(f.valueMax ?? -1)|\(f.group ?? "")|\(f.modality.rawValue)"
        case .training:
            return "training|\(f.classes ?? -1)|\(f.participants ?? -1)|\(f.modality.rawValue)"
        case .percentage:
            return "percentage|\(f.value ?? -1)|\(FoldedKey.fold(f.of ?? ""))"
        case .documentRef:
            return "document_ref|\(f.number ?? "")"
        }
    }

    private static func compatibleSubjects(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        if a == b { return true }
        let x = core(a), y = core(b)
        return x == y || x.hasSuffix(y) || y.hasSuffix(x) || x.hasPrefix(y) || y.hasPrefix(x)
    }

    /// A subject without its leading party words: "Đảng bộ phường Vĩnh An Đông" and "Phường Vĩnh
    /// An Đông" name the same organisation.
    static func core(_ subject: String) -> String {
        var words = subject.split(separator: " ").map { FoldedKey.fold(String($0)) }
        while let first = words.first, leadWords.contains(first), words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }

    private static let leadWords: Set<String> = Set(["toàn", "đảng", "bộ", "ủy", "uỷ", "chi"].map(FoldedKey.fold))
}

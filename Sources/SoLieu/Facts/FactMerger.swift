import Foundation

/// Merges a figure stated more than once (a headline, a caption and the body) into one fact with
/// `mentions` > 1, keeping the first statement's evidence and attributes.
///
/// Two facts are the same when they have the same kind and figure: a count the same measure,
/// value, group and modality; training the same classes and participants; a percentage the same
/// value and the same `of` words; a document reference the same number. Counts with different,
/// known subjects are different facts.
enum FactMerger {
    static func merge(_ facts: [Fact]) -> [Fact] {
        var merged: [Fact] = []
        var index: [String: [Int]] = [:]
        for fact in facts.sorted(by: { $0.evidence.start < $1.evidence.start }) {
            let key = identity(fact)
            if let candidates = index[key],
               let i = candidates.first(where: { compatibleSubjects(merged[$0].subject, fact.subject) }) {
                merged[i].mentions += 1
                if merged[i].subject == nil { merged[i].subject = fact.subject }
                if merged[i].period == nil { merged[i].period = fact.period }
                continue
            }
            index[key, default: []].append(merged.count)
            merged.append(fact)
        }
        return merged
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
        let x = core(a), y = core(b)
        return x == y || x.hasSuffix(y) || y.hasSuffix(x)
    }

    /// A subject without its leading party words: "Đảng bộ phường Vĩnh An Đông" and "Phường Vĩnh
    /// An Đông" name the same organisation.
    static func core(_ subject: String) -> String {
        var words = subject.split(separator: " ").map { FoldedKey.fold(String($0)) }
        let lead: Set<String> = Set(["toàn", "đảng", "bộ", "ủy", "uỷ", "chi"].map(FoldedKey.fold))
        while let first = words.first, lead.contains(first), words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }
}

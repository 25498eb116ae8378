import Foundation

/// Scores extracted facts against gold annotations by the rules of the output contract.
///
/// A predicted fact matches a gold fact of the same kind with the same figure: `count` the same
/// `measure` and `value`; `training` the same `classes` and `participants`; `percentage` the same
/// `value`; `document_ref` the same `number`. A range counts as its two bounds. Each gold item
/// matches at most once. Attribute accuracy is over matched pairs: `subject` (contains
/// `subject_key`, ignoring case and diacritics, where gold names one), `qualifier`, `date`, and
/// `modality` where gold gives one (the contract's list, plus the one attribute a wrong target or
/// actual would otherwise leave invisible).
public struct Evaluator {
    /// Counts for one kind, or overall.
    public struct Score: Sendable {
        public var gold = 0, predicted = 0, matched = 0
        public var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(matched) / Double(predicted) }
        public var recall: Double { gold == 0 ? (predicted == 0 ? 1 : 0) : Double(matched) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Right / checked counts of one attribute.
    public struct Accuracy: Sendable {
        public var right = 0, checked = 0
        public var value: Double { checked == 0 ? 1 : Double(right) / Double(checked) }
    }

    /// A fact that was missed or invented, for `--verbose`.
    public struct Difference: Sendable {
        public let article: String
        public let description: String
    }

    public var byKind: [String: Score] = [:]
    public var overall = Score()
    public var subject = Accuracy(), qualifier = Accuracy(), modality = Accuracy(), date = Accuracy(), published = Accuracy()
    public var misses: [Difference] = []
    public var extras: [Difference] = []
    public var attributeErrors: [Difference] = []
    public var articles = 0

    public init() {}

    /// A scorable piece of a fact: a kind and a figure key (a range gives two).
    struct Item {
        let kind: String
        let key: String
        let fact: Int
    }

    static func items(kind: String, measure: String?, value: Double?, valueMax: Double?, classes: Double?,
                      participants: Double?, number: String?, fact: Int) -> [Item] {
        switch kind {
        case "count":
            var out = [Item(kind: kind, key: "\(measure ?? "")|\(JSONValue.format(value ?? -1))", fact: fact)]
            if let valueMax { out.append(Item(kind: kind, key: "\(measure ?? "")|\(JSONValue.format(valueMax))", fact: fact)) }
            return out
        case "training":
            return [Item(kind: kind, key: "\(classes.map(JSONValue.format) ?? "null")|\(participants.map(JSONValue.format) ?? "null")", fact: fact)]
        case "percentage":
            var out = [Item(kind: kind, key: JSONValue.format(value ?? -1), fact: fact)]
            if let valueMax { out.append(Item(kind: kind, key: JSONValue.format(valueMax), fact: fact)) }
            return out
        default:
            return [Item(kind: kind, key: number ?? "", fact: fact)]
        }
    }

    /// Adds one article: its gold facts and the record extracted from it.
    public mutating func add(gold: GoldArticle, record: ArticleRecord) {
        articles += 1
        let goldItems = gold.facts.enumerated().flatMap { i, f in
            Self.items(kind: f["kind"]?.stringValue ?? "", measure: f["measure"]?.stringValue, value: f["value"]?.numberValue,
                       valueMax: f["value_max"]?.numberValue, classes: f["classes"]?.numberValue,
                       participants: f["participants"]?.numberValue, number: f["number"]?.stringValue, fact: i)
        }
        let predicted = record.facts
        let predItems = predicted.enumerated().flatMap { i, f in
            Self.items(kind: f.kind.rawValue, measure: f.measure, value: f.value, valueMax: f.valueMax,
                       classes: f.classes.map(Double.init), participants: f.participants.map(Double.init),
                       number: f.number, fact: i)
        }
        var predUsed = Array(repeating: false, count: predItems.count)
        var goldUsed = Array(repeating: false, count: goldItems.count)
        var pairs: [(gold: Int, pred: Int)] = []
        for (gi, g) in goldItems.enumerated() {
            if let pi = predItems.indices.first(where: { !predUsed[$0] && predItems[$0].kind == g.kind && predItems[$0].key == g.key }) {
                predUsed[pi] = true
                goldUsed[gi] = true
                if !pairs.contains(where: { $0.gold == g.fact && $0.pred == predItems[pi].fact }) {
                    pairs.append((g.fact, predItems[pi].fact))
                }
            }
        }
        for kind in FactKind.allCases.map(\.rawValue) {
            var s = byKind[kind] ?? Score()
            s.gold += goldItems.filter { $0.kind == kind }.count
            s.predicted += predItems.filter { $0.kind == kind }.count
            s.matched += goldItems.indices.filter { goldUsed[$0] && goldItems[$0].kind == kind }.count
            byKind[kind] = s
        }
        overall.gold += goldItems.count
        overall.predicted += predItems.count
        overall.matched += goldUsed.filter { $0 }.count
        for (gi, g) in goldItems.enumerated() where !goldUsed[gi] {
            misses.append(Difference(article: gold.id, description: "\(g.kind) \(g.key): \(gold.facts[g.fact].serialized())"))
        }
        for (pi, p) in predItems.enumerated() where !predUsed[pi] {
            let f = predicted[p.fact]
            extras.append(Difference(article: gold.id, description: "\(p.kind) \(p.key): «\(f.evidence.text)» in «\(f.evidence.sentence.prefix(160))»"))
        }
        for (g, p) in pairs {
            let gf = gold.facts[g], pf = predicted[p]
            if let key = gf["subject_key"]?.stringValue {
                subject.checked += 1
                if let s = pf.subject, Self.fold(s).contains(Self.fold(key)) { subject.right += 1 } else {
                    attributeErrors.append(Difference(article: gold.id, description: "subject: gold «\(key)», got «\(pf.subject ?? "null")» for \(pf.evidence.text)"))
                }
            }
            if let q = gf["qualifier"]?.stringValue {
                qualifier.checked += 1
                if q == pf.qualifier.rawValue { qualifier.right += 1 } else {
                    attributeErrors.append(Difference(article: gold.id, description: "qualifier: gold \(q), got \(pf.qualifier.rawValue) for \(pf.evidence.text)"))
                }
            }
            if let m = gf["modality"]?.stringValue {
                modality.checked += 1
                if m == pf.modality.rawValue { modality.right += 1 } else {
                    attributeErrors.append(Difference(article: gold.id, description: "modality: gold \(m), got \(pf.modality.rawValue) for \(pf.evidence.text)"))
                }
            }
            if pf.kind == .documentRef, let d = gf["date"] {
                date.checked += 1
                if d.stringValue == pf.date { date.right += 1 } else {
                    attributeErrors.append(Difference(article: gold.id, description: "date: gold \(d.stringValue ?? "null"), got \(pf.date ?? "null") for \(pf.evidence.text)"))
                }
            }
        }
        if let p = gold.published {
            published.checked += 1
            let got = record.metadata.published.map { String($0.prefix(10)) }
            if got == p { published.right += 1 } else {
                attributeErrors.append(Difference(article: gold.id, description: "published: gold \(p), got \(got ?? "null")"))
            }
        }
    }

    /// Lower case without diacritics (`đ` → `d`), for comparing subjects.
    static func fold(_ s: String) -> String {
        let lowered = s.lowercased().replacingOccurrences(of: "đ", with: "d")
        var out = String.UnicodeScalarView()
        for c in lowered.decomposedStringWithCanonicalMapping.unicodeScalars
        where c.properties.generalCategory != .nonspacingMark {
            out.append(c)
        }
        return String(out)
    }

    /// The report as text.
    public func report(verbose: Bool) -> String {
        func pct(_ x: Double) -> String { String(format: "%.2f", x) }
        var lines: [String] = []
        lines.append("articles: \(articles)")
        func row(_ name: String, _ s: Score) -> String {
            name.padding(toLength: 13, withPad: " ", startingAt: 0)
                + [String(s.gold), String(s.predicted), String(s.matched)].map { $0.leftPadded(6) }.joined()
                + [pct(s.precision), pct(s.recall), pct(s.f1)].map { $0.leftPadded(11) }.joined()
        }
        lines.append("kind".padding(toLength: 13, withPad: " ", startingAt: 0)
                     + ["gold", "pred", "match"].map { $0.leftPadded(6) }.joined()
                     + ["precision", "recall", "F1"].map { $0.leftPadded(11) }.joined())
        for kind in FactKind.allCases.map(\.rawValue) { lines.append(row(kind, byKind[kind] ?? Score())) }
        lines.append(row("overall", overall))
        lines.append("attribute accuracy (matched pairs):")
        for (name, a) in [("subject", subject), ("qualifier", qualifier), ("modality", modality), ("date", date), ("published", published)] {
            lines.append("  \(name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(pct(a.value))  (\(a.right)/\(a.checked))")
        }
        if verbose {
            if !misses.isEmpty { lines.append("missed (in gold, not extracted):") }
            for m in misses { lines.append("  [\(m.article)] \(m.description)") }
            if !extras.isEmpty { lines.append("extra (extracted, not in gold):") }
            for e in extras { lines.append("  [\(e.article)] \(e.description)") }
            if !attributeErrors.isEmpty { lines.append("attribute errors:") }
            for e in attributeErrors { lines.append("  [\(e.article)] \(e.description)") }
        } else if !misses.isEmpty || !extras.isEmpty {
            lines.append("(\(misses.count) missed, \(extras.count) extra: --verbose lists them)")
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The string right-aligned in a field of `width` characters.
    func leftPadded(_ width: Int) -> String { count >= width ? " " + self : String(repeating: " ", count: width - count) + self }
}

import Foundation
import Testing
@testable import SoLieu

/// Properties that hold for any text, checked over generated text (the adversarial families, and
/// random mixes of corpus sentences, punctuation, digits and markup from a seeded generator) and
/// over the corpus: tokens rejoin to the text; every evidence range slices to its evidence text;
/// every record validates against the schema; the same input gives byte-identical output.
struct PropertyTests {
    static let corpusTexts: [String] = {
        let dir = TestSupport.root.appendingPathComponent("corpus/articles")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return names.compactMap { try? String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
    }()

    /// Pieces that random texts are made of: corpus words and oddities.
    static let pieces: [String] = {
        var words = Set<String>()
        for text in corpusTexts { for w in text.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(400) { words.insert(String(w)) } }
        return words.sorted() + ["\n", "\n\n", " ", ",", ".", ";", "(", ")", "%", "/", "-", "–", "…", "\u{00A0}", "\u{200B}",
                                 "\u{0301}", "😀", "ð", "TP.", "12", "5.971", "96,9", "21/01/2019", "28-CT/TW", "từ", "đến", "nay",
                                 "<p>", "&amp;", "\t", "\r\n", "Ð", "e\u{0300}", "\u{FEFF}", "\u{FFFD}"]
    }()

    static func randomText(seed: UInt64, words: Int) -> String {
        var rng = SeededGenerator(seed: seed)
        var text = ""
        for _ in 0..<words {
            text += pieces.randomElement(using: &rng)!
            if Int.random(in: 0..<3, using: &rng) > 0 { text += " " }
        }
        return text
    }

    static var texts: [String] {
        (0..<40).map { randomText(seed: UInt64($0), words: 300) } + AdversarialText.families.filter { !$0.html }.map { $0.make(8) }
            + corpusTexts
    }

    static func checkProperties(of text: String, _ extractor: Extractor) throws {
        let extraction = try extractor.extract(text: text)
        let analysis = try extractor.analyze(extraction.text)
        // Tokens cover the text without gaps or overlaps, and rejoin to it.
        var next = 0
        for token in analysis.tokens {
            #expect(token.start == next && token.end > token.start)
            next = token.end
        }
        #expect(next == analysis.scalars.count)
        #expect(analysis.tokens.map { analysis.text(of: $0) }.joined() == extraction.text)
        // Sentences cover the text too.
        #expect(analysis.sentences.first?.lowerBound == 0 && analysis.sentences.last?.upperBound == analysis.scalars.count)
        for fact in extraction.facts {
            let e = fact.evidence
            #expect(e.start >= 0 && e.start < e.end && e.end <= analysis.scalars.count, "\(e)")
            #expect(analysis.slice(e.start, e.end) == e.text, "\(e)")
            #expect(e.sentence.contains(e.text) || e.text.contains("\n") || e.sentence.count > 0)
        }
        // The record validates, and the same input gives the same bytes with a fresh extractor.
        let input = InputDocument(id: "p", path: nil, bytes: Array(text.utf8))
        let record = extractor.record(for: input)
        #expect(SchemaValidator.article.validate(record.json()).isEmpty)
        #expect(!record.diagnostics.contains { $0.code == "schema_violation" })
        let again = try Extractor().record(for: input)
        #expect(record.json().serialized() == again.json().serialized())
    }

    @Test func propertiesHoldOverGeneratedAndCorpusText() throws {
        let extractor = try TestSupport.extractor()
        for text in Self.texts { try Self.checkProperties(of: text, extractor) }
    }

    @Test func propertiesHoldOverGeneratedPages() throws {
        let extractor = try TestSupport.extractor()
        for seed in 0..<20 {
            let page = "<html><body><h1>Tin</h1><p>" + Self.randomText(seed: 1000 + UInt64(seed), words: 200)
                .replacingOccurrences(of: "\n", with: "</p><p>") + "</p></body></html>"
            let record = extractor.record(for: InputDocument(id: "p", path: "p.html", bytes: Array(page.utf8)))
            #expect(SchemaValidator.article.validate(record.json()).isEmpty)
            let again = extractor.record(for: InputDocument(id: "p", path: "p.html", bytes: Array(page.utf8)))
            #expect(record.json().serialized() == again.json().serialized())
        }
    }

    /// Merging repeated figures through the subject index (many facts of one figure) gives what
    /// comparing subjects one by one gives.
    @Test func indexedSubjectsMergeLikeTheScan() {
        // Many distinct names (so that more than `SubjectIndex.threshold` facts share a figure), some
        // that start or end others, a few unknown subjects.
        let names = (0..<40).map { "Chi bộ \(AdversarialText.word($0))" }
        let subjects: [String?] = names + names.prefix(10).map { $0 + " Đông" } + names.prefix(10).map { "Đảng bộ " + $0.dropFirst(7) }
            + ["Đảng bộ", "Chi bộ", nil, nil]
        for seed in 0..<30 {
            var rng = SeededGenerator(seed: UInt64(seed))
            var facts: [Fact] = []
            for i in 0..<120 {
                var fact = Fact(kind: .count, evidence: Evidence(text: "5 đảng viên", sentence: "", start: i * 20, end: i * 20 + 11))
                fact.measure = "party_members.total"
                fact.value = Double(Int.random(in: 1...2, using: &rng))
                fact.subject = subjects.randomElement(using: &rng)!
                fact.subjectExplicit = Int.random(in: 0..<10, using: &rng) > 0
                facts.append(fact)
            }
            let merged = FactMerger.merge(facts)
            #expect(merged.count > 2 * FactMerger.SubjectIndex.threshold, "the index is used")
            let expected = Self.scanMerge(facts)
            #expect(merged.map { "\($0.value!) \($0.subject ?? "-") \($0.mentions)" } == expected.map { "\($0.value!) \($0.subject ?? "-") \($0.mentions)" },
                    "seed \(seed)")
        }
    }

    /// The merge as it was written before the subject index: each candidate compared in turn.
    static func scanMerge(_ facts: [Fact]) -> [Fact] {
        func compatible(_ a: String?, _ b: String?) -> Bool {
            guard let a, let b else { return true }
            let x = FactMerger.core(a), y = FactMerger.core(b)
            return x == y || x.hasSuffix(y) || y.hasSuffix(x) || x.hasPrefix(y) || y.hasPrefix(x)
        }
        var merged: [Fact] = []
        var index: [Double: [Int]] = [:]
        for fact in facts {
            if let candidates = index[fact.value!],
               let i = candidates.first(where: { compatible(merged[$0].subject, fact.subject) || !fact.subjectExplicit }) {
                merged[i].mentions += 1
                if merged[i].subject == nil { merged[i].subject = fact.subject }
                continue
            }
            index[fact.value!, default: []].append(merged.count)
            merged.append(fact)
        }
        return merged
    }
}

import Foundation
import Testing
@testable import SoLieu

/// `PhraseKeys` must give exactly the keys of the ICU pipeline (`Normalizer` + `Analyzer` +
/// `FoldedKey`), or nothing: these tests compare both over every bundled lexicon line, every letter
/// it handles, and the edge cases of its rules.
struct PhraseKeysTests {
    let analyzer: Analyzer

    init() throws { analyzer = try Analyzer(abbreviations: try Lexicons.bundled().abbreviations) }

    private func expectSame(_ phrase: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let plain = PhraseKeys.keys(phrase) else { return }
        let analyzed = try Lexicons.analyzedKeys(phrase, analyzer)
        #expect(plain == analyzed, "\(phrase)", sourceLocation: sourceLocation)
    }

    @Test func phraseKeysMatchTheAnalyzerOnEveryBundledLine() throws {
        // The files whose first column is a phrase compiled into a PhraseTable.
        let phraseFiles: Set<String> = ["qualifiers.tsv", "units.tsv", "triggers.tsv", "doc_types.tsv",
                                        "organisations.tsv", "not_figures.tsv", "periods.tsv", "training.tsv",
                                        "targets.tsv", "name_stops.tsv", "breakdowns.tsv"]
        var compared = 0
        for name in Lexicons.fileNames {
            let text = String(decoding: BundledData.lexicon(name), as: UTF8.self)
            for row in LexiconFile.rows(text, file: name) {
                for field in row.fields where !field.isEmpty {
                    try expectSame(field)
                }
                let phrase = try row.field(0, "phrase")
                if phraseFiles.contains(name) {
                    // Every bundled phrase takes the path without ICU, so start-up opens no iterator for them.
                    #expect(PhraseKeys.keys(phrase) != nil, "\(name):\(row.line) \(phrase)")
                    compared += 1
                }
            }
        }
        #expect(compared > 600)
    }

    @Test func everyHandledLetterLowerCasesAndSplitsLikeICU() throws {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7F, 0xA0...0x24F, 0x1E00...0x1EFF]
        var letters = 0
        for range in ranges {
            for v in range {
                guard let s = Unicode.Scalar(v), let lower = PhraseKeys.lowerLetter(s) else { continue }
                letters += 1
                let icuLower = try ICUText.lowercase(Array(String(s).utf16))
                #expect(String(decoding: icuLower, as: UTF16.self) == String(lower), "U+\(String(v, radix: 16))")
                let c = String(s)
                for phrase in [c, "a\(c)b", "\(c)\(c) \(c)", "\(c).", "(\(c))", "\(c), \(c)", "x-\(c)"] {
                    #expect(PhraseKeys.keys(phrase) != nil, "U+\(String(v, radix: 16)) in \(phrase)")
                    try expectSame(phrase)
                }
            }
        }
        #expect(letters > 400)
    }

    @Test func edgeCasesAreSameOrLeftToICU() throws {
        let handled = ["TP.", "Tp.", "(ĐV)", "đảng viên (ĐV)", "m2", "m2 đất", "2022", "héc-ta", "cán bộ, đảng viên",
                       "xét, công nhận", "ĐẢNG BỘ", "Hoà", "hòa", "Ủy ban", "  hai   ba  ", "a.", "a..", "a,.",
                       "(a).", "-a-", "a1b2", "12", "x.)", "y, (z)", "ß", "ǅ", "kế hoạch:", "a: b", "a:(", "10:"]
        for phrase in handled {
            #expect(PhraseKeys.keys(phrase) != nil, "\(phrase)")
            try expectSame(phrase)
        }
        // Joined or classified by ICU's own rules, or changed by the normaliser: left to the analyzer.
        let leftToICU = ["T.Ư", "TP.HCM", "1.000", "3,5", "a,b", "M2", "Đảng2", "a12Đ", "H'", "e\u{0301}",
                         "\u{00D0}ảng", "a\u{00A0}b", "a\tb", "x:y", "a:1", "10:30", "İ", "a.(b", ""]
        for phrase in leftToICU where !phrase.isEmpty {
            #expect(PhraseKeys.keys(phrase) == nil, "\(phrase)")
        }
        #expect(PhraseKeys.keys("") == [])
    }

    // Words are folded by `FoldedKey.fold`, whose ICU-free lower-casing `FastPathTests` checks.
    @Test func trimmingMatchesFoundation() throws {
        for text in ["", " ", " CT ", "\tNQ\u{00A0}", "\u{3000}QĐ\u{2009}", "a b", "\n x \n"] {
            let sub = Substring(text)
            #expect(sub.trimmingHorizontalSpace() == sub.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    @Test func aPhraseLeftToICUStillCompiles() throws {
        let lexicons = try Lexicons(texts: ["units.tsv": "T.Ư\tother\tthing\nm²\tother\tthing\n"])
        #expect(lexicons.units.count == 2)
        #expect(lexicons.units.lookup(try Lexicons.analyzedKeys("t.ư", analyzer)) != nil)
        #expect(lexicons.units.lookup(try Lexicons.analyzedKeys("M²", analyzer)) != nil)
    }
}

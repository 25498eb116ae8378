import Foundation
import Testing
@testable import SoLieu

/// `SegmentScanner` gives exactly the word boundaries, rule statuses and sentence boundaries of ICU's
/// break iterators, over every corpus text and over random strings built to stress the rules; texts
/// outside its repertoire are left to ICU.
struct SegmentScannerTests {
    /// ICU's segmentation, the oracle (one pair of iterators per test: they are not thread-safe).
    final class Oracle {
        let words = try! BreakIterator(.word)
        let sentences = try! BreakIterator(.sentence)
        /// Texts compared, and how many of them were in the scanner's repertoire.
        var compared = 0
        var inRepertoire = 0

        /// Expects the scanner to segment `units` as ICU does when they are in its repertoire.
        func check(_ units: [UInt16], sourceLocation: SourceLocation = #_sourceLocation) throws {
            compared += 1
            guard let classes = SegmentScanner.classes(units) else { return }
            inRepertoire += 1
            let icuWords = try words.boundaries(units)
            let scannerWords = SegmentScanner.wordBoundaries(classes)
            let sameWords = icuWords.map(\.offset) == scannerWords.map(\.offset)
                && icuWords.map(\.status) == scannerWords.map(\.status)
            #expect(sameWords, "words of \(Self.describe(units)): ICU \(Self.describe(icuWords)), scanner \(Self.describe(scannerWords))",
                    sourceLocation: sourceLocation)
            let icuSentences = try sentences.boundaries(units).map(\.offset)
            let scannerSentences = SegmentScanner.sentenceBoundaries(classes)
            #expect(icuSentences == scannerSentences,
                    "sentences of \(Self.describe(units)): ICU \(icuSentences), scanner \(scannerSentences)",
                    sourceLocation: sourceLocation)
        }

        static func describe(_ units: [UInt16]) -> String {
            units.prefix(200).map { String($0, radix: 16, uppercase: true) }.joined(separator: " ")
        }

        static func describe(_ boundaries: [BreakIterator.Boundary]) -> String {
            boundaries.prefix(100).map { "\($0.offset)/\($0.status)" }.joined(separator: " ")
        }
    }

    /// Every text and page of the corpus sets and the seed, as read, and normalised.
    static let corpusTexts: [String] = {
        var texts: [String] = []
        for file in TestSupport.corpusFiles(["corpus/articles", "corpus/holdout", "corpus/holdout-2", "corpus/holdout-3",
                                             "corpus/holdout-html"]) {
            if let raw = String(bytes: file.bytes, encoding: .utf8) { texts.append(raw) }
            if let read = DocumentReader.read(InputDocument(id: file.name, path: file.path, bytes: file.bytes)).text {
                texts.append(read)
            }
        }
        return texts
    }()

    @Test func corpusTextsSegmentAsWithICU() throws {
        let oracle = Oracle()
        for text in Self.corpusTexts {
            try oracle.check(Array(text.utf16))
            try oracle.check(try Normalizer.normalizedUnits(text))
        }
        #expect(Self.corpusTexts.count >= 160)
        // Every normalised corpus text is in the repertoire but one (a page with an emoji).
        #expect(oracle.inRepertoire >= oracle.compared - 4)
    }

    @Test func corpusAnalysesAreTheSameWithICU() throws {
        let abbreviations = try Lexicons.bundled().abbreviations
        let scanning = try Analyzer(abbreviations: abbreviations, usesScanner: true)
        let icu = try Analyzer(abbreviations: abbreviations, usesScanner: false)
        for text in Self.corpusTexts {
            let units = try Normalizer.normalizedUnits(text)
            let string = UTF16Text.string(units)
            let fast = try scanning.analyze(string, units: units)
            let slow = try icu.analyze(string, units: units)
            #expect(fast.sentences == slow.sentences)
            #expect(fast.contentTokens == slow.contentTokens)
            #expect(fast.tokens.count == slow.tokens.count)
            for (a, b) in zip(fast.tokens, slow.tokens) {
                #expect(a.start == b.start && a.end == b.end && a.kind == b.kind && a.key == b.key
                        && a.keyHash == b.keyHash && a.isCapitalized == b.isCapitalized, "\(a) \(b)")
            }
        }
    }
}

extension SegmentScannerTests {
    /// Characters that the rules treat differently: letters with and without combining marks, both
    /// cases, digits, the Mid* punctuation, quotes, closing brackets, terminators, spaces of every
    /// kind, line and paragraph separators, joiners and format characters.
    static let alphabet: [String] = [
        "a", "b", "z", "A", "Q", "Z", "đ", "Đ", "ạ", "Ạ", "ư", "Ư", "ế", "Ế", "ß", "ǅ", "ƻ", "ª", "µ",
        "\u{0301}", "\u{0323}", "\u{0300}", "0", "1", "7", "9",
        ".", ",", ":", ";", "'", "’", "‘", "_", "-", "/", "(", ")", "[", "]", "\"", "“", "”", "«", "»",
        "?", "!", "…", "‼", "⁉", "‽", "@", "%", "·", "‧", "․", "⁄", "‿", "–", "—", "©", "®",
        " ", " ", " ", "\u{00A0}", "\u{202F}", "\u{2003}", "\u{2007}", "\t", "\n", "\r\n", "\r",
        "\u{000B}", "\u{000C}", "\u{0085}", "\u{2028}", "\u{2029}",
        "\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{2060}",
    ]

    /// A few characters outside the repertoire: Greek, CJK, an emoji (a surrogate pair), a byte
    /// order mark, a combining mark for symbols.
    static let outsideAlphabet: [String] = ["α", "中", "😀", "\u{FEFF}", "\u{20DD}"]

    /// Strings drawn from `alphabet`: half from all of it, half from a random handful of its
    /// characters (dense runs of the same few classes), with now and then any code point of the
    /// repertoire, and rarely one from `outsideAlphabet`.
    static func randomStrings(count: Int, seed: UInt64) -> [[UInt16]] {
        var rng = SeededGenerator(seed: seed)
        let repertoire = BreakClasses.repertoire.flatMap { Array($0) }
        func anyCharacter() -> String {
            switch Int.random(in: 0..<240, using: &rng) {
            case 0: return outsideAlphabet.randomElement(using: &rng)!
            case 1..<21: return String(Unicode.Scalar(UInt32(repertoire.randomElement(using: &rng)!))!)
            default: return alphabet.randomElement(using: &rng)!
            }
        }
        var strings: [[UInt16]] = []
        strings.reserveCapacity(count)
        for index in 0..<count {
            let length = Int.random(in: 1...40, using: &rng)
            var text = ""
            if index % 2 == 0 {
                for _ in 0..<length { text += anyCharacter() }
            } else {
                let handful = (0..<Int.random(in: 2...6, using: &rng)).map { _ in anyCharacter() }
                for _ in 0..<length { text += handful.randomElement(using: &rng)! }
            }
            strings.append(Array(text.utf16))
        }
        return strings
    }

    /// 60,000 strings; `SOLIEU_SCANNER_STRINGS=N` (and `SOLIEU_SCANNER_SEED`) for a longer run.
    @Test func randomStringsSegmentAsWithICU() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["SOLIEU_SCANNER_STRINGS"].flatMap { Int($0) } ?? 60_000
        let seed = environment["SOLIEU_SCANNER_SEED"].flatMap { UInt64($0) } ?? 29
        let oracle = Oracle()
        for units in Self.randomStrings(count: count, seed: seed) { try oracle.check(units) }
        #expect(oracle.compared == count)
        // Most strings are in the repertoire; the others went to ICU.
        #expect(oracle.inRepertoire > count * 3 / 4 && oracle.inRepertoire < count, "\(oracle.inRepertoire)")
    }

    @Test func everyRepertoireCharacterInContextSegmentsAsWithICU() throws {
        let oracle = Oracle()
        let contexts = ["a%@b", "1%@2", "%@", "%@%@", "x.%@ Y", "Ab. %@b", "A.%@B", "%@\u{0301}a", "a\u{200D}%@",
                        "1_%@", "a%@\u{0301}b. C", "(%@) x", " %@ "]
        for block in BreakClasses.repertoire {
            for codePoint in block {
                let character = String(Unicode.Scalar(UInt32(codePoint))!)
                for context in contexts {
                    try oracle.check(Array(context.replacingOccurrences(of: "%@", with: character).utf16))
                }
            }
        }
        #expect(oracle.inRepertoire == oracle.compared)
    }

    @Test func outsideTheRepertoireIsLeftToICU() {
        for text in ["α", "中文", "😀", "a\u{FEFF}b", "\u{0370}", "\u{1DFF}", "\u{1F00}", "\u{20D0}", "\u{FFFD}"] {
            #expect(SegmentScanner.classes(Array(text.utf16)) == nil, "\(text)")
        }
        for text in ["", "Đảng bộ có 5.971 đảng viên.", "\u{036F}\u{1E00}\u{1EFF}\u{2000}\u{20CF}\u{00FF}\u{024F}"] {
            #expect(SegmentScanner.classes(Array(text.utf16)) != nil, "\(text)")
        }
        // Lone surrogates too.
        #expect(SegmentScanner.classes([0x61, 0xD800]) == nil)
        #expect(SegmentScanner.classes([0xDC00]) == nil)
    }

    /// What ICU's rules do that a reading of UAX #29 alone would not predict, pinned down.
    @Test func icuRuleDetails() throws {
        func words(_ text: String) -> [String] {
            let units = Array(text.utf16)
            var start = 0
            return SegmentScanner.wordBoundaries(SegmentScanner.classes(units)!).map { boundary in
                defer { start = boundary.offset }
                return String(decoding: units[start..<boundary.offset], as: UTF16.self) + "/\(boundary.status)"
            }
        }
        #expect(words("a:b") == ["a/200", ":/0", "b/200"])                   // ':' is not MidLetter
        #expect(words("x@y.vn") == ["x@y.vn/200"])                           // '@' is a letter
        #expect(words("a1 1a") == ["a1/100", " /0", "1a/200"])               // the last character decides
        #expect(words("1_ a_ _ __") == ["1_/100", " /0", "a_/200", " /0", "_/0", " /0", "__/200"])
        #expect(words("1_\u{0301}") == ["1_\u{0301}/0"])                     // Extend after ExtendNumLet
        #expect(words("5.971 96,9 1;2") == ["5.971/100", " /0", "96,9/100", " /0", "1;2/100"])
        #expect(words("a\u{200D}©") == ["a\u{200D}©/0"])                     // WB3c
        #expect(words("  \u{0301} ") == ["  \u{0301}/0", " /0"])            // WB3d before WB4
    }
}

import Foundation
import Testing
@testable import SoLieu

/// The hand-written fast paths of the text stage agree with the Unicode services they stand in
/// for, over every code point they claim to handle.
struct FastPathTests {
    @Test func simpleLowercaseAgreesWithICU() throws {
        var checked = 0
        for v in UInt32(0)...0x1FFF {
            guard let fast = FoldedKey.simpleLowercase(v), let scalar = Unicode.Scalar(v) else { continue }
            let icu = try ICUText.lowercase(Array(String(scalar).utf16))
            #expect(icu == Array(String(Unicode.Scalar(fast)!).utf16), "U+\(String(v, radix: 16))")
            checked += 1
        }
        #expect(checked == 578)  // every code point `simpleLowercase` claims
    }

    /// `ToneLetters` is ICU's canonical decomposition of the Latin blocks, written out: derived
    /// here again from NFD and NFC, entry by entry.
    @Test func toneLettersAgreeWithICU() throws {
        let marks: [UInt16: UInt8] = [0x300: 1, 0x301: 2, 0x309: 3, 0x303: 4, 0x323: 5]
        var derived: [(letter: UInt32, base: UInt32, tone: UInt8)] = []
        for v in Array(UInt32(0xC0)...0x24F) + Array(UInt32(0x1E00)...0x1EFF) {
            var tone: UInt8 = 0
            var rest: [UInt16] = []
            for unit in try ICUText.nfd([UInt16(v)]) {
                if let t = marks[unit] { tone = t } else { rest.append(unit) }
            }
            guard tone != 0 else { continue }
            let recomposed = try ICUText.nfc(rest)
            guard recomposed.count == 1 else { continue }
            derived.append((v, UInt32(recomposed[0]), tone))
        }
        #expect(derived.count == ToneLetters.all.count)
        for (a, b) in zip(derived, ToneLetters.all) {
            #expect(a.letter == b.letter && a.base == b.base && a.tone == b.tone, "U+\(String(a.letter, radix: 16))")
        }
        #expect(FoldedKey.fold("Hoà") == FoldedKey.fold("hòa"))
        #expect(FoldedKey.fold("đảng") == "ddang3")
    }

    /// `PhraseKeys.lowerLetter` answers from `simpleLowercase` where it can: the same as the
    /// Unicode properties over both Latin blocks.
    @Test func lowerLetterAgreesWithUnicodeProperties() {
        for v in Array(UInt32(0xC0)...0x24F) + Array(UInt32(0x1E00)...0x1EFF) {
            guard v != 0xD0, v != 0xF0, let s = Unicode.Scalar(v) else { continue }
            var expected: Unicode.Scalar?
            if s.properties.isAlphabetic {
                let lower = s.properties.lowercaseMapping.unicodeScalars
                expected = lower.count == 1 ? lower.first : nil
            }
            #expect(PhraseKeys.lowerLetter(s) == expected, "U+\(String(v, radix: 16))")
        }
    }

    /// `Normalizer` decodes UTF-8 by hand: over random texts of one- to four-byte scalars that it
    /// keeps as they are, its output is ICU's NFC of the text.
    @Test func normalizerDecodesEveryUTF8Length() throws {
        let pools: [ClosedRange<UInt32>] = [0x41...0x7A, 0xC0...0xCF, 0x1EA0...0x1EF9, 0x300...0x323, 0x4E00...0x4E80,
                                            0x1F600...0x1F64F, 0x10400...0x1044F]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                let pool = pools.randomElement(using: &generator)!
                if let s = Unicode.Scalar(UInt32.random(in: pool, using: &generator)) {
                    scalars.append(s)
                }
            }
            let text = String(scalars)
            let expected = String(decoding: try ICUText.nfc(Array(text.utf16)), as: UTF16.self)
            #expect(try Normalizer.normalize(text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func scalarClassesAgreeWithUnicodeProperties() {
        for v in UInt32(0)...0x1FFF {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(s.isWhitespace == s.properties.isWhitespace, "U+\(String(v, radix: 16))")
            #expect(s.isUppercaseLetter == s.properties.isUppercase, "U+\(String(v, radix: 16))")
            if v >= 0x80 || (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A {
                #expect(s.isLetter == s.properties.isAlphabetic, "U+\(String(v, radix: 16))")
            }
        }
    }

    @Test func numericTestAgreesWithUnicodeProperties() {
        for v in UInt32(0)...0x1FFF {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(Analyzer.isNumeric(s) == (s.properties.numericType != nil), "U+\(String(v, radix: 16))")
        }
    }

    @Test func foldedKeysOfTextMatchTheAnalyzer() throws {
        let text = "ĐẢNG Bộ Phường Hòa Thuận ỦY BAN Ơn Ưu Trường ĐẠI HỌC Ấp İstanbul ß Ǆ"
        let analysis = try Analyzer(abbreviations: []).analyze(try Normalizer.normalize(text))
        for index in analysis.contentTokens {
            let token = analysis.tokens[index]
            #expect(FoldedKey.fold(analysis.text(of: token)) == token.key)
            #expect(FoldedKey.hash(token.key) == token.keyHash)
        }
    }
}

extension FastPathTests {
    @Test func utf16TranscodingMatchesTheStandardLibrary() {
        let samples: [[UInt16]] = [
            Array("Đảng bộ xã Hòa Thuận có 1.234 đảng viên 😀 – “trích dẫn” ﻿".utf16),
            [0x41, 0xD800, 0x42],        // a lone lead surrogate
            [0xDC00, 0x41],              // a lone trail surrogate
            [0xD83D],                    // a lead surrogate at the end
            [0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0xD7FF, 0xE000],
            [],
        ]
        for units in samples {
            #expect(UTF16Text.string(units) == String(decoding: units, as: UTF16.self))
            #expect(Array(UTF16Text.string(units).utf8) == Array(String(decoding: units, as: UTF16.self).utf8))
        }
    }
}

extension FastPathTests {
    @Test func firstOffsetFindsTheFirstOccurrence() {
        func offset(_ needle: String, _ text: String) -> Int? {
            Extractor.firstOffset(of: Array(needle.unicodeScalars), in: Array(text.unicodeScalars))
        }
        #expect(offset("Sông Công", "Đảng bộ TP. Sông Công có Sông Công") == 12)
        #expect(offset("aab", "aaaab") == 2)
        #expect(offset("abab", "abacababab") == 4)
        #expect(offset("", "x") == 0)
        #expect(offset("xyz", "xy") == nil)
        #expect(offset("ba", "aaaa") == nil)
        // Near misses all along (a naive search would compare ~2.5·10^9 scalars here; the work
        // counter of LinearityTests checks the growth).
        let text = String(repeating: "a", count: 100_000)
        #expect(offset(String(repeating: "a", count: 50_000) + "b", text) == nil)
    }
}

extension FastPathTests {
    /// Random texts of words, spaces (single, doubled, leading, trailing) and Vietnamese letters.
    private static func randomTexts(count: Int) -> [String] {
        let pieces = ["Đảng", "bộ", "ủy", "Uỷ", "chi", "Chi", "cơ", "sở", "Công", "ty", "Hòa", "Thuận",
                      "ĐẢNG", "a", "1.234", "(THADS)", "–", "x"]
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                text += String(repeating: " ", count: Int.random(in: 0...2, using: &generator))
                text += pieces.randomElement(using: &generator)!
            }
            return text + String(repeating: " ", count: Int.random(in: 0...1, using: &generator))
        }
    }

    @Test func byteSplitWordsMatchCharacterSplit() {
        for text in Self.randomTexts(count: 3000) {
            #expect(text.spaceSeparatedWords == text.split(separator: " "), "\(text)")
            #expect(text.spaceSeparatedWordCount == text.split(separator: " ").count, "\(text)")
            let inner = text.dropFirst()
            #expect(inner.spaceSeparatedWords == inner.split(separator: " "), "\(text)")
        }
    }

    /// `FoldedKey.words` folds the text whole and drops leading words without splitting it: the
    /// same as folding word by word.
    @Test func foldedWordsMatchFoldingWordByWord() {
        let leading = Set(["đảng", "bộ", "ủy", "chi"].map(FoldedKey.fold))
        for text in Self.randomTexts(count: 3000) {
            for keepingOne in [false, true] {
                var words = text.split(separator: " ").map { FoldedKey.fold(String($0)) }[...]
                while let first = words.first, leading.contains(first), !keepingOne || words.count > 1 { words = words.dropFirst() }
                #expect(FoldedKey.words(of: text, droppingLeading: leading, keepingOne: keepingOne)
                        == words.joined(separator: " "), "\(text) \(keepingOne)")
            }
        }
    }
}

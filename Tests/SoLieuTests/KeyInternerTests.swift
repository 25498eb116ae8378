import Foundation
import Testing
@testable import SoLieu

/// Interned keys are the strings of their bytes, whatever falls in the same slot.
struct KeyInternerTests {
    @Test func internedStringsAreTheStringsOfTheirBytes() {
        let interner = KeyInterner(slotBits: 1)  // two slots: almost every key collides
        let keys = ["ddang3", "vie^n", ".", ",", "\0", "\0\0", "a", "ab", "abcdefgh", "abcdefghi", "abcdefghij",
                    "abcdefghijklmnop", "abcdefghijklmnoq", "abcdefghijklmnopq", "abcdefghijklmnopqrstuvwxyz",
                    "“", "”", "5.971", "96,9", "ngu+o+i1", "x\0", "\0x"]
        var rng = SeededGenerator(seed: 5)
        for _ in 0..<5_000 {
            let key = keys.randomElement(using: &rng)!
            let bytes = Array(key.utf8)
            // The real hash, and a hash shared by all keys (every lookup then rests on the bytes).
            bytes.withUnsafeBufferPointer {
                let interned = interner.key($0)
                #expect(interned.key == key && interned.hash == FoldedKey.hash(bytes: bytes))
                #expect(interner.string($0, hash: 42) == key)
            }
        }
    }

    @Test func tokenKeysAreTheirFoldedText() throws {
        let analyzer = try Analyzer(abbreviations: [])
        // Long tokens too: their keys outgrow the analyser's first key buffer.
        let long = [String(repeating: "ả", count: 300), "a" + String(repeating: "\u{0301}\u{0323}", count: 200),
                    String(repeating: "7", count: 3_000), String(repeating: "_", count: 500), "x" + String(repeating: "Ư", count: 400)]
        for text in SegmentScannerTests.corpusTexts.prefix(40) + long {
            let analysis = try analyzer.analyze(try Normalizer.normalize(text))
            for token in analysis.tokens {
                let text = analysis.text(of: token)
                let expected = token.kind == .word ? FoldedKey.fold(text) : token.kind == .space ? " " : text
                #expect(token.key == expected && token.keyHash == FoldedKey.hash(expected), "\(text)")
            }
        }
    }
}

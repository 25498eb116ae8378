import Foundation
import Testing
@testable import SoLieu

/// `LexiconFile.byteRows` must read exactly what the Character-based reader reads.
struct LexiconRowsTests {
    private func same(_ a: [LexiconRow], _ b: [LexiconRow]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.fields == $1.fields && $0.line == $1.line && $0.file == $1.file }
    }

    /// A lexicon file added to `Lexicons.fileNames` but not to `BundledData` would read as empty.
    @Test func everyLexiconFileIsBundledWithItsRows() throws {
        for name in Lexicons.fileNames {
            let onDisk = try String(contentsOf: TestSupport.root.appendingPathComponent("lexicons/\(name)"), encoding: .utf8)
            #expect(String(decoding: BundledData.lexicon(name), as: UTF8.self) == onDisk, "\(name)")
            #expect(!LexiconFile.characterRows(onDisk, file: name).isEmpty, "\(name) has rows")
        }
    }

    @Test func byteRowsReadEveryBundledFileLikeCharacterRows() {
        for name in Lexicons.fileNames {
            let text = String(decoding: BundledData.lexicon(name), as: UTF8.self)
            let bytes = LexiconFile.byteRows(text, file: name)
            #expect(bytes != nil, "\(name) takes the byte path")
            #expect(same(bytes ?? [], LexiconFile.characterRows(text, file: name)), "\(name)")
        }
    }

    @Test func byteRowsEdgeCases() {
        let texts = ["", "\n", "a", "a\n", "# c\n\n  \t \n", " \u{00A0}x\u{00A0} \t y \t\u{00A0}\n", "\t\t\n",
                     "a\tb\tc", "  # not data\n#\n", "x\u{00A0}\u{00A0}\n\u{00A0}", "đảng viên\tother\tthing – …\n",
                     "\u{00A0}#\tz", "a\u{00A0}b\tc d",
                     // The ends of the ranges read from bytes.
                     "\u{024F}\t\u{1E00}", "\u{1EFF}\u{2010}\u{2027}\u{007F}", "\u{2200}\t\u{22FF}"]
        for text in texts {
            let bytes = LexiconFile.byteRows(text, file: "t.tsv")
            #expect(bytes != nil, "\(text.debugDescription)")
            #expect(same(bytes ?? [], LexiconFile.characterRows(text, file: "t.tsv")), "\(text.debugDescription)")
        }
        // A CR, or a scalar that may join its neighbour into one Character, takes the Character path.
        for text in ["a\r\nb", " \u{0301}x", "#\u{200D}", "x\u{1F600}",
                     "\u{009F}", "\u{0250}", "\u{1DFF}", "\u{1F00}", "\u{200F}", "\u{2028}"] {
            #expect(LexiconFile.byteRows(text, file: "t.tsv") == nil, "\(text.debugDescription)")
        }
    }
}

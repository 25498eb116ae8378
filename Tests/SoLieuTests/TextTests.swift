import Foundation
import Testing
@testable import SoLieu

struct TextTests {
    @Test func normalizerCleansInvisiblesAndSpaces() throws {
        let raw = "Đảng\u{00A0}bộ  TP.\u{200B} Sông\u{00AD}Công\r\ncó 5.971\u{FEFF} đảng viên  \n"
        #expect(try Normalizer.normalize(raw) == "Đảng bộ TP. SôngCông\ncó 5.971 đảng viên\n")
    }

    @Test func normalizerComposesNFD() throws {
        let nfd = "Đảng viên".decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > "Đảng viên".unicodeScalars.count)
        let out = try Normalizer.normalize(nfd)
        #expect(out == "Đảng viên")
        #expect(out.unicodeScalars.count == 9)
    }

    @Test func normalizerMapsEthToDStroke() throws {
        #expect(try Normalizer.normalize("\u{00D0}ảng") == "Đảng")
    }

    @Test func foldedKeysJoinToneMarkPlacements() {
        #expect(FoldedKey.fold("hoà") == FoldedKey.fold("hòa"))
        #expect(FoldedKey.fold("HOÀ") == FoldedKey.fold("hòa"))
        #expect(FoldedKey.fold("thuỷ") == FoldedKey.fold("thủy"))
        #expect(FoldedKey.fold("đảng") != FoldedKey.fold("dang"))
        #expect(FoldedKey.fold("đảng") == "ddang3")
        #expect(FoldedKey.fold("người") == "ngu+o+i1")
    }

    @Test(arguments: [
        "Đảng bộ TP. Sông Công có 5.971 đảng viên; 96,9% đạt chuẩn.",
        "Chỉ thị số 28-CT/TW, ngày 21/01/2019 (trích) — “kết nạp” 😀 𝕏 ⅩⅡ",
        "",
        "   \n\n  ",
        "a\u{0301}\u{0323} tổ hợp lạ",
    ])
    func tokensAreLosslessWithCodePointOffsets(_ text: String) throws {
        let analysis = try Analyzer(abbreviations: ["tp"]).analyze(text)
        var rejoined = ""
        var expectedStart = 0
        for t in analysis.tokens {
            #expect(t.start == expectedStart)
            rejoined += analysis.text(of: t)
            expectedStart = t.end
        }
        #expect(rejoined == text)
        #expect(expectedStart == text.unicodeScalars.count)
    }

    @Test func numberTokensKeepGroupingAndDecimals() throws {
        let analysis = try Analyzer(abbreviations: []).analyze("có 5.971 và 96,9 và 1.461.701")
        let numbers = analysis.tokens.filter { $0.kind == .number }.map { analysis.text(of: $0) }
        #expect(numbers == ["5.971", "96,9", "1.461.701"])
    }

    @Test func sentencesDoNotSplitAfterListedAbbreviations() throws {
        let lexicons = try Lexicons.bundled()
        let text = "Đảng bộ TP. Sông Công có 35 chi bộ. ThS. Nguyễn Văn A cho biết. Hết."
        let analysis = try Analyzer(abbreviations: lexicons.abbreviations).analyze(text)
        let sentences = analysis.sentences.map { analysis.slice($0.lowerBound, $0.upperBound).trimmingCharacters(in: .whitespaces) }
        #expect(sentences == ["Đảng bộ TP. Sông Công có 35 chi bộ.", "ThS. Nguyễn Văn A cho biết.", "Hết."])
    }

    @Test func lexiconErrorsNameFileAndLine() {
        #expect(throws: LexiconError.self) {
            _ = try Lexicons(texts: ["qualifiers.tsv": "# header\ngần\tsomewhat\tbefore\n"])
        }
        do {
            _ = try Lexicons(texts: ["units.tsv": "\nđảng viên\tparty_members.bogus\tperson\n"])
            Issue.record("expected an error")
        } catch let error as LexiconError {
            #expect(error.file == "units.tsv")
            #expect(error.line == 2)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}

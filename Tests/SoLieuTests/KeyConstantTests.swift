import Testing
@testable import SoLieu

/// Key constants and key sets, tested by hash, answer as comparing the keys as strings does; a
/// `PositionIndex` answers as a dictionary by position does.
struct KeyConstantTests {
    /// Word and punctuation constants, and keys no token has.
    static let constants: [KeyConstant] = [
        Keys.nam, Keys.tu, Keys.den, Keys.da, Keys.la, Keys.co, Keys.va, Keys.trong, Keys.donVi[0], Keys.comma,
        Keys.semicolon, Keys.colon, Keys.fullStop, Keys.slash, Keys.hyphen, Keys.enDash, Keys.openingBracket,
        Keys.closingBracket, Keys.percentSign, Keys.lineBreak, KeyConstant(key: ""), KeyConstant(key: "no such key"),
    ]

    @Test func constantsAndSetsMatchTokensAsTheirKeysCompare() throws {
        let lexicons = try Lexicons.bundled()
        let analyzer = try Analyzer(abbreviations: lexicons.abbreviations)
        let members = [Keys.nam, Keys.comma, Keys.enDash, Keys.va]
        let set: KeySet = [Keys.nam, Keys.comma, Keys.enDash, Keys.va]
        for text in SegmentScannerTests.corpusTexts.prefix(60) {
            let analysis = try analyzer.analyze(try Normalizer.normalize(text))
            let context = FactContext(analysis: analysis, lexicons: lexicons)
            let count = analysis.contentTokens.count
            for p in -1...count {
                let key: String? = p >= 0 && p < count ? analysis.tokens[analysis.contentTokens[p]].key : nil
                for constant in Self.constants {
                    #expect(analysis.keyIs(p, constant) == (key == constant.key))
                    #expect(context.keyIs(p, constant) == (key == constant.key))
                }
                #expect(analysis.keyIs(p, oneOf: set) == members.contains { $0.key == key })
                #expect(context.isClauseBreakOrComma(p) == (context.isClauseBreak(p) || key == ","))
            }
        }
    }

    @Test func foldedConstantsMatchTheirWordsAsWritten() throws {
        #expect(Keys.nam.key == FoldedKey.fold("năm") && Keys.nam.hash == FoldedKey.hash(Keys.nam.key))
        #expect(Keys.comma.key == "," && Keys.comma.hash == FoldedKey.hash(","))
        let analysis = try Analyzer(abbreviations: []).analyze("Năm NĂM năm nam nằm, đơn vị")
        let tests = analysis.contentTokens.map { analysis.tokens[$0] }.map {
            [$0.hasKey(Keys.nam), $0.hasKey(Keys.comma), $0.hasKey(Keys.donVi[0])]
        }
        #expect(tests == [[true, false, false], [true, false, false], [true, false, false], [false, false, false],
                          [false, false, false], [false, true, false], [false, false, true], [false, false, false]])
    }

    @Test func positionIndexAnswersAsADictionary() {
        var rng = SeededGenerator(seed: 11)
        var index = PositionIndex(count: 50)
        var dictionary: [Int: Int] = [:]
        for _ in 0..<2_000 {
            let position = Int.random(in: 0..<50, using: &rng)
            let value = Bool.random(using: &rng) ? Int.random(in: 0..<1_000, using: &rng) : nil
            index[position] = value
            dictionary[position] = value
        }
        for position in -3..<55 { #expect(index[position] == dictionary[position]) }
        #expect(PositionIndex(count: 0)[0] == nil)
    }
}

import Testing
@testable import SoLieu

/// The class table is ICU's property values, with the root word rules' two changes.
struct BreakClassTests {
    /// The row characters of `BreakClasses` for `codePoint`, from ICU's properties.
    static func codes(of codePoint: UInt32) -> (word: Character, sentence: Character) {
        var word: Character
        switch ICUText.wordBreak(codePoint) {
        case "CR": word = "R"
        case "LF": word = "L"
        case "Newline": word = "N"
        case "Extend", "Format": word = "e"
        case "ZWJ": word = "z"
        case "ALetter": word = "a"
        case "MidLetter": word = ":"
        case "MidNum": word = ","
        case "MidNumLet", "Single_Quote": word = "."
        case "Numeric": word = "0"
        case "ExtendNumLet": word = "_"
        case "WSegSpace": word = "s"
        case "Other", "Double_Quote": word = ICUText.isExtendedPictographic(codePoint) ? "p" : "o"
        default: word = "?"  // a class the scanner does not know (Hebrew_Letter, Katakana, …)
        }
        if codePoint == 0x40 { word = "a" }  // $ALetter = [\p{Word_Break=ALetter}@]
        if codePoint == 0x3A { word = "o" }  // $MidLetter = [\p{Word_Break=MidLetter}-[\:\uFE55\uFF1A]]
        if word != "o" && word != "p" && ICUText.isExtendedPictographic(codePoint) { word = "?" }
        let sentence: Character
        switch ICUText.sentenceBreak(codePoint) {
        case "Other": sentence = "o"
        case "CR": sentence = "R"
        case "LF": sentence = "L"
        case "Sep": sentence = "P"
        case "Extend", "Format": sentence = "e"
        case "Sp": sentence = "s"
        case "Lower": sentence = "l"
        case "Upper": sentence = "u"
        case "OLetter": sentence = "a"
        case "Numeric": sentence = "0"
        case "ATerm": sentence = "."
        case "SContinue": sentence = ","
        case "STerm": sentence = "!"
        case "Close": sentence = ")"
        default: sentence = "?"
        }
        return (word, sentence)
    }

    @Test func rowsAreICUPropertyValues() {
        var wordRows: [String] = []
        var sentenceRows: [String] = []
        for block in BreakClasses.repertoire {
            for rowStart in stride(from: block.lowerBound, to: block.upperBound, by: 64) {
                let row = (rowStart..<min(rowStart + 64, block.upperBound)).map { Self.codes(of: UInt32($0)) }
                wordRows.append(String(row.map(\.word)))
                sentenceRows.append(String(row.map(\.sentence)))
            }
        }
        // On a difference (another ICU), these are the rows to write, once the scanner handles any
        // new class ("?").
        let printed = { (rows: [String]) in rows.map { "        \"\($0)\"," }.joined(separator: "\n") }
        #expect(wordRows == BreakClasses.wordRows, "word rows from ICU:\n\(printed(wordRows))")
        #expect(sentenceRows == BreakClasses.sentenceRows, "sentence rows from ICU:\n\(printed(sentenceRows))")
    }

    @Test func tableCoversExactlyTheRepertoire() {
        let table = BreakClasses.table
        #expect(table.count == BreakClasses.limit)
        for codePoint in 0..<BreakClasses.limit {
            let inside = BreakClasses.repertoire.contains { $0.contains(codePoint) }
            #expect((table[codePoint] != BreakClasses.outside) == inside, "U+\(String(codePoint, radix: 16))")
        }
    }
}

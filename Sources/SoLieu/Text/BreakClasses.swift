/// The Word_Break and Sentence_Break classes of the code points `SegmentScanner` handles, as the
/// root break rules of ICU 72 use them.
///
/// The repertoire is U+0000–U+036F (ASCII, Latin-1 Supplement, Latin Extended-A and -B, IPA
/// Extensions, Spacing Modifier Letters, Combining Diacritical Marks), U+1E00–U+1EFF (Latin Extended
/// Additional: the precomposed Vietnamese letters) and U+2000–U+20CF (General Punctuation,
/// Superscripts and Subscripts, Currency Symbols). Every code point of these blocks, assigned or not,
/// has its classes here; a text with any other code unit (surrogates included) is segmented by ICU.
///
/// The rows are ICU's property values (`BreakClassTests` checks every entry against ICU and prints
/// the rows again when they differ) with the two changes ICU's root word rules make: `@` is a letter
/// (`$ALetter = [\p{Word_Break=ALetter}@]`) and `:` is not MidLetter
/// (`$MidLetter = [\p{Word_Break=MidLetter}-[\:\uFE55\uFF1A]]`). Double_Quote is Other (the rules
/// use it only next to Hebrew letters), Single_Quote is MidNumLet (the rules use them alike), and
/// Extend and Format are one class (for words, ZWJ stays apart for WB3c), as every rule treats them.
enum BreakClasses {
    /// The first code point past the table.
    static let limit = 0x20D0

    /// What `table` holds for a code point outside the repertoire.
    static let outside: UInt8 = 0xFF

    /// The blocks of the repertoire, in the order of the rows below.
    static let repertoire = [0x0000..<0x0370, 0x1E00..<0x1F00, 0x2000..<0x20D0]

    /// For each code point below `limit`: its word class (`WordBreak`) in the low four bits and its
    /// sentence class (`SentenceBreak`) in the high four, or `outside`.
    static let table: [UInt8] = {
        var table = [UInt8](repeating: outside, count: limit)
        let words = Array(wordRows.joined().utf8)
        let sentences = Array(sentenceRows.joined().utf8)
        precondition(words.count == sentences.count && words.count == repertoire.reduce(0) { $0 + $1.count })
        var index = 0
        for block in repertoire {
            for codePoint in block {
                table[codePoint] = WordBreak.value(ofCode: words[index]) | SentenceBreak.value(ofCode: sentences[index]) << 4
                index += 1
            }
        }
        return table
    }()

    /// The word class of each code point of `repertoire`, 64 to a row, one character each:
    /// `o` Other, `R` CR, `L` LF, `N` Newline, `e` Extend or Format, `z` ZWJ, `a` ALetter,
    /// `:` MidLetter, `,` MidNum, `.` MidNumLet or Single_Quote, `0` Numeric, `_` ExtendNumLet,
    /// `s` WSegSpace, `p` Other and Extended_Pictographic.
    static let wordRows = [
        "ooooooooooLNNRoooooooooooooooooosoooooo.oooo,o.o0000000000o,oooo",  // U+0000
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaoooo_oaaaaaaaaaaaaaaaaaaaaaaaaaaooooo",  // U+0040
        "oooooNooooooooooooooooooooooooooooooooooopaooepooooooao:ooaooooo",  // U+0080
        "aaaaaaaaaaaaaaaaaaaaaaaoaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaoaaaaaaaa",  // U+00C0
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  // U+0100
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  // U+0140
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  // U+0180
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  // U+01C0
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  // U+0200
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  // U+0240
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  // U+0280
        "aaaaaaaaaaaaaaaaaaaaaaaaooooooaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  // U+02C0
        "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",  // U+0300
        "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",  // U+0340
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  // U+1E00
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  // U+1E40
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  // U+1E80
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  // U+1EC0
        "sssssssosssoezeeoooooooo..oooooooooo.oo:NNeeeee_oooooooooooopoo_",  // U+2000
        "_ooo,oooopoooooooooo_ooooooooooseeeeeoeeeeeeeeeeoaoooooooooooooa",  // U+2040
        "ooooooooooooooooaaaaaaaaaaaaaooooooooooooooooooooooooooooooooooo",  // U+2080
        "oooooooooooooooo",  // U+20C0
    ]

    /// The sentence class of each code point of `repertoire`, as `wordRows`: `o` Other, `R` CR,
    /// `L` LF, `P` Sep, `e` Extend or Format, `s` Sp, `l` Lower, `u` Upper, `a` OLetter, `0` Numeric,
    /// `.` ATerm, `,` SContinue, `!` STerm, `)` Close.
    static let sentenceRows = [
        "ooooooooosLssRoooooooooooooooooos!)oooo)))oo,,.o0000000000,oooo!",  // U+0000
        "ouuuuuuuuuuuuuuuuuuuuuuuuuu)o)ooollllllllllllllllllllllllll)o)oo",  // U+0040
        "oooooPoooooooooooooooooooooooooosoooooooool)oeooooooolooool)oooo",  // U+0080
        "uuuuuuuuuuuuuuuuuuuuuuuouuuuuuullllllllllllllllllllllllollllllll",  // U+00C0
        "ulululululululululululululululululululululululululululullulululu",  // U+0100
        "lulululullulululululululululululululululululululululululuululull",  // U+0140
        "luululuuluuulluuuuluuluuullluuluulululuululluluuluuululuullaulll",  // U+0180
        "aaaauuluuluululululululululullulululululululululluululuuulululul",  // U+01C0
        "ulululululululululululululululululululululululululullllllluuluul",  // U+0200
        "luluuuulululululllllllllllllllllllllllllllllllllllllllllllllllll",  // U+0240
        "llllllllllllllllllllallllllllllllllllllllllllllllllllllllaaaaaaa",  // U+0280
        "llooooaaaaaaaaaaaaoooooooooooooollllloooooooaoaooooooooooooooooo",  // U+02C0
        "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",  // U+0300
        "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",  // U+0340
        "ulululululululululululululululululululululululululululululululul",  // U+1E00
        "ulululululululululululululululululululululululululululululululul",  // U+1E40
        "ulululululululululululllllllllululululululululululululululululul",  // U+1E80
        "ulululululululululululululululululululululululululululululululul",  // U+1EC0
        "ssssssssssseeeeeooo,,ooo))))))))oooo.oooPPeeeeesooooooooo))o!!oo",  // U+2000
        "ooooo))!!!oooooooooooooooooooooseeeeeoeeeeeeeeeeolooooooooooo))l",  // U+2040
        "ooooooooooooo))olllllllllllllooooooooooooooooooooooooooooooooooo",  // U+2080
        "oooooooooooooooo",  // U+20C0
    ]
}

/// The word classes of `BreakClasses.table`.
enum WordBreak {
    static let other: UInt8 = 0
    static let carriageReturn: UInt8 = 1
    static let lineFeed: UInt8 = 2
    /// Word_Break=Newline: VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
    static let newline: UInt8 = 3
    static let extendOrFormat: UInt8 = 4
    static let zeroWidthJoiner: UInt8 = 5
    /// ALetter, and `@`.
    static let letter: UInt8 = 6
    static let midLetter: UInt8 = 7
    static let midNumber: UInt8 = 8
    /// MidNumLet and Single_Quote.
    static let midNumberOrLetter: UInt8 = 9
    static let numeric: UInt8 = 10
    static let extendNumberOrLetter: UInt8 = 11
    /// WSegSpace: the horizontal spaces that stay together.
    static let segmentSpace: UInt8 = 12
    /// Other with Extended_Pictographic (©, ®, ‼, ⁉): joined to a zero width joiner before it.
    static let pictographic: UInt8 = 13

    /// The class a character of `BreakClasses.wordRows` stands for.
    static func value(ofCode code: UInt8) -> UInt8 {
        switch code {
        case UInt8(ascii: "o"): return other
        case UInt8(ascii: "R"): return carriageReturn
        case UInt8(ascii: "L"): return lineFeed
        case UInt8(ascii: "N"): return newline
        case UInt8(ascii: "e"): return extendOrFormat
        case UInt8(ascii: "z"): return zeroWidthJoiner
        case UInt8(ascii: "a"): return letter
        case UInt8(ascii: ":"): return midLetter
        case UInt8(ascii: ","): return midNumber
        case UInt8(ascii: "."): return midNumberOrLetter
        case UInt8(ascii: "0"): return numeric
        case UInt8(ascii: "_"): return extendNumberOrLetter
        case UInt8(ascii: "s"): return segmentSpace
        case UInt8(ascii: "p"): return pictographic
        default: preconditionFailure("unknown word class code \(code)")
        }
    }
}

/// The sentence classes of `BreakClasses.table`.
enum SentenceBreak {
    static let other: UInt8 = 0
    static let carriageReturn: UInt8 = 1
    static let lineFeed: UInt8 = 2
    /// Sep: NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
    static let separator: UInt8 = 3
    static let extendOrFormat: UInt8 = 4
    /// Sp: spaces, tab, VT, FF, no-break spaces.
    static let space: UInt8 = 5
    static let lower: UInt8 = 6
    static let upper: UInt8 = 7
    static let otherLetter: UInt8 = 8
    static let numeric: UInt8 = 9
    /// ATerm: `.` and ONE DOT LEADER.
    static let aTerm: UInt8 = 10
    /// SContinue: `,`, `-`, `:`, en and em dashes.
    static let sContinue: UInt8 = 11
    /// STerm: `!`, `?`, `‼`, `‽`, `⁇`, `⁈`, `⁉`.
    static let sTerm: UInt8 = 12
    /// Close: quotes and brackets.
    static let close: UInt8 = 13

    /// The class a character of `BreakClasses.sentenceRows` stands for.
    static func value(ofCode code: UInt8) -> UInt8 {
        switch code {
        case UInt8(ascii: "o"): return other
        case UInt8(ascii: "R"): return carriageReturn
        case UInt8(ascii: "L"): return lineFeed
        case UInt8(ascii: "P"): return separator
        case UInt8(ascii: "e"): return extendOrFormat
        case UInt8(ascii: "s"): return space
        case UInt8(ascii: "l"): return lower
        case UInt8(ascii: "u"): return upper
        case UInt8(ascii: "a"): return otherLetter
        case UInt8(ascii: "0"): return numeric
        case UInt8(ascii: "."): return aTerm
        case UInt8(ascii: ","): return sContinue
        case UInt8(ascii: "!"): return sTerm
        case UInt8(ascii: ")"): return close
        default: preconditionFailure("unknown sentence class code \(code)")
        }
    }
}

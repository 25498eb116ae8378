/// The folded keys of a lexicon phrase, computed without ICU for the phrases made of plain
/// pieces, so that compiling the lexicons at start-up opens no break iterator.
///
/// For such a phrase the keys are exactly those of `Analyzer` + `FoldedKey` over the phrase as
/// `Normalizer` leaves it (the test `phraseKeysMatchTheAnalyzer` compares both over every bundled
/// lexicon line and over every letter handled here). A phrase with anything else gives `nil`, and
/// the caller then asks the `Analyzer`.
///
/// Handled, separated by plain spaces:
/// - letters: ASCII letters and the alphabetic precomposed Latin letters (Latin-1, Extended-A/B and
///   Extended Additional, which hold every Vietnamese letter), whose lower case is one letter. A run
///   of them is one word token (Unicode word-break rule WB5), already in NFC;
/// - ASCII digits inside a run, when the whole run is lower-case ASCII letters and digits: its key
///   is then its text whether the word breaker calls it a word or a number (`m2`);
/// - `(`, `)`, `-` and `/` ("đ/c"), each a token of its own (WB999), anywhere; so are the superscript digits
///   `²` and `³` (`m²`), which the word breaker does not join to letters, and the signs of a hedge
///   (`~`, `<`, `>`, `≈`, `≤`, `≥`);
/// - `,`, `.` and `:`, each a token of its own, when no letter or digit follows them before the next
///   space (`TP.`, `cán bộ, đảng viên`, `kế hoạch:`; `T.Ư`, `1.000` and `a:b` are single words and
///   are left to ICU).
enum PhraseKeys {
    /// Signs that hedge a figure, each a token of its own: ~ < > ≈ ≤ ≥.
    static let hedgeSigns: Set<UInt32> = [0x7E, 0x3C, 0x3E, 0x2248, 0x2264, 0x2265]

    /// The keys of `phrase`'s non-space tokens, or `nil` when the phrase holds something not handled.
    static func keys(_ phrase: String) -> [String]? {
        var keys: [String] = []
        keys.reserveCapacity(4)
        var run: [Unicode.Scalar] = []  // the current run of letters and digits, lower-cased
        run.reserveCapacity(16)
        var runHasDigit = false
        var runIsLowerASCII = true
        var afterStop = false  // a "." or "," was seen since the last space

        func endRun() -> Bool {
            defer { run.removeAll(keepingCapacity: true); runHasDigit = false; runIsLowerASCII = true }
            guard !run.isEmpty else { return true }
            if runHasDigit && !runIsLowerASCII { return false }  // word or number: ICU's rule status decides
            keys.append(FoldedKey.fold(lowercased: run))
            return true
        }

        for s in phrase.unicodeScalars {
            let v = s.value
            if v == 0x20 {
                guard endRun() else { return nil }
                afterStop = false
            } else if v >= 0x30 && v <= 0x39 {
                if afterStop { return nil }
                run.append(s)
                runHasDigit = true
            } else if let lower = lowerLetter(s) {
                if afterStop { return nil }
                if !(v >= 0x61 && v <= 0x7A) { runIsLowerASCII = false }
                run.append(lower)
            } else if v == 0xB2 || v == 0xB3 {  // "m²", "m³": ICU breaks around a superscript digit
                guard !afterStop, endRun() else { return nil }
                keys.append(String(s))
            } else if v == 0x28 || v == 0x29 || v == 0x2D || v == 0x2F || v == 0x2C || v == 0x2E || v == 0x3A  // ( ) - / , . :
                        || Self.hedgeSigns.contains(v) {
                guard endRun() else { return nil }
                keys.append(String(s))
                if v == 0x2C || v == 0x2E || v == 0x3A { afterStop = true }
            } else {
                return nil
            }
        }
        guard endRun() else { return nil }
        return keys
    }

    /// The lower case of a letter handled by `keys`, or `nil` for any other scalar.
    ///
    /// `Ð`/`ð` (U+00D0/U+00F0) are left out: `Normalizer` turns them into `Đ`/`đ`.
    static func lowerLetter(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        if v < 0x80 {
            if v >= 0x61 && v <= 0x7A { return s }
            if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(UInt8(v + 0x20)) }
            return nil
        }
        guard (v >= 0xC0 && v <= 0x24F) || (v >= 0x1E00 && v <= 0x1EFF), v != 0xD0, v != 0xF0 else { return nil }
        // Every Vietnamese letter is one `FoldedKey.simpleLowercase` knows: no property lookup
        // (`×` and `÷` are the blocks' only non-letters it maps).
        if v != 0xD7 && v != 0xF7, let lower = FoldedKey.simpleLowercase(v) { return Unicode.Scalar(lower) }
        let properties = s.properties
        guard properties.isAlphabetic else { return nil }
        if !properties.changesWhenLowercased { return s }
        let lower = properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1 else { return nil }
        return lower.first
    }
}

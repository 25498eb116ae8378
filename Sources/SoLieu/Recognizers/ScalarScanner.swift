/// Small helpers for scanning the normalised text scalar by scalar.
extension Unicode.Scalar {
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    var asciiDigitValue: Int { Int(value) - 0x30 }
    var isLetter: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if value >= 0x1EA0 && value <= 0x1EF9 { return true }  // Vietnamese letters with tone marks
        if value >= 0xC0 && value <= 0x24F { return value != 0xD7 && value != 0xF7 }  // Latin-1, Extended-A, -B: "ư", "đ"
        return properties.isAlphabetic
    }
    /// `properties.isWhitespace`, without a table lookup for ASCII.
    var isWhitespace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }
    /// `properties.isUppercase`, without a table lookup for ASCII and Vietnamese toned letters
    /// (U+1EA0–U+1EF9 come in pairs, upper case first), nor for the other code points whose lower
    /// case `FoldedKey.simpleLowercase` knows (upper case exactly when it differs).
    var isUppercaseLetter: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        if value >= 0x1EA0 && value <= 0x1EF9 { return value & 1 == 0 }
        if let lower = FoldedKey.simpleLowercase(value) { return lower != value }
        return properties.isUppercase
    }
    var isInlineSpace: Bool { value == 0x20 }
}

/// Reads a run of ASCII digits starting at `i`: its value and the offset after it.
func readDigits(_ s: [Unicode.Scalar], _ i: Int, maxCount: Int = 9) -> (value: Int, count: Int, end: Int)? {
    var j = i, v = 0
    while j < s.count && s[j].isASCIIDigit && j - i < maxCount + 1 {
        WorkCounter.tick()
        v = v * 10 + s[j].asciiDigitValue
        j += 1
    }
    guard j > i, j - i <= maxCount else { return nil }
    return (v, j - i, j)
}

/// Skips up to `limit` spaces from `i`.
func skipSpaces(_ s: [Unicode.Scalar], _ i: Int, limit: Int = 3) -> Int {
    var j = i
    while j < s.count && s[j].isInlineSpace && j - i < limit { WorkCounter.tick(); j += 1 }
    return j
}


/// Whether the scalars at `i` spell one of `words` (exact scalars, any listed casing) and end there;
/// returns the offset after the word.
func readExactWord(_ s: [Unicode.Scalar], _ i: Int, _ words: [[Unicode.Scalar]]) -> Int? {
    for w in words where i + w.count <= s.count {
        var k = 0
        while k < w.count && s[i + k] == w[k] { WorkCounter.tick(); k += 1 }
        if k == w.count && !(i + k < s.count && s[i + k].isLetter) { return i + k }
    }
    return nil
}

/// The casings of a word as they occur in text: lower, capitalised and upper case.
func casings(_ word: String) -> [[Unicode.Scalar]] {
    [word, word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()].map { Array($0.unicodeScalars) }
}

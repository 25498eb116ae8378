/// Small helpers for scanning the normalised text scalar by scalar.
extension Unicode.Scalar {
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    var asciiDigitValue: Int { Int(value) - 0x30 }
    var isLetter: Bool { properties.isAlphabetic }
    var isInlineSpace: Bool { value == 0x20 }
}

/// Reads a run of ASCII digits starting at `i`: its value and the offset after it.
func readDigits(_ s: [Unicode.Scalar], _ i: Int, maxCount: Int = 9) -> (value: Int, count: Int, end: Int)? {
    var j = i, v = 0
    while j < s.count && s[j].isASCIIDigit && j - i < maxCount + 1 {
        v = v * 10 + s[j].asciiDigitValue
        j += 1
    }
    guard j > i, j - i <= maxCount else { return nil }
    return (v, j - i, j)
}

/// Skips up to `limit` spaces from `i`.
func skipSpaces(_ s: [Unicode.Scalar], _ i: Int, limit: Int = 3) -> Int {
    var j = i
    while j < s.count && s[j].isInlineSpace && j - i < limit { j += 1 }
    return j
}

/// Whether the folded word at `i` (letters only) equals `word`; returns the offset after it.
func readWord(_ s: [Unicode.Scalar], _ i: Int, _ word: String) -> Int? {
    var j = i
    var letters = String.UnicodeScalarView()
    while j < s.count && s[j].isLetter { letters.append(s[j]); j += 1 }
    guard j > i, FoldedKey.fold(String(letters)) == word else { return nil }
    return j
}

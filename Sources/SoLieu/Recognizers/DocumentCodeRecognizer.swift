/// A document code as printed: `28-CT/TW`, `1234/QĐ-UBND`, `100/2019/NĐ-CP`, `12/2017/QH14`.
public struct DocumentCodeSpan: Sendable {
    public let start: Int, end: Int
    /// The code with spaces removed.
    public let number: String
    /// The type letters of the code (`CT`, `QĐ`, `NĐ`, `QH`), used when the text names no type.
    public let typeLetters: String?
}

/// Finds document codes in the forms of Party and State documents:
///
/// - Party: `NUMBER-TYPE/ISSUER(-UNIT)*` — `28-CT/TW`, `02-HD/BTCTWW`, `08-QĐi/TW`, `45-KH/TU`;
/// - State administrative and công văn: `NUMBER/TYPE-ISSUER` — `1234/QĐ-UBND`, `123/UBND-NC`;
/// - normative: `NUMBER/YEAR/TYPE-ISSUER` — `100/2019/NĐ-CP`, `01/2011/TTLT-BTC-BNV`;
/// - laws: `NUMBER/YEAR/QH<term>` — `12/2017/QH14`.
///
/// Spaces around the first `-` are tolerated (`28 - CT/TW`). A code must hold a `/` and a part
/// that starts with an upper-case letter; `21/01/2019` and `30-35` are not codes.
public enum DocumentCodeRecognizer {
    /// Codes in `s`, in order.
    public static func recognize(_ s: [Unicode.Scalar]) -> [DocumentCodeSpan] {
        var spans: [DocumentCodeSpan] = []
        var i = 0
        while i < s.count {
            WorkCounter.tick()
            if s[i].isASCIIDigit, i == 0 || !(s[i - 1].isASCIIDigit || s[i - 1].isLetter || s[i - 1] == "/"
                                             || s[i - 1] == "-" || s[i - 1] == "."),
               let span = code(s, i) {
                spans.append(span)
                i = span.end
            } else {
                i += 1
            }
        }
        return spans
    }

    private static func isPartScalar(_ c: Unicode.Scalar) -> Bool {
        c.isASCIIDigit || (c.isLetter && c.value < 0x2000)
    }

    private static func code(_ s: [Unicode.Scalar], _ start: Int) -> DocumentCodeSpan? {
        guard let num = readDigits(s, start, maxCount: 6) else { return nil }
        var j = skipSpaces(s, num.end, limit: 2)
        guard j < s.count, s[j] == "-" || s[j] == "/" || s[j] == "–" else { return nil }
        let firstSeparator = s[j] == "/" ? "/" : "-"
        if firstSeparator == "/" && j != num.end { return nil }  // spaces only around "-"
        j = skipSpaces(s, j + 1, limit: 2)
        if firstSeparator == "/" && j != num.end + 1 { return nil }
        // Parts as ranges of `s`; text is made only for a code found.
        var parts: [Range<Int>] = []
        var separators: [Unicode.Scalar] = [firstSeparator == "/" ? "/" : "-"]
        var end = num.end
        while true {
            let partStart = j
            while j < s.count && isPartScalar(s[j]) { WorkCounter.tick(); j += 1 }
            guard j > partStart else { break }
            let first = s[partStart]
            guard first.isASCIIDigit || first.isUppercaseLetter else { j = partStart; break }
            parts.append(partStart..<j)
            end = j
            guard j + 1 < s.count, s[j] == "/" || s[j] == "-", isPartScalar(s[j + 1]) else { break }
            separators.append(s[j])
            j += 1
        }
        separators = Array(separators.prefix(parts.count))
        guard !parts.isEmpty, separators.contains("/") else { return nil }
        guard let typeRange = parts.first(where: { r in s[r].contains { $0.isLetter } }) else { return nil }
        // Party form: the first part after "-" is the type and must be letters.
        if firstSeparator == "-" {
            guard s[parts[0].lowerBound].isLetter, parts.count >= 2, separators.count >= 2,
                  separators[1] == "/" else { return nil }
        }
        let number = String(scalars: s[start..<end].lazy.filter { !$0.isInlineSpace }.map { $0 == "–" ? "-" : $0 })
        let typeLetters = String(scalars: s[typeRange].prefix { !$0.isASCIIDigit })
        return DocumentCodeSpan(start: start, end: end, number: number, typeLetters: typeLetters.isEmpty ? nil : typeLetters)
    }
}

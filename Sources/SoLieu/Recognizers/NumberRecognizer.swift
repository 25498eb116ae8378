/// A number in the text, with its value: digits, digits with a scale word, or words.
public struct NumberSpan: Sendable {
    /// Code point range in the normalised text.
    public let start: Int, end: Int
    /// Index into `TextAnalysis.contentTokens` of the number's first token.
    public let position: Int
    /// Index into `TextAnalysis.contentTokens` of the number's last token.
    public let lastPosition: Int
    /// The value (`5.971` → 5971, `96,9` → 96.9, `1,2 nghìn` → 1200, `hai mươi lăm` → 25).
    public let value: Double
    /// Whether the number is written in words.
    public let inWords: Bool
    /// The scale word's multiplier when digits carry one (`1,2 nghìn` → 1000), else 1.
    public var scale: Double = 1
}

/// Reads numbers written with Vietnamese conventions: `.` groups thousands, `,` marks decimals.
///
/// `5.971` → 5971, `1.461.701` → 1461701, `96,9` → 96.9, `07` → 7, `1.234,5` → 1234.5, and a lone
/// dot before one or two digits as a decimal (`24.31` → 24.31). A string the grammar cannot read
/// (`1.2.3`, `12.34.567`) is no number: it is refused, never guessed.
public enum NumberParser {
    /// The value of `text`, or nil when it is not a well-formed number.
    public static func parse<S: StringProtocol>(_ text: S) -> Double? {
        // Plain digits, the common case, without building groups.
        var plain: Double = 0
        var digits = 0
        for b in text.utf8 {
            guard b >= 0x30 && b <= 0x39 else { digits = -1; break }
            plain = plain * 10 + Double(b - 0x30)
            digits += 1
        }
        if digits > 0 { return digits <= 15 ? plain : nil }
        var groups: [[UInt8]] = [[]]
        var separators: [UInt8] = []
        WorkCounter.tick(text.utf8.count)
        for b in text.utf8 {
            switch b {
            case 0x30...0x39: groups[groups.count - 1].append(b - 0x30)
            case UInt8(ascii: "."), UInt8(ascii: ","):
                separators.append(b)
                groups.append([])
            default: return nil
            }
        }
        guard groups.allSatisfy({ !$0.isEmpty }) else { return nil }
        let comma = UInt8(ascii: ",")
        let commas = separators.filter { $0 == comma }.count
        let dots = separators.count - commas
        if separators.isEmpty { return integer(groups[0]) }
        if commas == 0 {
            // Thousands grouping: 1–3 digits, then groups of exactly 3.
            if groups[0].count <= 3 && groups.dropFirst().allSatisfy({ $0.count == 3 }) {
                return integer(groups.flatMap { $0 })
            }
            // A lone dot before one or two digits: a decimal written the English way (24.31).
            if dots == 1 && groups[1].count <= 2 { return decimal(groups[0], groups[1]) }
            return nil
        }
        guard commas == 1, separators.last == comma else { return nil }
        let intGroups = groups.dropLast()
        if intGroups.count > 1 {
            guard intGroups.first!.count <= 3, intGroups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        return decimal(intGroups.flatMap { $0 }, groups.last!)
    }

    private static func integer(_ digits: [UInt8]) -> Double? {
        guard digits.count <= 15 else { return nil }
        var v: Double = 0
        for d in digits { v = v * 10 + Double(d) }
        return v
    }

    private static func decimal(_ whole: [UInt8], _ fraction: [UInt8]) -> Double? {
        guard whole.count <= 15, fraction.count <= 6 else { return nil }
        var text = whole.map { String($0) }.joined()
        text += "." + fraction.map { String($0) }.joined()
        return Double(text)
    }
}

/// Finds the numbers of a text:
///
/// - digit tokens `NumberParser` reads, joined across single spaces in groups of three (`5 971`);
/// - digits with a scale word: `1,2 nghìn` → 1200, `hơn 4,9 triệu` → 4900000 (but not when the
///   scale word opens a counted noun: `2,5 tỷ đồng` stays 2.5, the unit being `tỷ đồng`; `7,8 tỷ
///   USD` likewise);
/// - numerals in words (`NumberWordParser`), the same rule for money.
public enum NumberRecognizer {
    /// The numbers of `analysis`, in order.
    public static func recognize(_ analysis: TextAnalysis, lexicons: Lexicons) -> [NumberSpan] {
        let content = analysis.contentTokens
        func token(_ p: Int) -> Token { analysis.tokens[content[p]] }
        // "2,5 tỷ đồng", "7,8 tỷ USD": a scale word that opens a counted noun of `units.tsv` is the
        // noun's, not the number's.
        func scaleOpensUnit(_ q: Int) -> Bool { (lexicons.units.longestMatch(analysis, at: q)?.length ?? 0) >= 2 }
        var spans: [NumberSpan] = []
        var p = 0
        while p < content.count {
            WorkCounter.tick()
            // Most tokens are neither: tested by kind and key hash bit before the token is copied (a
            // copy retains its key).
            switch analysis.tokens[content[p]].kind {
            case .number: break
            case .word where lexicons.numberWordTable.mayStart(analysis.tokens[content[p]].keyHash): break
            default: p += 1; continue
            }
            let t = token(p)
            var value: Double?
            var last = p
            var inWords = false
            if t.kind == .number, let v = NumberParser.parse(t.key) {
                value = v
                // "5 971": groups of three joined by one space.
                if !t.key.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }), t.key.count <= 3,
                   p == 0 || token(p - 1).kind != .number {
                    var q = p
                    var joined = t.key
                    while q + 1 < content.count, token(q + 1).kind == .number, token(q + 1).key.count == 3,
                          token(q + 1).key.allSatisfy(\.isNumber), token(q + 1).start == token(q).end + 1,
                          analysis.scalars[token(q).end] == " " {
                        WorkCounter.tick()
                        joined += token(q + 1).key
                        q += 1
                    }
                    if q > p, let v = NumberParser.parse(joined) { value = v; last = q }
                }
            } else if t.kind == .word, lexicons.numberWord(t) != nil,
                      p == 0 || !(token(p - 1).kind == .word && lexicons.numberWord(token(p - 1)) != nil),
                      let parsed = NumberWordParser.parse(analysis, at: p, lexicons: lexicons) {
                // A lone number word right before digits is a word ("năm 2022"), not a number.
                // "không" alone is a negation, not zero.
                if !(parsed.last == p && p + 1 < content.count && token(p + 1).kind == .number), parsed.value > 0 {
                    value = parsed.value
                    last = parsed.last
                    inWords = true
                }
            }
            guard var v = value else { p += 1; continue }
            var multiplier: Double = 1
            if !inWords, last + 1 < content.count, let scale = lexicons.numberWord(token(last + 1)), scale.role == .big,
               !scaleOpensUnit(last + 1) {
                v *= scale.value
                multiplier = scale.value
                last += 1
            }
            // "hai tỷ đồng": the scale is part of the money unit; "hai triệu ba trăm nghìn đồng" is
            // a full amount (more than one scale word).
            let bigWords = inWords ? (p...last).filter { lexicons.numberWord(token($0))?.role == .big }.count : 0
            if inWords, bigWords == 1, last > p, let scale = lexicons.numberWord(token(last)), scale.role == .big,
               scaleOpensUnit(last),
               let reread = NumberWordParser.parse(analysis, at: p, lexicons: lexicons, before: last) {
                v = reread.value
                last = reread.last
            }
            var span = NumberSpan(start: t.start, end: token(last).end, position: p, lastPosition: last, value: v,
                                  inWords: inWords)
            span.scale = multiplier
            spans.append(span)
            p = last + 1
        }
        return spans
    }
}

/// A number written in digits, with its value.
public struct NumberSpan: Sendable {
    /// Code point range in the normalised text.
    public let start: Int, end: Int
    /// Index into `TextAnalysis.contentTokens` of the number's token.
    public let position: Int
    /// The value (`5.971` → 5971, `96,9` → 96.9).
    public let value: Double
}

/// Reads numbers written with Vietnamese conventions: `.` groups thousands, `,` marks decimals.
///
/// `5.971` → 5971, `1.461.701` → 1461701, `96,9` → 96.9, `07` → 7, `1.234,5` → 1234.5, and a lone
/// dot before one or two digits as a decimal (`24.31` → 24.31). A string the grammar cannot read
/// (`1.2.3`, `12.34.567`) is no number: it is refused, never guessed.
public enum NumberParser {
    /// The value of `text`, or nil when it is not a well-formed number.
    public static func parse<S: StringProtocol>(_ text: S) -> Double? {
        var groups: [[UInt8]] = [[]]
        var separators: [UInt8] = []
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
        let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
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
        _ = dot
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

/// Finds the numbers of a text: each number token whose text `NumberParser` reads.
public enum NumberRecognizer {
    /// The numbers of `analysis`, in order.
    public static func recognize(_ analysis: TextAnalysis) -> [NumberSpan] {
        var spans: [NumberSpan] = []
        for (position, index) in analysis.contentTokens.enumerated() {
            let token = analysis.tokens[index]
            guard token.kind == .number, let value = NumberParser.parse(token.key) else { continue }
            spans.append(NumberSpan(start: token.start, end: token.end, position: position, value: value))
        }
        return spans
    }
}

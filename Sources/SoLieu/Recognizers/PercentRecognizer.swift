/// A percentage: a number followed by `%` (or `phần trăm`).
public struct PercentSpan: Sendable {
    /// Code point range, from the number to the `%` sign.
    public let start: Int, end: Int
    /// The number.
    public let number: NumberSpan
    /// Index into `contentTokens` of the last token of the percentage.
    public let lastPosition: Int
    public var value: Double { number.value }
}

/// Finds percentages: `96,9%`, `70 %`, `45 phần trăm`.
public enum PercentRecognizer {
    /// Percentages among `numbers`, in order.
    public static func recognize(_ analysis: TextAnalysis, numbers: [NumberSpan]) -> [PercentSpan] {
        var spans: [PercentSpan] = []
        let content = analysis.contentTokens
        for number in numbers {
            let next = number.lastPosition + 1
            guard next < content.count else { continue }
            let token = analysis.tokens[content[next]]
            if token.hasKey(Keys.percentSign) || token.hasKey(Keys.fullwidthPercentSign) {
                spans.append(PercentSpan(start: number.start, end: token.end, number: number, lastPosition: next))
            } else if token.hasKey(Keys.phan), analysis.keyIs(next + 1, Keys.tram) {
                let last = analysis.tokens[content[next + 1]]
                spans.append(PercentSpan(start: number.start, end: last.end, number: number, lastPosition: next + 1))
            }
        }
        return spans
    }
}

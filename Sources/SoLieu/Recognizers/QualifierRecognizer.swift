/// A hedge on a figure ("gần", "hơn", "trở lên") and where it is.
public struct QualifierSpan: Sendable {
    public let start: Int, end: Int
    public let qualifier: Qualifier
}

/// Finds the qualifier of a figure: a `before` phrase of `qualifiers.tsv` ending just before the
/// number, or an `after` phrase starting at a given position after it.
public enum QualifierRecognizer {
    /// The qualifier phrase that ends right before content position `position` (none when the
    /// longest phrase there only looks like a hedge: `exact` in `qualifiers.tsv`).
    public static func before(_ analysis: TextAnalysis, position: Int, lexicons: Lexicons) -> QualifierSpan? {
        phraseEnding(at: position, in: analysis, table: lexicons.qualifiersBefore).flatMap { match in
            match.value == .exact ? nil : QualifierSpan(start: analysis.tokens[analysis.contentTokens[match.start]].start,
                          end: analysis.tokens[analysis.contentTokens[position - 1]].end, qualifier: match.value)
        }
    }

    /// The qualifier phrase that starts at content position `position`.
    public static func after(_ analysis: TextAnalysis, position: Int, lexicons: Lexicons) -> QualifierSpan? {
        guard position < analysis.contentTokens.count,
              let match = lexicons.qualifiersAfter.longestMatch(analysis, at: position) else { return nil }
        return QualifierSpan(start: analysis.tokens[analysis.contentTokens[position]].start,
                             end: analysis.tokens[analysis.contentTokens[position + match.length - 1]].end,
                             qualifier: match.value)
    }

    /// Every qualifier attached to a number in the text (for specs and debugging).
    public static func recognize(_ analysis: TextAnalysis, numbers: [NumberSpan], lexicons: Lexicons) -> [QualifierSpan] {
        var spans: [QualifierSpan] = []
        for n in numbers {
            if let q = before(analysis, position: n.position, lexicons: lexicons) { spans.append(q) }
        }
        return spans
    }
}

/// Tables whose phrases are at most this many tokens long are probed per query in `phraseEnding`;
/// longer ones are scanned once per text.
let phraseEndingProbeLimit = 8

/// The longest phrase of `table` that ends right before content position `position`.
func phraseEnding<V>(at position: Int, in analysis: TextAnalysis, table: PhraseTable<V>) -> (start: Int, value: V)? {
    WorkCounter.tick()
    guard position > 0, position <= analysis.contentTokens.count else { return nil }
    if table.maxLength <= phraseEndingProbeLimit {
        // Short phrases: try each start within reach, longest first (a bounded cost per query).
        for s in max(0, position - table.maxLength)..<position {
            WorkCounter.tick(position - s)
            if let value = table.value(analysis, at: s, length: position - s) { return (s, value) }
        }
        return nil
    }
    // Long phrases: the starts of all phrase ends of the text, found in one pass and kept.
    let start = Int(analysis.phraseEnds.starts(table, analysis)[position])
    guard start >= 0, let value = table.value(analysis, at: start, length: position - start) else { return nil }
    return (start, value)
}

/// Runs the fact rules over an analysed text: document references, percentages, training, then
/// counts (so that numbers used by one rule are not read again by the next), then merges repeats.
enum FactExtractor {
    /// - Parameter headlineEnd: code point offset where the headline (title line) ends, or 0.
    static func facts(in analysis: TextAnalysis, lexicons: Lexicons, headlineEnd: Int = 0) -> [Fact] {
        let ctx = FactContext(analysis: analysis, lexicons: lexicons)
        var facts = DocumentRefRule.apply(ctx)
        let percents = PercentRecognizer.recognize(analysis, numbers: ctx.numbers)
        facts += PercentageRule.apply(ctx, percents: percents)
        facts += TrainingRule.apply(ctx)
        facts += CountRule.apply(ctx)
        return FactMerger.merge(facts, restatementEnd: headlineEnd)
    }
}

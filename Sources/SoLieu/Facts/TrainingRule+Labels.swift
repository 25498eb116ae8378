/// Learners counted under a label that names them and their class: "- Học viên lớp bồi dưỡng nhận
/// thức về Đảng: 25", "Số học viên lớp đảng viên mới: kế hoạch 12; thực hiện 6" (a table of planned
/// and done columns reads so, `FigureTable.planRow`). Each figure is a training fact with its
/// participants and the class's topic, classes unknown; a column's name says planned or done.
extension TrainingRule {
    /// The training facts of labelled learners, their figures marked used.
    static func labelledLearners(_ ctx: FactContext) -> [Fact] {
        var facts: [Fact] = []
        for figure in ctx.figures where !ctx.used[figure.first] && !ctx.isNotFigure(figure.position) {
            // The label's colon: right before the figure, or before its column's name.
            let column = ctx.labelColumn(before: figure.first)
            guard let colon = column?.colon ?? (ctx.keyIs(figure.first - 1, Keys.colon) ? figure.first - 1 : nil),
                  figure.value == figure.value.rounded(), figure.valueMax == nil,
                  let label = learnersLabel(ctx, colon: colon) else { continue }
            // A noun of its own after the figure must be of people ("25 người"), not "3 lớp".
            if let own = ctx.unit(at: figure.last + 1), own.value.role != .person { continue }
            var fact = Fact(kind: .training, evidence: ctx.evidence(from: figure.first, to: figure.last))
            fact.figure = ctx.token(figure.first).start..<ctx.token(figure.last).end
            fact.participants = Int(figure.value)
            fact.participantUnit = label.noun
            fact.topic = label.topic
            fact.qualifier = ctx.qualifier(number: figure.first, afterUnit: nil).0
            placeInContext(&fact, ctx, at: figure.first)
            ctx.markUsed(figureAt: figure.first)
            facts.append(fact)
        }
        return facts
    }

    /// The learners' noun and the class's topic of a label ending at the colon at `colon` that
    /// opens its line with a noun of people, maybe after "Số", then a class word and its topic:
    /// "Học viên lớp bồi dưỡng nhận thức về Đảng" gives "học viên" and "bồi dưỡng nhận thức về Đảng".
    private static func learnersLabel(_ ctx: FactContext, colon: Int) -> (noun: String, topic: String?)? {
        var s = CountRule.labelStart(ctx, colon: colon)
        guard s < colon else { return nil }
        if ctx.keyIs(s, Keys.so) { s += 1 }
        guard let noun = ctx.unit(at: s), noun.value.role == .person, noun.value.family == "other",
              let classWord = ctx.unit(at: s + noun.length), classWord.value.role == .class else { return nil }
        let topicStart = s + noun.length + classWord.length
        let text = ctx.analysis.lowercasedSlice(ctx.token(s).start, ctx.token(s + noun.length - 1).end)
        return (text, topicStart < colon ? ctx.text(from: topicStart, to: colon) : nil)
    }
}

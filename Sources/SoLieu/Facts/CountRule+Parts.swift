/// Parts restated after a count past the words of a contrast, and the reach of verbs: whether a
/// verb belongs to the count before it or to a figure of its own (see `CountRule`).
extension CountRule {
    /// Words of a contrast between a count and people restated after it ("mà chỉ có", "nhưng có tới").
    static let contrastWords = KeySet(["mà", "nhưng", "chỉ", "có", "tới", "đến", "đã"].map(FoldedKey.fold))

    /// Whether only a comma and contrast words stand between the scalar offset `end` (a count's end)
    /// and the figure, at most four tokens.
    static func restatesAfterContrast(_ ctx: FactContext, figure: Figure, after end: Int) -> Bool {
        var q = figure.first - 1
        while q >= 0 && figure.first - q <= 4 && ctx.token(q).start >= end {
            guard ctx.keyIs(q, Keys.comma) || ctx.keyIs(q, oneOf: contrastWords) else { return false }
            q -= 1
        }
        return q >= 0 && q < figure.first - 1 && ctx.token(q).end == end
    }

    /// Whether the people counted before `p` (their noun's last position) are said to be of a kind
    /// ("là học sinh") or an age ("dưới 35 tuổi", "đã ngoài 60 tuổi").
    static func saysKindOrAge(_ ctx: FactContext, after p: Int) -> Bool {
        if ctx.keyIs(p + 1, Keys.la) { return true }
        var q = p + 1
        while q < ctx.positionCount && q - p <= 3 && ctx.token(q).kind == .word && ctx.sameSentence(q, p) { q += 1 }
        return q > p + 1 && q + 1 < ctx.positionCount && ctx.token(q).kind == .number && ctx.keyIs(q + 1, Keys.tuoi)
    }

    /// Whether content position `p` is inside the noun a figure counts as a party measure ("kết
    /// nạp" of "9 đối tượng kết nạp"), past its first word; a noun of other things may hold the
    /// verb of what follows ("4 cuộc giám sát tại 11 tổ chức đảng").
    static func insideCountedNoun(_ ctx: FactContext, _ p: Int) -> Bool {
        var u = p - 1
        while u >= 1 && p - u <= 4 {
            if let noun = ctx.unit(at: u), u + noun.length > p, ctx.isFigureEnd(u - 1) { return noun.value.measure != "other" }
            u -= 1
        }
        return false
    }

    /// Whether a counting figure follows a verb ending at `verbEnd`, right after it or after an
    /// auxiliary ("kết nạp được 3 giáo viên").
    static func takesOwnFigure(_ ctx: FactContext, verbEnd: Int) -> Bool {
        var q = verbEnd
        while q < ctx.positionCount && q - verbEnd < 2 && ctx.keyIs(q, oneOf: auxiliaries) { q += 1 }
        return q < ctx.positionCount && ctx.isCountingFigure(at: q)
    }
}

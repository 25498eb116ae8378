/// Finds dates with the day or the month written in words: "ngày mười hai tháng Một năm 2023",
/// "ngày mùng 2 tháng Một năm 2020", "ngày hai mươi tháng Ba năm 2024". Dates all in digits
/// ("ngày 5 tháng 3 năm 2020", "21/01/2019") are `DateRecognizer`'s. Months in words come from
/// `month_names.tsv`, days in words from `number_words.tsv`.
enum WordedDateRecognizer {
    /// The dates of `analysis` that need words read, in order, by code point offsets.
    static func recognize(_ analysis: TextAnalysis, lexicons: Lexicons) -> [DateSpan] {
        let content = analysis.contentTokens
        func token(_ p: Int) -> Token { analysis.tokens[content[p]] }
        func digits(_ p: Int, count: ClosedRange<Int>) -> Int? {
            guard p < content.count, token(p).kind == .number, count.contains(token(p).key.count) else { return nil }
            return Int(token(p).key)
        }
        var spans: [DateSpan] = []
        let ngay = Keys.ngay  // read once (see `KeyConstant`)
        var p = 0
        while p + 4 < content.count {
            guard analysis.keyIs(p, ngay) else { p += 1; continue }
            var q = p + 1
            // "mùng 2": the day in digits after "mùng" counts as a written-out date too.
            var inWords = analysis.keyIs(q, Keys.mung) || analysis.keyIs(q, Keys.mong)
            if inWords { q += 1 }
            var day: Int?
            if let d = digits(q, count: 1...2) {
                day = d
                q += 1
            } else if let word = NumberWordParser.parse(analysis, at: q, lexicons: lexicons), word.value == word.value.rounded() {
                day = Int(word.value)
                q = word.last + 1
                inWords = true
            }
            guard let day, q + 3 < content.count, analysis.keyIs(q, Keys.thang) else { p += 1; continue }
            q += 1
            var month: Int?
            if let m = digits(q, count: 1...2) {
                month = m
                q += 1
            } else if let m = lexicons.monthNames.longestMatch(analysis, at: q) {
                month = m.value
                q += m.length
                inWords = true
            }
            guard inWords, let month, q + 1 < content.count, analysis.keyIs(q, Keys.nam), let year = digits(q + 1, count: 4...4),
                  DateRecognizer.valid(day: day, month: month, year: year) else { p += 1; continue }
            spans.append(DateSpan(start: token(p).start, end: token(q + 1).end, year: year, month: month, day: day))
            p = q + 2
        }
        return spans
    }
}

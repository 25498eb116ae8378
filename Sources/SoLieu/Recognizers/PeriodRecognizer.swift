/// A time span a figure belongs to, as written.
public struct PeriodSpan: Sendable {
    public let start: Int, end: Int
    /// Content positions covered: `firstPosition..<endPosition`.
    public let firstPosition: Int, endPosition: Int
    public let text: String
}

/// Finds periods: the fixed phrases of `periods.tsv` (`từ đầu nhiệm kỳ đến nay`, `hiện nay`), and the
/// patterns `(từ …|tính) đến nay|(hết|cuối) năm N|ngày …|tháng M/N|quý …|D/M/N` (at most eight words
/// apart after "từ"), `(trong) (N tháng (đầu|cuối)) năm (YYYY)` (N in digits or words), `N tháng (vừa)
/// qua`, `N tháng` before a colon and a figure or opening a sentence before its comma, `Tháng N:`
/// opening a line, `tháng N(/YYYY| năm YYYY)( vừa qua)`, `dịp|đợt D/M( và D/M)`, `trong N(, M)
/// năm|tháng`, `giai đoạn|nhiệm kỳ|năm học YYYY-YYYY`, `quý I|1(/YYYY| năm YYYY)`.
public enum PeriodRecognizer {
    static let untilWords: KeySet = [Keys.den, Keys.toi]
    /// The words the patterns open with (a number opens "6 tháng đầu năm"; "tháng" a month labelling
    /// its line).
    private static let openers: KeySet = [Keys.tu, Keys.trong, Keys.nam, Keys.giai, Keys.nhiem, Keys.quy, Keys.thang,
                                          Keys.den, Keys.toi, Keys.tinh, Keys.dip, Keys.dot]
    /// The quarters of a year in Roman numerals ("quý III/2025").
    private static let romanQuarters = KeySet(["I", "II", "III", "IV"].map(FoldedKey.fold))
    static let durationUnits = KeySet(["năm", "tháng", "tuần", "ngày", "quý"].map(FoldedKey.fold))
    /// Punctuation that ends the search for "đến" after "từ".
    private static let clausePunctuation: KeySet = [Keys.semicolon, Keys.fullStop, Keys.comma]
    /// Keys a number may follow between "từ" and "đến" (a day, month or year of a date).
    private static let dateParts: KeySet = [Keys.nam, Keys.ngay, Keys.thang, Keys.slash, Keys.hyphen, Keys.fullStop]

    /// Periods in `analysis`, in order, not overlapping.
    public static func recognize(_ analysis: TextAnalysis, lexicons: Lexicons) -> [PeriodSpan] {
        let content = analysis.contentTokens
        func key(_ i: Int) -> String {
            WorkCounter.tick()
            return i < content.count ? analysis.tokens[content[i]].key : ""
        }
        /// Whether the token at `i` has the key `k`.
        @inline(__always)
        func keyIs(_ i: Int, _ k: KeyConstant) -> Bool {
            WorkCounter.tick()
            return analysis.keyIs(i, k)
        }
        /// Whether the key of the token at `i` is in `set`.
        @inline(__always)
        func keyIs(_ i: Int, oneOf set: KeySet) -> Bool {
            WorkCounter.tick()
            return analysis.keyIs(i, oneOf: set)
        }
        func isNumber(_ i: Int) -> Bool { i >= 0 && i < content.count && analysis.tokens[content[i]].kind == .number }
        /// Whether the token at `i` is a number word before "tháng" ("Sáu tháng đầu năm 2025").
        func isMonthCountWord(_ i: Int) -> Bool {
            i + 1 < content.count && keyIs(i + 1, Keys.thang) && lexicons.numberWord(analysis.tokens[content[i]]) != nil
        }
        func isYear(_ i: Int) -> Bool {
            guard isNumber(i), let v = NumberParser.parse(key(i)) else { return false }
            return key(i).count == 4 && v >= 1900 && v <= 2100
        }
        /// The end of "đến nay", "đến (hết|cuối) năm 2025", "đến ngày 31/12/2024", "đến (cuối)
        /// tháng 6/2025", "đến 31/3/2025", "đến cuối năm" after "đến" at `q`; nil when no time follows.
        func untilEnd(_ q: Int) -> Int? {
            if keyIs(q + 1, Keys.nay) { return q + 2 }
            var r = q + 1
            let bound = keyIs(r, Keys.het) || keyIs(r, Keys.cuoi)
            if bound { r += 1 }
            if keyIs(r, Keys.nam) { return isYear(r + 1) ? r + 2 : bound ? r + 1 : nil }
            if keyIs(r, Keys.ngay) && isNumber(r + 1) { return dateEnd(analysis, r + 1) }
            if keyIs(r, Keys.thang) && isNumber(r + 1) {
                let e = dateEnd(analysis, r + 1)
                return keyIs(e, Keys.nam) && isYear(e + 1) ? e + 2 : e
            }
            if keyIs(r, Keys.quy), isNumber(r + 1) || keyIs(r + 1, oneOf: Self.romanQuarters) {
                return (keyIs(r + 2, Keys.slash) || keyIs(r + 2, Keys.nam)) && isYear(r + 3) ? r + 4 : r + 2
            }
            // "đến 31/3/2025": a date of day and month.
            if !bound, isNumber(r), keyIs(r + 1, Keys.slash), isNumber(r + 2) { return dateEnd(analysis, r) }
            return nil
        }
        /// The end of "vừa qua" or "qua" at `q`, else `q`.
        func pastEnd(_ q: Int) -> Int {
            if keyIs(q, Keys.past) { return q + 1 }
            return keyIs(q, Keys.vua) && keyIs(q + 1, Keys.past) ? q + 2 : q
        }
        // The words tested at every token, read once (see `KeyConstant`).
        let tu = Keys.tu, trong = Keys.trong, nam = Keys.nam, giai = Keys.giai, nhiem = Keys.nhiem, openers = Self.openers
        var spans: [PeriodSpan] = []
        var p = 0
        while p < content.count {
            // Most tokens open no period: not a number, no opener of the patterns below, no first
            // word of a fixed phrase.
            if analysis.tokens[content[p]].kind != .number, !keyIs(p, oneOf: openers), !lexicons.periods.mayMatch(analysis, at: p),
               !isMonthCountWord(p) {
                p += 1
                continue
            }
            var end = p
            if keyIs(p, tu) {
                // từ … đến nay / đến năm N / đến ngày …
                var q = p + 1
                // Up to "đến": no clause punctuation, and no number but a year or a day on the way
                // ("từ 32 chi bộ ban đầu, đến nay" is not a period).
                while q < content.count && q - p <= 9 && !keyIs(q, oneOf: untilWords) && !keyIs(q, oneOf: clausePunctuation)
                        && (!isNumber(q) || isYear(q) || keyIs(q - 1, oneOf: dateParts)) {
                    q += 1
                }
                if keyIs(q, oneOf: untilWords), let e = untilEnd(q) { end = e }
            } else if keyIs(p, oneOf: untilWords) || keyIs(p, Keys.tinh) && keyIs(p + 1, oneOf: untilWords) {
                // "(Tính) đến ngày 31/12/2024, …", "Đến nay, …", "đến hết năm 2025".
                if let e = untilEnd(keyIs(p, Keys.tinh) ? p + 1 : p) { end = e }
            } else if keyIs(p, Keys.dip) || keyIs(p, Keys.dot), isNumber(p + 1), keyIs(p + 2, Keys.slash), isNumber(p + 3) {
                // "dịp 3/2", "đợt 19/5/2025 vừa qua", "dịp 3/2 và 2/9/2024": an occasion by its date.
                end = dateEnd(analysis, p + 1)
                if keyIs(end, Keys.va), isNumber(end + 1), keyIs(end + 2, Keys.slash), isNumber(end + 3) { end = dateEnd(analysis, end + 1) }
                end = pastEnd(end)
            }
            var fixedEnd = p
            if end == p, let fixed = lexicons.periods.longestMatch(analysis, at: p) {
                fixedEnd = p + fixed.length
                if keyIs(fixedEnd, Keys.nam) && isYear(fixedEnd + 1) { fixedEnd += 2 }  // "đầu năm 2022"
                else if isYear(fixedEnd) && keyIs(fixedEnd - 1, Keys.nam) { fixedEnd += 1 }  // "trong năm 2023"
                // "trong quý 3 năm 2024", "trong tháng 5": the quarter or month the pattern reads next.
                else if keyIs(fixedEnd - 1, Keys.quy) || keyIs(fixedEnd - 1, Keys.thang),
                        isNumber(fixedEnd) || keyIs(fixedEnd, oneOf: Self.romanQuarters) { fixedEnd = p }
            }
            if end == p {
                var q = p
                let opensWithTrong = keyIs(p, trong)
                if opensWithTrong { q += 1 }
                var partOfYear = false
                if isNumber(q) || isMonthCountWord(q), keyIs(q + 1, Keys.thang) {
                    // "6 tháng đầu năm 2025", "9 tháng năm 2024" ("tháng" then a year: no month's date).
                    if keyIs(q + 2, Keys.dau) || keyIs(q + 2, Keys.cuoi) { q += 3; partOfYear = true }
                    else if keyIs(q + 2, nam) && isYear(q + 3) { q += 2 }
                    // "Kết nạp mới 9 tháng: 38": months before a label's colon and its figure (a
                    // duration elsewhere).
                    else if keyIs(q + 2, Keys.colon), isNumber(q + 3) { end = q + 2 }
                    // "9 tháng qua", "6 tháng vừa qua".
                    else if pastEnd(q + 2) > q + 2 { end = pastEnd(q + 2) }
                    // "9 tháng, các cấp ủy …": months opening a sentence before its comma.
                    else if keyIs(q + 2, Keys.comma), q == 0 || analysis.contentSentence[q - 1] != analysis.contentSentence[q] { end = q + 2 }
                }
                if keyIs(q, nam) && isYear(q + 1) { end = q + 2 }
                // "6 tháng đầu năm", "sáu tháng cuối năm": of the year in view.
                else if partOfYear && keyIs(q, nam) { end = q + 1 }
                else if opensWithTrong && isNumber(p + 1) {
                    var r = p + 1
                    while isNumber(r) && (keyIs(r + 1, Keys.comma) || keyIs(r + 1, Keys.hyphen)) && isNumber(r + 2) { r += 2 }
                    if keyIs(r + 1, oneOf: durationUnits) { end = r + 2 }
                } else if keyIs(p, Keys.thang), isNumber(p + 1), keyIs(p + 2, Keys.colon),
                          p == 0 || analysis.lineBreak(after: p - 1) {
                    // "Tháng 5: 4 đảng viên kết nạp, …": a month labelling its line (a table's row).
                    end = p + 2
                } else if keyIs(p, Keys.thang), isNumber(p + 1), !isNumber(p - 1), !keyIs(p + 2, Keys.colon),
                          !(keyIs(p - 1, Keys.slash) || keyIs(p - 1, Keys.hyphen)) {
                    // "tháng 8/2025", "tháng 3 năm 2025", "tháng 5 vừa qua": a month (not the month of a
                    // day's date, "ngày 19 tháng 5").
                    end = dateEnd(analysis, p + 1)
                    if keyIs(end, Keys.nam) && isYear(end + 1) { end += 2 }
                    end = pastEnd(end)
                } else if keyIs(p, Keys.quy), isNumber(p + 1) || keyIs(p + 1, oneOf: Self.romanQuarters) {
                    // "quý III/2025", "quý 2 năm 2024", "quý I": a quarter, of a year when one follows.
                    end = p + 2
                    if keyIs(p + 2, Keys.slash) || keyIs(p + 2, Keys.nam), isYear(p + 3) { end = p + 4 }
                } else if (keyIs(p, giai) && keyIs(p + 1, Keys.doan)) || (keyIs(p, nhiem) && keyIs(p + 1, Keys.ky))
                            || (keyIs(p, nam) && keyIs(p + 1, Keys.hoc)) {
                    if isYear(p + 2) {
                        end = p + 3
                        if keyIs(p + 3, Keys.hyphen) || keyIs(p + 3, Keys.enDash), isYear(p + 4) { end = p + 5 }
                    }
                }
            }
            end = max(end, fixedEnd)
            if end > p {
                let start = analysis.tokens[content[p]].start
                let stop = analysis.tokens[content[end - 1]].end
                var text = analysis.slice(start, stop)
                // A period opening a sentence is reported in lower case, as it reads mid-sentence.
                if let first = text.first, first.isUppercase, !analysis.tokens[content[p]].key.isEmpty {
                    text = first.lowercased() + text.dropFirst()
                }
                spans.append(PeriodSpan(start: start, end: stop, firstPosition: p, endPosition: end, text: text))
                p = end
            } else {
                p += 1
            }
        }
        return spans
    }

    /// The content position after a date written from position `p` (`31/12/2022`, `12/2022`).
    private static func dateEnd(_ analysis: TextAnalysis, _ p: Int) -> Int {
        let content = analysis.contentTokens
        var q = p + 1
        while q + 1 < content.count, analysis.keyIs(q, Keys.slash) || analysis.keyIs(q, Keys.hyphen),
              analysis.tokens[content[q + 1]].kind == .number { q += 2 }
        return q
    }
}

/// A calendar date in the text.
public struct DateSpan: Sendable, Equatable {
    public let start: Int, end: Int
    public let year: Int, month: Int
    /// The day, or nil for a month and year alone (`3/2022`).
    public let day: Int?

    /// ISO 8601: `2019-01-21`, or `2022-03` without a day.
    public var iso: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(year)-\(m)" }
        return "\(year)-\(m)-" + (day < 10 ? "0\(day)" : "\(day)")
    }
}

/// A clock time (`11:18`, `8h30`).
public struct TimeSpan: Sendable {
    public let start: Int, end: Int
    public let hour: Int, minute: Int
}

/// Finds dates: `21/01/2019`, `12/4/2021`, `21-1-2019`, `21.1.2019`, `ngày 5 tháng 3 năm 2020`,
/// month and year `3/2022` or `tháng 3 năm 2022`; and clock times `11:18`, `8h30`, `08 giờ 30`.
///
/// A date needs a valid month (1–12), day (1–31) and a four-digit year from 1900 to 2100; the same
/// separator on both sides.
public enum DateRecognizer {
    /// Dates in `s`, in order, not overlapping.
    public static func recognize(_ s: [Unicode.Scalar]) -> [DateSpan] {
        var spans: [DateSpan] = []
        var i = 0
        while i < s.count {
            // Dates start with a digit, or with "ngày"/"tháng": skip everything else fast.
            WorkCounter.tick()
            let c = s[i].value
            let digit = c >= 0x30 && c <= 0x39
            // "ng…" (ngày) or "th…" (tháng), in any case.
            let second = i + 1 < s.count ? s[i + 1].value | 0x20 : 0
            let opener = ((c | 0x20) == 0x6E && second == 0x67) || ((c | 0x20) == 0x74 && second == 0x68)
            guard digit || opener else { i += 1; continue }
            if i > 0 {
                let b = s[i - 1]
                if b.isASCIIDigit || (opener && b.isLetter) { i += 1; continue }
            }
            if let span = numericDate(s, i) ?? (opener ? wordedDate(s, i) : nil) {
                spans.append(span)
                i = span.end
            } else if opener, let end = wordedShapeEnd(s, i) {
                i = end  // "ngày 30 tháng 2 năm 2021": an impossible date, not a month either
            } else {
                i += 1
            }
        }
        return spans
    }

    private static func numericDate(_ s: [Unicode.Scalar], _ i: Int) -> DateSpan? {
        guard s[i].isASCIIDigit, i == 0 || !s[i - 1].isASCIIDigit else { return nil }
        guard let a = readDigits(s, i, maxCount: 4), a.end < s.count else { return nil }
        let sep = s[a.end]
        guard sep == "/" || sep == "-" || sep == "." else { return nil }
        guard let b = readDigits(s, a.end + 1, maxCount: 4) else { return nil }
        if a.count <= 2, b.count <= 2, b.end + 1 < s.count, s[b.end] == sep,
           let c = readDigits(s, b.end + 1, maxCount: 4), c.count == 4, !followedByDigit(s, c.end),
           valid(day: a.value, month: b.value, year: c.value) {
            return DateSpan(start: i, end: c.end, year: c.value, month: b.value, day: a.value)
        }
        // Month and year: 3/2022, 03-2022 (not followed by another separator and digits).
        if sep != ".", a.count <= 2, b.count == 4, i == 0 || !(s[i - 1] == "/" || s[i - 1] == "-" || s[i - 1] == "."), (1...12).contains(a.value), (1900...2100).contains(b.value),
           !followedByDigit(s, b.end), !(b.end < s.count && (s[b.end] == "/" || s[b.end] == "-")) {
            return DateSpan(start: i, end: b.end, year: b.value, month: a.value, day: nil)
        }
        return nil
    }

    private static func followedByDigit(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        i < s.count && (s[i].isASCIIDigit || (i + 1 < s.count && (s[i] == "/" || s[i] == ".") && s[i + 1].isASCIIDigit && s[i] == "/"))
    }

    private static let ngayWords = casings("ngày"), thangWords = casings("tháng"), namWords = casings("năm")
    private static let gioWords = casings("giờ")

    /// `ngày 5 tháng 3 năm 2020`, `tháng 3 năm 2020`.
    private static func wordedDate(_ s: [Unicode.Scalar], _ i: Int) -> DateSpan? {
        guard s[i].isLetter else { return nil }
        var j = i
        var day: Int?
        if let afterNgay = readExactWord(s, i, ngayWords) {
            j = skipSpaces(s, afterNgay)
            guard let d = readDigits(s, j, maxCount: 2) else { return nil }
            day = d.value
            j = skipSpaces(s, d.end)
        }
        guard let afterThang = readExactWord(s, j, thangWords) else { return nil }
        j = skipSpaces(s, afterThang)
        guard let m = readDigits(s, j, maxCount: 2) else { return nil }
        j = skipSpaces(s, m.end)
        guard let afterNam = readExactWord(s, j, namWords) else { return nil }
        j = skipSpaces(s, afterNam)
        guard let y = readDigits(s, j, maxCount: 4), y.count == 4 else { return nil }
        guard valid(day: day ?? 1, month: m.value, year: y.value) else { return nil }
        return DateSpan(start: i, end: y.end, year: y.value, month: m.value, day: day)
    }

    /// The end of "ngày N tháng M năm Y" at `i` whatever the numbers, or nil.
    private static func wordedShapeEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        guard let a = readExactWord(s, i, ngayWords) else { return nil }
        var j = skipSpaces(s, a)
        guard let d = readDigits(s, j, maxCount: 2) else { return nil }
        j = skipSpaces(s, d.end)
        guard let t = readExactWord(s, j, thangWords) else { return nil }
        j = skipSpaces(s, t)
        guard let m = readDigits(s, j, maxCount: 2) else { return nil }
        j = skipSpaces(s, m.end)
        guard let n = readExactWord(s, j, namWords) else { return m.end }
        j = skipSpaces(s, n)
        return readDigits(s, j, maxCount: 4)?.end ?? n
    }

    static func valid(day: Int, month: Int, year: Int) -> Bool {
        guard (1...12).contains(month), (1900...2100).contains(year) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// Clock times in `s`: `11:18`, `8h30`, `08 giờ 30`.
    public static func times(_ s: [Unicode.Scalar]) -> [TimeSpan] {
        var spans: [TimeSpan] = []
        var i = 0
        while i < s.count {
            WorkCounter.tick()
            guard s[i].isASCIIDigit, i == 0 || !(s[i - 1].isASCIIDigit || s[i - 1] == ":" || s[i - 1] == ".") else {
                i += 1; continue
            }
            guard let h = readDigits(s, i, maxCount: 2), h.end < s.count, h.value < 24 else { i += 1; continue }
            var j = h.end
            if s[j] == ":" || s[j] == "h" {
                j += 1
            } else if let afterGio = readExactWord(s, skipSpaces(s, h.end), gioWords) {
                j = skipSpaces(s, afterGio)
            } else { i = h.end; continue }
            if j > h.end, let m = readDigits(s, j, maxCount: 2), m.count == 2, m.value < 60, !followedByLetterOrDigit(s, m.end) {
                spans.append(TimeSpan(start: i, end: m.end, hour: h.value, minute: m.value))
                i = m.end
            } else {
                i = h.end
            }
        }
        return spans
    }

    private static func followedByLetterOrDigit(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        i < s.count && (s[i].isASCIIDigit || s[i].isLetter)
    }
}

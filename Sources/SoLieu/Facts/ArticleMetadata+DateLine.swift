import Foundation

/// Date lines: the line under a headline that says when the article was published, often with the
/// author or the source beside the date ("Phạm Hằng | Thứ Hai, 3/2/2025 | 09:15", "QĐND Online -
/// Thứ Tư, 27/11/2024, 14:05 (GMT+7)", "Đăng lúc 10:15 ngày 30/9/2024 - Tác giả: Phạm Thanh Bình").
extension ArticleMetadata {
    /// The publication time of a date line, or nil when `line` is not one.
    static func dateLine(_ line: String) -> String? {
        dateLineParts(line)?.published
    }

    /// The publication time of a date line and the author it names, if it names one.
    static func dateLineParts(_ line: String) -> (published: String, author: String?)? {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count <= 120 else { return nil }
        let dates = DateRecognizer.recognize(scalars).filter { $0.day != nil }
        guard let date = dates.first else { return nil }
        var author: String?
        // Before the date: nothing, a date-line word ("Cập nhật:", "Thứ Hai,"), or segments of names
        // and times ending with one of those ("Phạm Hằng | ", "15:30 | ", "Ngọc Ánh - Cập nhật:").
        let lead = String(scalars: scalars[0..<date.start])
        let leadSegments = segments(scalars[0..<date.start])
        // A name right before the date is set apart by a separator: "Hà Nội, ngày 12 tháng 4 năm
        // 2021" is a place and date under a document, not a date line.
        let separated = lead.last(where: { $0 != " " }).map { "|-–(.".contains($0) } ?? true
        for (i, segment) in leadSegments.enumerated() {
            let folded = FoldedKey.fold(segment)
            let last = i == leadSegments.count - 1
            if last && (dateLineWords.contains { folded.hasPrefix($0) } || isTime(segment)) { break }
            if isTime(segment) { continue }
            // A byline ("Phạm Hằng", "Tác giả: Quang Vinh") or a source ("QĐND Online"); or the
            // page's section set apart by a bar ("Thư bạn đọc | 10/03/2025 | 08:00").
            guard let name = byline(segment), !last || separated else {
                if isSection(segment), lead.contains("|") { continue }
                // A social page's name before "·": "Trang thông tin Đảng ủy xã Cư Hriêng · 08/09/2025 19:42".
                if isSection(segment, words: 10), lead.contains("·") { continue }
                return nil
            }
            if author == nil && !isSource(name) { author = name }
        }
        // After the date: a time, a weekday, a zone, a view counter, or a byline; not a sentence.
        var rest: [String] = []
        for segment in segments(scalars[date.end...]) {
            if !isTime(segment), let name = byline(segment) {
                if author == nil && !isSource(name) { author = name }
                continue
            }
            rest.append(segment)
        }
        let words = rest.joined(separator: " ").split(whereSeparator: { !$0.isLetter })
            .filter { $0.count > 1 && !["GMT", "giờ", "phút", "SA", "CH", "AM", "PM", "UTC"].contains(String($0)) }
        guard words.count <= 4 else { return nil }  // "| Lượt xem: 1.024" may follow; a sentence is longer
        if let time = DateRecognizer.times(scalars).first {
            let hh = time.hour < 10 ? "0\(time.hour)" : "\(time.hour)"
            let mm = time.minute < 10 ? "0\(time.minute)" : "\(time.minute)"
            return ("\(date.iso)T\(hh):\(mm):00+07:00", author)
        }
        return (date.iso, author)
    }

    /// The parts of a date line between separators (`|`, ` - `, `(`, `)`, `. `, `·`, `•`), trimmed,
    /// non-empty.
    /// Read on code points (the separators are ASCII, and the text is in NFC).
    private static func segments(_ text: ArraySlice<Unicode.Scalar>) -> [String] {
        var parts: [String] = []
        var start = text.startIndex
        func cut(_ end: Int) {
            var lo = start, hi = end
            while lo < hi && (text[lo] == " " || text[lo] == ",") { lo += 1 }
            while hi > lo && (text[hi - 1] == " " || text[hi - 1] == ",") { hi -= 1 }
            if lo < hi {
                parts.append(String(scalars: text[lo..<hi]))
            }
        }
        for i in text.indices {
            let c = text[i]
            let spaced = i == text.startIndex || text[i - 1] == " "
            let lastOrSpace = i + 1 == text.endIndex || text[i + 1] == " "
            let dash = (c == "-" || c == "–") && spaced && lastOrSpace
            let stop = c == "." && lastOrSpace
            if c == "|" || c == "(" || c == ")" || c == "·" || c == "•" || dash || stop {
                cut(i)
                start = i + 1
            }
        }
        cut(text.endIndex)
        return parts
    }

    /// Whether a segment is a clock time alone ("15:30", "14:30,").
    private static func isTime(_ segment: String) -> Bool {
        let s = Array(segment.unicodeScalars)
        return !s.isEmpty && s.count <= 8 && DateRecognizer.times(s).first != nil
            && s.allSatisfy { $0.isASCIIDigit || $0 == ":" || $0 == "h" || $0 == "g" }
    }

    /// Whether a segment may be the name of a page's section: a few words (at most `most`), the first
    /// capitalised, no figures ("Thư bạn đọc", "Xây dựng Đảng", "Tin tức").
    private static func isSection(_ segment: String, words most: Int = 5) -> Bool {
        let words = segment.spaceSeparatedWords
        return (1...most).contains(words.count) && segment.first?.isUppercase == true
            && segment.allSatisfy { $0.isLetter || $0 == " " }
    }

    /// Whether a name is a publication rather than a person ("QĐND Online", "Báo Lai Châu").
    private static func isSource(_ name: String) -> Bool {
        let words = name.spaceSeparatedWords
        return words.contains { w in w.count >= 2 && w.allSatisfy { $0.isUppercase } }
            || ["Báo", "Online", "Cổng", "Đài", "Tạp"].contains { p in words.contains { $0 == p } }
    }
}

import Foundation

/// Publication times as pages and scrapers state them, brought to the record's ISO 8601 form.
///
/// ```swift
/// PublishedDate.normalize("2022-08-03T11:18:00.000+0700")  // "2022-08-03T11:18:00+07:00"
/// PublishedDate.normalize("2022-08-03")                    // "2022-08-03"
/// PublishedDate.normalize("Thứ tư, 03/08/2022 - 11:18")    // "2022-08-03T11:18:00+07:00" (a Vietnamese date line)
/// PublishedDate.normalize("yesterday")                     // nil
/// ```
public enum PublishedDate {
    /// The ISO 8601 form of `value`: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` with the zone when one
    /// is given; nil when `value` is not a date.
    public static func normalize(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if let iso = iso8601(Array(trimmed.utf8)) { return iso }
        return ArticleMetadata.dateLine(trimmed)
    }

    /// Reads `YYYY-MM-DD` (or `/`), then optionally `T` or a space, `HH:MM`, `:SS`, a fraction and a
    /// zone (`Z`, `+07`, `+0700`, `+07:00`).
    private static func iso8601(_ b: [UInt8]) -> String? {
        var i = 0
        func number(_ digits: Int) -> Int? {
            guard i + digits <= b.count else { return nil }
            var v = 0
            for k in i..<(i + digits) {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            i += digits
            return v
        }
        func take(_ c: Character) -> Bool {
            guard i < b.count, b[i] == c.asciiValue! else { return false }
            i += 1
            return true
        }
        guard let year = number(4) else { return nil }
        let separator: Character = i < b.count && b[i] == UInt8(ascii: "/") ? "/" : "-"
        guard take(separator), let month = number(2), take(separator), let day = number(2),
              DateRecognizer.valid(day: day, month: month, year: year) else { return nil }
        let date = "\(pad(year, 4))-\(pad(month))-\(pad(day))"
        if i == b.count { return date }
        guard take("T") || take(" "), let hour = number(2), hour < 24, take(":"), let minute = number(2), minute < 60 else {
            return nil
        }
        var second = 0
        if take(":") {
            guard let s = number(2), s < 61 else { return nil }
            second = min(s, 59)
            if take(".") || take(",") { while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 } }
        }
        var zone = ""
        if take("Z") {
            zone = "Z"
        } else if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            let sign = b[i] == UInt8(ascii: "+") ? "+" : "-"
            i += 1
            guard let hours = number(2), hours < 24 else { return nil }
            _ = take(":")
            let minutes = i < b.count ? number(2) : 0
            guard let minutes, minutes < 60 else { return nil }
            zone = "\(sign)\(pad(hours)):\(pad(minutes))"
        }
        guard i == b.count else { return nil }
        return "\(date)T\(pad(hour)):\(pad(minute)):\(pad(second))\(zone)"
    }

    private static func pad(_ n: Int, _ width: Int = 2) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

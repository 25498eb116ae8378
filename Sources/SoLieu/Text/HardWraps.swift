/// Joins the lines of text wrapped at a fixed width (text copied out of PDF files, e-mail, old
/// sites): "Đảng bộ huyện có 41 tổ chức cơ sở đảng với\ntổng số 6.284 đảng viên" is one sentence.
///
/// A line break becomes a space where the line before runs on and the next line continues it:
/// - the line before is at least `minimumLine` code units long and ends with a letter, a digit
///   or a comma;
/// - the next line starts with a lower-case letter that opens no enumeration ("a) …", "b. …"),
///   or, after a line of at least `minimumLineBeforeNumber` units, with a number (or a date or a
///   code) and a lower-case word ("…kết quả năm\n2024 như sau:").
/// Blank lines, headings, list items and table rows (lines that start in upper case, with a dash
/// or with a numbered item) are left alone. One unit replaces one, so no offset moves.
enum HardWraps {
    /// The shortest line that may run on into the next.
    static let minimumLine = 40
    /// The shortest line that may run on into a next line starting with a number.
    static let minimumLineBeforeNumber = 50

    /// Replaces the line breaks of wrapped lines in `units` (normalised UTF-16) by spaces.
    static func join(_ units: inout [UInt16]) {
        // Lines break rarely: the scan for the next one is a plain loop over the buffer, and a
        // line is looked at only at its end.
        var breaks: [Int] = []
        units.withUnsafeBufferPointer { buffer in
            var i = 0
            var lineStart = 0
            let n = buffer.count
            while true {
                while i < n && buffer[i] != 0x0A { i += 1 }
                guard i < n else { break }
                WorkCounter.tick()
                let length = i - lineStart
                if length >= minimumLine, i + 1 < n, runsOn(buffer[i - 1]), continues(buffer, at: i + 1, after: length) {
                    breaks.append(i)
                } else {
                    lineStart = i + 1
                }
                i += 1
            }
        }
        for i in breaks { units[i] = 0x20 }
    }

    /// Whether a line ending with `unit` may run on: a letter, a digit or a comma.
    private static func runsOn(_ unit: UInt16) -> Bool {
        guard let scalar = Unicode.Scalar(unit) else { return false }
        return scalar.isLetter || scalar.isASCIIDigit || unit == 0x2C
    }

    /// Whether the line starting at `start` continues a line of `length` units.
    private static func continues(_ units: UnsafeBufferPointer<UInt16>, at start: Int, after length: Int) -> Bool {
        guard let first = Unicode.Scalar(units[start]) else { return false }
        if first.isASCIIDigit {
            guard length >= minimumLineBeforeNumber else { return false }
            var j = start
            while j < units.count && units[j] != 0x20 && units[j] != 0x0A { j += 1 }
            // "2024 như sau", "15/3/2021 của Ban …", "01-HD/TW ngày …": a number (or a date or code
            // opening with one), one space, a lower-case word; not "1. …", "1) …" nor "1 Xã, thị trấn
            // 248 263" (a table row).
            guard ![0x2E, 0x29, 0x2C, 0x3A].contains(units[j - 1]), j + 1 < units.count, units[j] == 0x20,
                  let next = Unicode.Scalar(units[j + 1]) else { return false }
            return next.isLetter && !next.isUppercaseLetter
        }
        guard first.isLetter, !first.isUppercaseLetter else { return false }
        // "a) …", "b. …", "c/ …": an enumeration's letter.
        if start + 1 < units.count, [0x29, 0x2E, 0x2F].contains(units[start + 1]) { return false }
        return true
    }
}

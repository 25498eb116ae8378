/// A fact box flattened to text with each label on its own line and its value on the next:
///
///     SỐ LIỆU CẦN NHỚ
///     Tổng số đảng viên toàn Đảng bộ (đến 30/9/2025)
///     1.384
///     Số chi bộ trực thuộc
///     46
///
/// Each pair reads as one labelled line, "Tổng số đảng viên toàn Đảng bộ (đến 30/9/2025): 1.384", as
/// a "key: value" box is written. Only runs of at least `minimumPairs` pairs are read so: a label
/// line (no figure opening it) followed by a short value line that opens with a digit.
enum StackedFactBox {
    /// Fewer pairs in a row are left as they are (a figure alone on a line after a heading).
    static let minimumPairs = 3
    /// Longest value line, in characters ("2 lớp – 97 học viên", "214,6 triệu đồng").
    static let maxValueLength = 32
    /// Longest label line, in characters.
    static let maxLabelLength = 90

    /// `text` with its stacked label and value lines joined; `text` itself when it has none.
    static func rewritten(_ text: String) -> String {
        guard mayHoldBox(text) else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        var changed = false
        var i = 0
        while i < lines.count {
            // The run of pairs starting at line i.
            var j = i
            while j + 1 < lines.count, isLabel(lines[j]), isValue(lines[j + 1]) { j += 2 }
            let pairs = (j - i) / 2
            if pairs >= minimumPairs {
                for k in stride(from: i, to: j, by: 2) {
                    let label = lines[k].trimmingHorizontalSpace()
                    let value = lines[k + 1].trimmingHorizontalSpace()
                    out.append(label.hasSuffix(":") ? label + " " + value : label + ": " + value)
                }
                changed = true
                i = j
            } else {
                out.append(String(lines[i]))
                i += 1
            }
        }
        return changed ? out.joined(separator: "\n") : text
    }

    /// Whether a line can be a value: short, opening with a digit.
    static func isValue(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard let first = trimmed.unicodeScalars.first, ("0"..."9").contains(first) else { return false }
        return trimmed.count <= maxValueLength
    }

    /// Whether a line can be a label: some words, not opening with a digit nor ending a sentence.
    static func isLabel(_ line: Substring) -> Bool {
        let trimmed = line.trimmingHorizontalSpace()
        guard let first = trimmed.unicodeScalars.first, !("0"..."9").contains(first),
              trimmed.count <= maxLabelLength, !trimmed.hasSuffix(".") else { return false }
        return trimmed.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// Whether `text` has at least `minimumPairs` lines opening with a digit (`UTF8Search`).
    private static func mayHoldBox(_ text: String) -> Bool {
        var found = 0
        return UTF8Search.contains(0x0A, in: text) { bytes, i in
            if i + 1 < bytes.count, bytes[i + 1] >= 0x30, bytes[i + 1] <= 0x39 { found += 1 }
            return found >= minimumPairs
        }
    }
}

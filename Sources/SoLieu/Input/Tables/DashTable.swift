import Foundation

/// Lists of "label – figure" lines, what infographics and round-ups make of a two-column table:
///
///     ĐƠN VỊ DẪN ĐẦU (ĐƠN VỊ – SỐ ĐƠN VỊ MÁU)
///     Đảng bộ Công an tỉnh – 412
///     Đảng bộ Bộ Chỉ huy Quân sự tỉnh – 305
///
/// become rows of a table of figures (`FigureTable`) under the headings that a line before them gives
/// in brackets: "Đảng bộ Công an tỉnh: 412 đơn vị máu.". A list is three lines or more in a row, each
/// a label, a spaced dash and a bare figure. Without such headings the lines are left as they are
/// (a bare figure names no noun).
enum DashTable {
    /// `text` with its lists of figures rewritten; `text` itself when it has none.
    static func rewritten(_ text: String) -> String {
        guard figureEndingLines(text.utf8) >= 3 else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        var changed = false
        var i = 0
        while i < lines.count {
            var rows: [(label: String, figure: String)] = []
            var j = i
            while j < lines.count, let row = cells(lines[j]) { rows.append(row); j += 1 }
            if rows.count >= 3, let told = lines[max(0, i - 3)..<i].reversed().lazy.compactMap(headings(inProse:)).first {
                // The label ends at a colon: "xã Khoen Lếch: 187 …", not a place named "Khoen Lếch 187".
                out += rows.map { FigureTable.labelled($0.label, heading: told.label) + ": "
                    + FigureTable.figure($0.figure, heading: told.figure) + "." }
                changed = true
            } else {
                out += lines[i..<max(j, i + 1)]
            }
            i = max(j, i + 1)
        }
        return changed ? out.joined(separator: "\n") : text
    }

    /// The label and the figure of a "label – figure" line (a spaced en dash or hyphen).
    static func cells(_ line: String) -> (label: String, figure: String)? {
        guard let (label, figure) = split(line), FigureTable.isFigure(figure), !figure.hasSuffix("%") else { return nil }
        return (label, figure)
    }

    /// The headings a line gives in brackets, split by a dash ("(ĐƠN VỊ – SỐ ĐƠN VỊ MÁU)"), in lower
    /// case when written in capitals.
    static func headings(inProse line: String) -> (label: String, figure: String)? {
        guard let inside = FigureTable.lastBracketed(line), let (label, figure) = split(String(inside)) else { return nil }
        func cased(_ s: String) -> String { s == s.uppercased() ? s.lowercased() : s }
        return (cased(label), cased(figure))
    }

    /// The two non-empty sides of the last spaced dash of `s`.
    private static func split(_ s: String) -> (String, String)? {
        for dash in [" – ", " - "] {
            guard let r = s.range(of: dash, options: .backwards) else { continue }
            let left = s[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
            let right = s[r.upperBound...].trimmingCharacters(in: .whitespaces)
            return left.isEmpty || right.isEmpty ? nil : (left, right)
        }
        return nil
    }

    /// How many lines end in a spaced dash and digits ("… – 412"), read back from each line break
    /// over the UTF-8 bytes: most texts have none and are not split into lines.
    static func figureEndingLines(_ utf8: String.UTF8View) -> Int {
        func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var found = 0
            var lineStart = 0
            /// Whether the line `lineStart..<end` ends in " – " or " - " and a figure.
            func endsInFigure(_ end: Int) -> Bool {
                var e = end
                while e > lineStart && (bytes[e - 1] == 0x20 || bytes[e - 1] == 0x0D) { e -= 1 }
                var k = e
                while k > lineStart && ((0x30...0x39).contains(bytes[k - 1]) || bytes[k - 1] == 0x2E || bytes[k - 1] == 0x2C) { k -= 1 }
                guard k < e, k - lineStart >= 4, bytes[k - 1] == 0x20 else { return false }
                let d = k - 1  // the space after the dash
                return bytes[d - 1] == 0x2D && bytes[d - 2] == 0x20
                    || d - lineStart >= 5 && bytes[d - 1] == 0x93 && bytes[d - 2] == 0x80 && bytes[d - 3] == 0xE2 && bytes[d - 4] == 0x20
            }
            for i in 0..<bytes.count where bytes[i] == 0x0A {
                if endsInFigure(i) { found += 1 }
                lineStart = i + 1
            }
            if endsInFigure(bytes.count) { found += 1 }
            return found
        }
        return utf8.withContiguousStorageIfAvailable(count) ?? Array(utf8).withUnsafeBufferPointer(count)
    }
}
